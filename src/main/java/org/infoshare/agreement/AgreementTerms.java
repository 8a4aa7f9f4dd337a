package org.infoshare.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The terms of one agreement version, as other modules rely on them.
 *
 * @param provisionCodes every legal provision the agreement cites (codes from the legal catalogue)
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
        List<String> purposes,
        Set<String> provisionCodes,
        List<DataItemTerms> dataItems,
        Set<TransferMethod> transferMethods) {

    public AgreementTerms {
        parties = Set.copyOf(parties);
        purposes = List.copyOf(purposes);
        provisionCodes = Set.copyOf(provisionCodes);
        dataItems = List.copyOf(dataItems);
        transferMethods = Set.copyOf(transferMethods);
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
