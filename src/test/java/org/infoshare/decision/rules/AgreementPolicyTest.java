package org.infoshare.decision.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.agreement.TransferMethod;
import org.infoshare.shared.SharingPurpose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.decision.rules.CaseFacts.COUNCIL;
import static org.infoshare.decision.rules.CaseFacts.POLICE;

class AgreementPolicyTest {

    static ApplicableAgreement agreement(boolean inForce, Set<SharingPurpose> purposes) {
        return new ApplicableAgreement(UUID.randomUUID(), "ISA-1", "Family safeguarding", inForce, inForce ? "Active" : "Terminated", true, true,
                CaseFacts.TODAY.minusYears(1), Set.of(COUNCIL, POLICE), purposes, Map.of(), Set.of(TransferMethod.INFOSHARE_PLATFORM), Map.of());
    }

    @Test
    void anAgreementInForceCoveringThePurposeCodeApplies() {
        ApplicableAgreement covering = agreement(true, Set.of(SharingPurpose.SAFEGUARDING_CHILD));
        Ruling<ApplicableAgreement> r = AgreementPolicy.decide(DecisionMode.CASE_BY_CASE, SharingPurpose.SAFEGUARDING_CHILD, COUNCIL, POLICE, List.of(covering));
        assertThat(r.established()).isSameAs(covering);
    }

    @Test
    void anAgreementForAnotherPurposeCodeDoesNotApply() {
        Ruling<ApplicableAgreement> r = AgreementPolicy.decide(DecisionMode.CASE_BY_CASE, SharingPurpose.SAFEGUARDING_CHILD, COUNCIL, POLICE,
                List.of(agreement(true, Set.of(SharingPurpose.EARLY_HELP))));
        assertThat(r.established()).isNull();
        assertThat(r.ends()).isFalse();
        assertThat(r.steps().get(0).citation()).isEqualTo("001 Q13");
    }

    @Test
    void routineSharingWithoutAnAgreementInForceIsRefusedButACaseByCaseDecisionGoesOn() {
        List<ApplicableAgreement> terminated = List.of(agreement(false, Set.of(SharingPurpose.SAFEGUARDING_CHILD)));
        Ruling<ApplicableAgreement> routine = AgreementPolicy.decide(DecisionMode.SYSTEMATIC, SharingPurpose.SAFEGUARDING_CHILD, COUNCIL, POLICE, terminated);
        assertThat(routine.verdict()).isEqualTo(Outcome.DO_NOT_SHARE);
        assertThat(routine.steps().get(0).explanation()).contains("terminated");
        assertThat(AgreementPolicy.decide(DecisionMode.CASE_BY_CASE, SharingPurpose.SAFEGUARDING_CHILD, COUNCIL, POLICE, terminated).ends()).isFalse();
    }
}
