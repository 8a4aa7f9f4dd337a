package org.infoshare.incident.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When an incident may be closed. */
class ClosurePolicyTest {

    private static ClosurePolicy.State state(IcoReason ico, boolean reported, PeopleReason people, boolean told) {
        return new ClosurePolicy.State(ico, reported, people, told);
    }

    @Test
    void theIcoDecisionComesFirstWhateverItTurnedOutToBe() {
        for (Outcome outcome : Outcome.values()) {
            assertThat(ClosurePolicy.close(outcome, state(null, false, null, false)).rule()).isEqualTo("ico-decision-first");
        }
    }

    @Test
    void aNearMissOrNoBreachClosesOnceTheIcoDecisionSaysSo() {
        assertThat(ClosurePolicy.close(Outcome.NOT_A_BREACH, state(IcoReason.NOT_A_BREACH, false, null, false)).allowed()).isTrue();
        assertThat(ClosurePolicy.close(Outcome.NEAR_MISS, state(IcoReason.UNLIKELY_TO_RESULT_IN_RISK, false, null, false)).allowed()).isTrue();
        assertThat(ClosurePolicy.close(Outcome.NEAR_MISS, state(IcoReason.RISK_TO_PEOPLE, true, PeopleReason.NOT_HIGH_RISK, false)).rule())
                .isEqualTo("decided-a-breach");
        assertThat(ClosurePolicy.close(Outcome.BREACH, state(IcoReason.NOT_A_BREACH, false, PeopleReason.NOT_HIGH_RISK, false)).rule())
                .isEqualTo("decided-not-a-breach");
    }

    @Test
    void aBreachClosesOnlyWhenBothDecisionsAreMadeAndCarriedOut() {
        assertThat(ClosurePolicy.close(Outcome.BREACH, state(IcoReason.RISK_TO_PEOPLE, true, null, false)).rule()).isEqualTo("people-decision-first");
        assertThat(ClosurePolicy.close(Outcome.BREACH, state(IcoReason.RISK_TO_PEOPLE, false, PeopleReason.NOT_HIGH_RISK, false)).rule())
                .isEqualTo("ico-report-first");
        assertThat(ClosurePolicy.close(Outcome.BREACH, state(IcoReason.RISK_TO_PEOPLE, true, PeopleReason.HIGH_RISK, false)).rule())
                .isEqualTo("people-told-first");
        assertThat(ClosurePolicy.close(Outcome.BREACH, state(IcoReason.RISK_TO_PEOPLE, true, PeopleReason.HIGH_RISK, true)).allowed()).isTrue();
        assertThat(ClosurePolicy.close(Outcome.BREACH, state(IcoReason.UNLIKELY_TO_RESULT_IN_RISK, false, PeopleReason.NOT_HIGH_RISK, false))
                .allowed()).isTrue();
    }
}
