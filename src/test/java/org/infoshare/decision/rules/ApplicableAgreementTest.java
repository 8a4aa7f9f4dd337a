package org.infoshare.decision.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.agreement.AgreementStatus;
import org.infoshare.agreement.AgreementTerms;
import org.infoshare.agreement.SharingMode;
import org.infoshare.agreement.TransferMethod;
import org.infoshare.shared.SharingPurpose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.decision.rules.CaseFacts.CHARITY;
import static org.infoshare.decision.rules.CaseFacts.COUNCIL;
import static org.infoshare.decision.rules.CaseFacts.POLICE;

class ApplicableAgreementTest {

    private static AgreementTerms terms(Set<SharingPurpose> purposes, Map<UUID, Boolean> consentBasis) {
        return new AgreementTerms(UUID.randomUUID(), 1, "ISA-2026-0001", "Family safeguarding", AgreementStatus.ACTIVE, SharingMode.BOTH,
                LocalDate.of(2026, 1, 1), null, Set.of(COUNCIL, POLICE, CHARITY), purposes, Set.of("UKGDPR-A6-1E"), List.of(),
                Set.of(TransferMethod.MEETING), consentBasis);
    }

    @Test
    void theEngineReadsAnAgreementsPurposesByTheirCodes() {
        ApplicableAgreement agreement = ApplicableAgreement.from(terms(Set.of(SharingPurpose.EARLY_HELP, SharingPurpose.OTHER), Map.of()));
        assertThat(agreement.purposes()).containsExactlyInAnyOrder(SharingPurpose.EARLY_HELP, SharingPurpose.OTHER);
        assertThat(agreement.allows(DecisionMode.SYSTEMATIC)).isTrue();
        assertThat(agreement.transferMethods()).containsExactly(TransferMethod.MEETING);
    }

    @Test
    void eachPartysWordOnConsentAsItsLawfulBasisReachesTheEngine() {
        ApplicableAgreement agreement = ApplicableAgreement.from(terms(Set.of(SharingPurpose.SAFEGUARDING_CHILD), Map.of(CHARITY, false, COUNCIL, true)));
        assertThat(agreement.consentBasis()).containsExactlyInAnyOrderEntriesOf(Map.of(CHARITY, false, COUNCIL, true));
        assertThat(agreement.consentBasis()).doesNotContainKey(POLICE);
    }
}
