package org.infoshare.rights;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone said an item that was shared is inaccurate (002 §4.7): the sender, or a recipient. Not a breach.
 *
 * @param status OPEN until the sender corrected the item or closed the report
 */
public record QualityReport(UUID id, UUID disclosureId, String itemCode, UUID senderOrganisationId, UUID subjectId,
                            UUID reporterOrganisationId, UUID reportedBy, Instant reportedAt, String whatIsWrong, Status status,
                            Instant settledAt) {

    public enum Status { OPEN, CORRECTED, CLOSED }
}
