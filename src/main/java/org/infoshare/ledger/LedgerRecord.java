package org.infoshare.ledger;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An entry as read back for an audit trail or an access history. */
public record LedgerRecord(
        long id,
        Instant recordedAt,
        String action,
        UUID actorId,
        UUID organisationId,
        String subjectType,
        String subjectId,
        Map<String, String> details) {
}
