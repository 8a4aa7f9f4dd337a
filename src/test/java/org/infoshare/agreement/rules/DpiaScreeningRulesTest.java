package org.infoshare.agreement.rules;

import org.infoshare.agreement.AgreementFixtures;
import org.infoshare.agreement.Dpia;
import org.infoshare.agreement.Dpia.Likelihood;
import org.infoshare.agreement.Dpia.RiskLevel;
import org.infoshare.agreement.Dpia.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DpiaScreeningRulesTest {

    private static final Dpia.ScreeningAnswers NONE = answers(0);
    private static final DpiaScreeningRules.Facts ORDINARY = new DpiaScreeningRules.Facts(false, false, 2);

    /** Answers with the bits of {@code mask} set, in the record's order. */
    private static Dpia.ScreeningAnswers answers(int mask) {
        return new Dpia.ScreeningAnswers((mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0, (mask & 8) != 0,
                (mask & 16) != 0, (mask & 32) != 0, (mask & 64) != 0, (mask & 128) != 0, (mask & 256) != 0);
    }

    @Test
    void ordinaryProcessingNeedsNoFullDpia() {
        DpiaScreeningRules.Result result = DpiaScreeningRules.assess(NONE, ORDINARY);
        assertThat(result.fullRequired()).isFalse();
        assertThat(result.reasons()).isEmpty();
    }

    @Test
    void oneCriterionAloneIsNotEnoughButTwoAre() {
        assertThat(DpiaScreeningRules.assess(NONE, new DpiaScreeningRules.Facts(true, false, 2)).fullRequired()).isFalse();
        assertThat(DpiaScreeningRules.assess(answers(1), ORDINARY).fullRequired()).isFalse();
        DpiaScreeningRules.Result two = DpiaScreeningRules.assess(NONE, new DpiaScreeningRules.Facts(true, true, 2));
        assertThat(two.fullRequired()).isTrue();
        assertThat(two.reasons()).hasSize(2);
        assertThat(DpiaScreeningRules.assess(answers(1), new DpiaScreeningRules.Facts(false, false, 3)).fullRequired()).isTrue();
    }

    @ParameterizedTest(name = "answer bit {0} always needs a DPIA")
    @CsvSource({"2", "4", "16", "128", "256"})
    void someCriteriaAlwaysNeedADpia(int bit) {
        DpiaScreeningRules.Result result = DpiaScreeningRules.assess(answers(bit), ORDINARY);
        assertThat(result.fullRequired()).isTrue();
        assertThat(result.reasons()).hasSize(1);
    }

    @Test
    void largeScaleProfilingAndInnovativeTechnologyWithAnotherCriterion() {
        assertThat(DpiaScreeningRules.assess(answers(1 | 32), ORDINARY).reasons()).contains("Profiling on a large scale");
        assertThat(DpiaScreeningRules.assess(answers(8), ORDINARY).fullRequired()).isFalse();
        assertThat(DpiaScreeningRules.assess(answers(8 | 1), ORDINARY).reasons())
                .contains("Innovative technology, with another high-risk criterion");
    }

    @Test
    void theDemoAgreementsNeedAFullDpia() {
        assertThat(DpiaScreeningRules.assess(NONE, DpiaScreeningRules.Facts.of(AgreementFixtures.supportingFamilies())).fullRequired()).isTrue();
        assertThat(DpiaScreeningRules.assess(NONE, DpiaScreeningRules.Facts.of(AgreementFixtures.familySafeguarding())).reasons())
                .contains("Sharing among 5 organisations");
    }

    @Test
    void theRiskMatrix() {
        assertThat(DpiaScreeningRules.overall(Likelihood.REMOTE, Severity.MINIMAL)).isEqualTo(RiskLevel.LOW);
        assertThat(DpiaScreeningRules.overall(Likelihood.POSSIBLE, Severity.MINIMAL)).isEqualTo(RiskLevel.LOW);
        assertThat(DpiaScreeningRules.overall(Likelihood.POSSIBLE, Severity.SIGNIFICANT)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(DpiaScreeningRules.overall(Likelihood.REMOTE, Severity.SEVERE)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(DpiaScreeningRules.overall(Likelihood.PROBABLE, Severity.SIGNIFICANT)).isEqualTo(RiskLevel.HIGH);
        assertThat(DpiaScreeningRules.overall(Likelihood.PROBABLE, Severity.SEVERE)).isEqualTo(RiskLevel.HIGH);
    }
}
