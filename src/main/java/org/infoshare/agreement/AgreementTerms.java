package org.infoshare.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.shared.SharingPurpose;

/**
 * The terms of one agreement version, as other modules rely on them.
 *
 * @param purposes       the purposes the agreement covers, as codes from the purpose vocabulary
 * @param provisionCodes every legal provision the agreement cites (codes from the legal catalogue)
 * @param consentBasis   for each party that says so, whether it relies on consent as its lawful basis (002 §2.4)
 */
public record AgreementTerms(
        UUID agreementId,
        int version,
        String reference,
        String title,
        AgreementStatus status,
        SharingMode mode,
        LocalDate effectiveFrom,
        LocalDate terminatedOn,
        Set<UUID> parties,
        Set<SharingPurpose> purposes,
        Set<String> provisionCodes,
        List<DataItemTerms> dataItems,
        Set<TransferMethod> transferMethods,
        Map<UUID, Boolean> consentBasis) {

    public AgreementTerms {
        parties = Set.copyOf(parties);
        purposes = Set.copyOf(purposes);
        provisionCodes = Set.copyOf(provisionCodes);
        dataItems = List.copyOf(dataItems);
        transferMethods = Set.copyOf(transferMethods);
        consentBasis = Map.copyOf(consentBasis);
    }

    /** Only an active (fully signed, not terminated) version can be the basis for sharing under it. */
    public boolean inForce() {
        return status == AgreementStatus.ACTIVE;
    }

    public Optional<DataItemTerms> item(String code) {
        return dataItems.stream().filter(item -> item.code().equals(code)).findFirst();
    }

    public boolean covers(UUID holder, UUID recipient) {
        return parties.contains(holder) && parties.contains(recipient);
    }
}
