package org.infoshare.consent;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that must be told to a recipient now: a consent that a share relied on has been withdrawn.
 *
 * @param decisionId the sharing decision that relied on the consent
 */
public record WithdrawalNotice(UUID id, UUID consentId, UUID decisionId, UUID holderOrganisationId,
                               UUID recipientOrganisationId, UUID recipientTeamId, UUID subjectId, Status status,
                               Instant raisedAt, Instant doneAt, UUID doneBy) {

    public enum Status { OPEN, DONE }
}
