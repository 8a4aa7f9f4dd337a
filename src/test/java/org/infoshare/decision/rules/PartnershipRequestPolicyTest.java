package org.infoshare.decision.rules;

import org.infoshare.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartnershipRequestPolicyTest {

    @Test
    void aSection14bRequestForThePartnershipsFunctionsIsALegalDuty() {
        assertThat(PartnershipRequestPolicy.decide(new DecisionFacts.RequestBasis(CaseFacts.gateway("CA2004-S14B"), Answer.YES)).established()).isTrue();
        assertThat(PartnershipRequestPolicy.decide(new DecisionFacts.RequestBasis(CaseFacts.gateway("CA2004-S14B"), Answer.NO)).established()).isFalse();
    }

    @Test
    void unsureGoesToTheDpoAndOtherRequestsAreNoDuty() {
        Ruling<Boolean> unsure = PartnershipRequestPolicy.decide(new DecisionFacts.RequestBasis(CaseFacts.gateway("CA2004-S14B"), Answer.NOT_SURE));
        assertThat(unsure.adviser()).isEqualTo(Role.DATA_PROTECTION_OFFICER);
        Ruling<Boolean> s47 = PartnershipRequestPolicy.decide(new DecisionFacts.RequestBasis(CaseFacts.gateway("CA1989-S47"), Answer.NO));
        assertThat(s47.established()).isFalse();
        assertThat(s47.steps()).isEmpty();
        assertThat(PartnershipRequestPolicy.decide(null).established()).isFalse();
    }
}
