package org.infoshare.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.infoshare.shared.SharingPurpose;

/**
 * A disclosure as its sending organisation's log knows it, without content: who it was addressed to, which items
 * it carried, and whether anyone could have read it. What propagation of a person's rights is worked out from.
 *
 * @param itemCodes the codes of the items it carried, in order
 */
public record SentDisclosure(UUID id, UUID decisionId, UUID recipientOrganisationId, UUID recipientTeamId, UUID recipientUserId,
                             SharingPurpose purpose, Instant sentAt, Instant firstOpenedAt, Instant withdrawnAt, List<String> itemCodes) {

    public SentDisclosure {
        itemCodes = List.copyOf(itemCodes);
    }

    /** Withdrawn before anyone opened it: it reached nobody. */
    public boolean withdrawnUnopened() {
        return withdrawnAt != null && firstOpenedAt == null;
    }
}
