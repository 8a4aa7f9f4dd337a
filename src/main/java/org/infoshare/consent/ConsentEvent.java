package org.infoshare.consent;

import java.time.Instant;
import java.util.UUID;

/** One entry in a consent record's history: given, refused or withdrawn, when, recorded by whom. */
public record ConsentEvent(long id, UUID consentId, ConsentStatus event, Instant happenedAt, Instant recordedAt,
                           UUID recordedBy, String notes) {
}
