package org.infoshare.incident.rules;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision to tell the ICO, and a late report's reasons (UK GDPR Art 33(1); DPA 2018 s67). */
class IcoDecisionPolicyTest {

    private static final RiskVerdict RISK = new RiskVerdict(RiskLevel.RISK, 4, List.of(RiskReason.LIKELIHOOD_AND_SEVERITY), true, false,
            "UK GDPR Art 33", "UK GDPR Art 34");
    private static final RiskVerdict UNLIKELY = new RiskVerdict(RiskLevel.UNLIKELY, 2, List.of(RiskReason.LIKELIHOOD_AND_SEVERITY), false,
            false, "UK GDPR Art 33", "UK GDPR Art 34");

    @Test
    void theRiskIsAssessedFirst() {
        DecisionCheck check = IcoDecisionPolicy.decide(null, IcoReason.RISK_TO_PEOPLE, null);
        assertThat(check.allowed()).isFalse();
        assertThat(check.rule()).isEqualTo("assess-first");
        assertThat(check.field()).isEqualTo("reason");
    }

    @Test
    void aDecisionThatFollowsTheAssessmentNeedsNoJustification() {
        assertThat(IcoDecisionPolicy.decide(RISK, IcoReason.RISK_TO_PEOPLE, null)).isEqualTo(DecisionCheck.ok(false));
        assertThat(IcoDecisionPolicy.decide(UNLIKELY, IcoReason.UNLIKELY_TO_RESULT_IN_RISK, " ")).isEqualTo(DecisionCheck.ok(false));
        assertThat(IcoDecisionPolicy.decide(UNLIKELY, IcoReason.NOT_A_BREACH, null).allowed()).isTrue();
    }

    @Test
    void departingFromTheAssessmentEitherWayNeedsItsReasonWrittenDown() {
        DecisionCheck unexplained = IcoDecisionPolicy.decide(RISK, IcoReason.UNLIKELY_TO_RESULT_IN_RISK, "  ");
        assertThat(unexplained.allowed()).isFalse();
        assertThat(unexplained.rule()).isEqualTo("departure-reason");
        assertThat(unexplained.field()).isEqualTo("departure");
        assertThat(unexplained.message()).contains("must be told");

        DecisionCheck explained = IcoDecisionPolicy.decide(RISK, IcoReason.NOT_A_BREACH, "The recipient is a partner's DPO who confirmed deletion");
        assertThat(explained.allowed()).isTrue();
        assertThat(explained.departs()).isTrue();

        DecisionCheck cautious = IcoDecisionPolicy.decide(UNLIKELY, IcoReason.RISK_TO_PEOPLE, null);
        assertThat(cautious.allowed()).isFalse();
        assertThat(cautious.message()).contains("need not be told");
        assertThat(IcoDecisionPolicy.decide(UNLIKELY, IcoReason.RISK_TO_PEOPLE, "We report near misses of this kind").departs()).isTrue();
    }

    @Test
    void aReportAfterTheSeventyTwoHoursMustSayWhyItIsLate() {
        Instant due = Instant.parse("2026-03-30T09:00:00Z");
        assertThat(LateReportPolicy.check(due, due, null).allowed()).isTrue();
        assertThat(LateReportPolicy.check(due, due.minusSeconds(1), null).allowed()).isTrue();
        DecisionCheck late = LateReportPolicy.check(due, due.plusSeconds(1), "");
        assertThat(late.allowed()).isFalse();
        assertThat(late.rule()).isEqualTo("late-reason");
        assertThat(late.field()).isEqualTo("lateReason");
        assertThat(LateReportPolicy.check(due, due.plusSeconds(3600), "Awaiting the processor's account of what was lost").allowed()).isTrue();
    }
}
