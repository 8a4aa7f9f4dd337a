package org.infoshare.decision.rules;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.shared.SharingPurpose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.decision.rules.CaseFacts.CHARITY;
import static org.infoshare.decision.rules.CaseFacts.COUNCIL;
import static org.infoshare.decision.rules.CaseFacts.POLICE;

class ConsentBasisPolicyTest {

    private static ApplicableAgreement declaring(Map<UUID, Boolean> consentBasis) {
        return new ApplicableAgreement(UUID.randomUUID(), "ISA", "Agreement", true, "Active", true, false, CaseFacts.TODAY, Set.of(COUNCIL, CHARITY, POLICE),
                Set.of(SharingPurpose.SAFEGUARDING_CHILD), Map.of(), Set.of(), consentBasis);
    }

    @Test
    void publicBodiesDoNotRelyOnConsentAndVoluntaryGroupsMay() {
        assertThat(ConsentBasisPolicy.mayRelyOnConsent(CaseFacts.holder(COUNCIL), null)).isFalse();
        assertThat(ConsentBasisPolicy.mayRelyOnConsent(CaseFacts.holder(POLICE), null)).isFalse();
        assertThat(ConsentBasisPolicy.mayRelyOnConsent(CaseFacts.holder(CHARITY), null)).isTrue();
    }

    @Test
    void theAgreementsDeclarationForThePartyWins() {
        assertThat(ConsentBasisPolicy.mayRelyOnConsent(CaseFacts.holder(COUNCIL), declaring(Map.of(COUNCIL, true)))).isTrue();
        assertThat(ConsentBasisPolicy.mayRelyOnConsent(CaseFacts.holder(CHARITY), declaring(Map.of(CHARITY, false)))).isFalse();
        assertThat(ConsentBasisPolicy.mayRelyOnConsent(CaseFacts.holder(CHARITY), declaring(Map.of(COUNCIL, true)))).isTrue();
        assertThat(ConsentBasisPolicy.step(true, declaring(Map.of(COUNCIL, true))).explanation()).startsWith("Agreement ISA Agreement records");
    }
}
