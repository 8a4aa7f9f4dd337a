package org.infoshare.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice delivered to the recipients of an earlier share: the consent that share relied on has been
 * withdrawn. It names the disclosure (when there was one) and the sender, never what was shared or about whom.
 *
 * @param recipientTeamId set when the share went to a team; both null means the recipient organisation's
 *                        Data Protection Officer and managers
 */
public record DeliveryNotice(UUID id, UUID withdrawalNoticeId, UUID decisionId, UUID disclosureId, UUID senderOrganisationId,
                             UUID recipientOrganisationId, UUID recipientTeamId, UUID recipientUserId, Instant sentAt, UUID sentBy,
                             Instant acknowledgedAt, UUID acknowledgedBy) {
}
