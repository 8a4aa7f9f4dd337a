package org.infoshare.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.infoshare.rights.rules.Exemption;
import org.infoshare.rights.rules.NoticeKind;
import org.infoshare.rights.rules.NoticeOutcome;

/**
 * A notice to one addressee of the affected items (002 §3.2, §4.7): what happened, which items they received,
 * what they are asked to do and by when, and, once they answer, what they did. Machine-readable for partner
 * systems: codes and ids, with the sender's note as the only free text.
 *
 * @param requestId       the rights request it passes on, or null for a reported inaccuracy
 * @param qualityReportId the reported inaccuracy it passes on, or null for a rights request
 * @param note            the sender's note to the recipient, if any
 */
public record RightsNotice(
        UUID id,
        NoticeKind kind,
        UUID requestId,
        UUID qualityReportId,
        UUID senderOrganisationId,
        UUID recipientOrganisationId,
        UUID recipientTeamId,
        UUID recipientUserId,
        NoticeOutcome asked,
        String note,
        Instant sentAt,
        UUID sentBy,
        LocalDate dueOn,
        boolean confirmed,
        NoticeOutcome outcome,
        Exemption exemption,
        String confirmation,
        Instant confirmedAt,
        UUID confirmedBy,
        Instant remindedAt,
        Instant escalatedAt,
        List<Item> items) {

    public RightsNotice {
        items = List.copyOf(items);
    }

    /** An item the addressee received: an item of a disclosure, or a whole dataset. */
    public record Item(UUID disclosureId, String itemCode, UUID datasetUploadId) {
    }
}
