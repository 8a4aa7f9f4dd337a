package org.infoshare.linkage.rules.matching;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OverridePolicyTest {

    @Test
    void theStrongestAgreementMustCountForAMatch() {
        assertThat(OverridePolicy.check(Field.NHS_NUMBER, Level.EXACT, 0.99, 0.0001).allowed()).isTrue();
        assertThat(OverridePolicy.check(Field.ADDRESS, Level.SAME_PROPERTY, 0.8, 0.01).allowed()).isTrue();
        for (double[] mu : new double[][] {{0.0001, 0.99}, {0.5, 0.5}}) {
            OverridePolicy.Verdict verdict = OverridePolicy.check(Field.NHS_NUMBER, Level.EXACT, mu[0], mu[1]);
            assertThat(verdict.reason()).isEqualTo(OverridePolicy.Reason.M_ABOVE_U);
            assertThat(verdict.reason().field()).isEqualTo("m");
            assertThat(verdict.reason().code()).isEqualTo("m-above-u");
        }
        assertThat(OverridePolicy.check(Field.ADDRESS, Level.SAME_PROPERTY, 0.01, 0.8).reason()).isEqualTo(OverridePolicy.Reason.M_ABOVE_U);
    }

    @Test
    void differentValuesMustCountAgainstIt() {
        assertThat(OverridePolicy.check(Field.SEX, Level.DIFFERENT, 0.02, 0.5).allowed()).isTrue();
        for (double[] mu : new double[][] {{0.5, 0.02}, {0.3, 0.3}}) {
            OverridePolicy.Verdict verdict = OverridePolicy.check(Field.SEX, Level.DIFFERENT, mu[0], mu[1]);
            assertThat(verdict.reason()).isEqualTo(OverridePolicy.Reason.M_BELOW_U);
            assertThat(verdict.reason().code()).isEqualTo("m-below-u");
            assertThat(verdict.message(Field.SEX)).startsWith("m must be below u");
        }
    }

    @Test
    void theLevelsBetweenMayGoEitherWayAndOneValueAloneIsNotCompared() {
        assertThat(OverridePolicy.check(Field.FIRST_NAME, Level.SIMILAR, 0.01, 0.2).allowed()).isTrue();
        assertThat(OverridePolicy.check(Field.FIRST_NAME, Level.SIMILAR, 0.2, 0.01).allowed()).isTrue();
        assertThat(OverridePolicy.check(Field.NHS_NUMBER, Level.EXACT, 0.0001, null).allowed()).isTrue();
        assertThat(OverridePolicy.check(Field.NHS_NUMBER, Level.DIFFERENT, null, 0.0001).allowed()).isTrue();
        assertThat(OverridePolicy.check(Field.NHS_NUMBER, Level.EXACT, null, null).allowed()).isTrue();
    }

    @Test
    void onlyTheFieldsOwnLevelsHaveValues() {
        OverridePolicy.Verdict verdict = OverridePolicy.check(Field.NHS_NUMBER, Level.VARIANT, 0.5, 0.1);
        assertThat(verdict.reason()).isEqualTo(OverridePolicy.Reason.LEVEL_OF_FIELD);
        assertThat(verdict.reason().field()).isEqualTo("level");
        assertThat(verdict.message(Field.NHS_NUMBER)).isEqualTo("NHS number has no such level");
        assertThat(OverridePolicy.check(Field.SEX, Level.MISSING, null, null).reason()).isEqualTo(OverridePolicy.Reason.LEVEL_OF_FIELD);
        assertThatThrownBy(() -> OverridePolicy.check(Field.SEX, Level.EXACT, 0.9, 0.1).message(Field.SEX))
                .isInstanceOf(IllegalStateException.class);
    }

    /** Whatever values are allowed, the model they make weighs the strongest agreement for a match and different values against. */
    @Test
    void allowedValuesNeverPointAMatchWeightBackwards() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        MatchModel base = MatchModelTest.model();
        for (int n = 0; n < 200; n++) {
            Field field = Field.values()[random.nextInt(Field.values().length)];
            Level level = random.nextBoolean() ? field.levels().get(0) : Level.DIFFERENT;
            double m = Math.max(1e-6, random.nextDouble());
            double u = Math.max(1e-6, random.nextDouble());
            OverridePolicy.Verdict verdict = OverridePolicy.check(field, level, m, u);
            double weight = base.withParameter(field, level, m, u).partialWeight(field, level);
            if (verdict.allowed()) {
                assertThat(level == Level.DIFFERENT ? weight < 0 : weight > 0).as("seed " + seed + ": " + field + " " + level + " " + m + " " + u)
                        .isTrue();
            } else {
                assertThat(level == Level.DIFFERENT ? weight >= 0 : weight <= 0).as("seed " + seed + ": refused only when backwards").isTrue();
            }
        }
    }
}
