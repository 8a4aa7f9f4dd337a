package org.infoshare.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.infoshare.shared.SharingPurpose;

/**
 * A disclosure as listed: who sent what kind of thing to whom, for what purpose and on what lawful basis, and
 * where it stands. Its content is read only through {@link Disclosures}, by its recipients (redacted) or its sender.
 *
 * @param recipientTeamId set when addressed to a team (its members alone may open it)
 * @param recipientUserId set when addressed to a named person (they alone may open it)
 * @param accessUntil     the last day the recipient may open it, or null for no limit
 * @param itemCount       how many items it discloses
 */
public record Disclosure(
        UUID id,
        UUID decisionId,
        UUID subjectId,
        UUID senderOrganisationId,
        UUID sentBy,
        UUID recipientOrganisationId,
        UUID recipientTeamId,
        UUID recipientUserId,
        SharingPurpose purpose,
        List<LawfulBasis> lawfulBasis,
        boolean informPerson,
        LocalDate accessUntil,
        Instant sentAt,
        Instant firstOpenedAt,
        Instant withdrawnAt,
        UUID withdrawnBy,
        int itemCount) {

    public Disclosure {
        lawfulBasis = List.copyOf(lawfulBasis);
    }

    /** One link in the lawful basis chain that travels with the disclosure (002 §4.4). */
    public record LawfulBasis(String code, String citation, String title, String why) {
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public boolean expiredOn(LocalDate day) {
        return accessUntil != null && day.isAfter(accessUntil);
    }
}
