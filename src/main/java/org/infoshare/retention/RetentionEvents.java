package org.infoshare.retention;

import java.util.UUID;

import org.infoshare.ledger.LedgerEvent;
import org.infoshare.shared.Actor;

/** Every ledger entry the retention module writes, in one place: ids, codes, counts and digests only. */
final class RetentionEvents {

    private RetentionEvents() {
    }

    static LedgerEvent.Builder event(String action, String recordType, Object id, Actor actor, UUID organisation) {
        return LedgerEvent.of("retention." + action, recordType, id).actor(actor == null ? null : actor.userId()).organisation(organisation);
    }
}
