package org.infoshare.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A disclosure its sender withdrew as sent in error: a potential breach for the sending organisation's Data
 * Protection Officer to assess, including whether to tell the regulator within 72 hours (002 §4.8).
 *
 * @param openedBeforeWithdrawal whether anyone at the recipient had opened it before it was withdrawn
 */
public record PotentialBreach(UUID id, UUID organisationId, UUID disclosureId, Instant recordedAt, UUID recordedBy, String reason,
                              boolean openedBeforeWithdrawal, Status status, Instant reviewedAt, UUID reviewedBy, String assessment) {

    public enum Status { OPEN, REVIEWED }

    /** 72 hours from when the organisation became aware (002 §4.8). */
    public Instant regulatorDecisionDue() {
        return recordedAt.plus(java.time.Duration.ofHours(72));
    }
}
