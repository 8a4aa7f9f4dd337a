package org.infoshare.linkage.rules.matching;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MatchModelTest {

    static MatchModel model() {
        return new MatchModel(ExpectationMaximisationTest.trueM(), ExpectationMaximisationTest.trueU(), 1e-4);
    }

    @Test
    void aPairsWeightIsThePriorPlusItsFieldsPartialWeights() {
        MatchModel model = model();
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int n = 0; n < 1000; n++) {
            int pattern = random.nextInt(Patterns.COUNT);
            double expected = model.priorWeight();
            for (Field field : Field.values()) {
                Level level = Patterns.levelOf(pattern, field);
                expected += level == Level.MISSING ? 0 : Math.log(model.m(field, level) / model.u(field, level)) / Math.log(2);
                assertThat(model.partialWeight(field, level)).isEqualTo(level == Level.MISSING ? 0 : model.partialWeight(field, level));
            }
            assertThat(model.weight(pattern)).as("seed " + seed).isCloseTo(expected, within(1e-9));
        }
        assertThat(model.priorWeight()).isCloseTo(Math.log(1e-4 / (1 - 1e-4)) / Math.log(2), within(1e-12));
    }

    @Test
    void probabilitiesAndWeightsConvert() {
        assertThat(MatchModel.probability(0)).isEqualTo(0.5);
        assertThat(MatchModel.probability(MatchModel.weightOf(0.99))).isCloseTo(0.99, within(1e-12));
        assertThat(MatchModel.weightOf(0.5)).isZero();
    }

    @Test
    void anAnalystsValueReplacesTheLearntOne() {
        MatchModel changed = model().withParameter(Field.SEX, Level.EXACT, 0.9, null);
        assertThat(changed.m(Field.SEX, Level.EXACT)).isEqualTo(0.9);
        assertThat(changed.u(Field.SEX, Level.EXACT)).isEqualTo(0.5);
        assertThat(changed.partialWeight(Field.SEX, Level.EXACT)).isCloseTo(Math.log(0.9 / 0.5) / Math.log(2), within(1e-12));
        assertThatThrownBy(() -> model().withParameter(Field.SEX, Level.MISSING, 0.5, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> model().withParameter(Field.SEX, Level.EXACT, 1.5, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchModel(ExpectationMaximisationTest.trueM(), ExpectationMaximisationTest.trueU(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(model().parameters()).hasSize(java.util.Arrays.stream(Field.values()).mapToInt(Field::levelCount).sum());
    }
}
