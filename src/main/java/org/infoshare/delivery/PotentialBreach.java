package org.infoshare.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A disclosure its sender withdrew as sent in error: delivery's record of the withdrawal. The sending organisation's
 * Data Protection Officer assesses it as an incident in the incident register, where the 72 hours run (002 §4.8).
 * {@code status} and the review fields hold assessments recorded here before the register existed.
 *
 * @param openedBeforeWithdrawal whether anyone at the recipient had opened it before it was withdrawn
 */
public record PotentialBreach(UUID id, UUID organisationId, UUID disclosureId, Instant recordedAt, UUID recordedBy, String reason,
                              boolean openedBeforeWithdrawal, Status status, Instant reviewedAt, UUID reviewedBy, String assessment) {

    public enum Status { OPEN, REVIEWED }
}
