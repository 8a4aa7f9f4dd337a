package org.infoshare.rights;

import java.util.UUID;

import org.infoshare.ledger.LedgerEvent;
import org.infoshare.shared.Actor;

/**
 * Every ledger entry the rights module writes, in one place. Details are ids, codes, counts, dates and digests:
 * who asked, what they said, and what was released never reach the ledger.
 */
final class RightsEvents {

    private RightsEvents() {
    }

    static LedgerEvent.Builder request(String action, Actor actor, RightsRequest request) {
        return event("rights.request." + action, "rights-request", request.id(), actor, request.organisationId());
    }

    static LedgerEvent.Builder notice(String action, Actor actor, UUID notice, UUID organisation) {
        return event("rights.notice." + action, "rights-notice", notice, actor, organisation);
    }

    static LedgerEvent.Builder bundle(String action, Actor actor, UUID bundle, UUID organisation) {
        return event("rights.bundle." + action, "access-bundle", bundle, actor, organisation);
    }

    static LedgerEvent.Builder event(String action, String recordType, UUID id, Actor actor, UUID organisation) {
        return LedgerEvent.of(action, recordType, id).actor(actor == null ? null : actor.userId()).organisation(organisation);
    }
}
