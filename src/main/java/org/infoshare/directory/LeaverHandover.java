package org.infoshare.directory;

import java.util.Optional;
import java.util.UUID;

/**
 * Something a member of staff leaves behind when their access ends, held by the module that owns it (disclosures
 * addressed to them that nobody has opened, for one): the module says what there is, and hands it to a colleague
 * when their access is revoked, in the same transaction, recording the handover in the ledger.
 */
public interface LeaverHandover {

    /** The kinds of thing a leaver can leave behind, each held by one module. */
    enum Kind {
        /** Disclosures addressed to them by name that nobody has opened (delivery). */
        UNOPENED_DISCLOSURES,
        /** Requests for information they sent that are still waiting for an answer (decisions). */
        REQUESTS_AWAITING_ANSWER
    }

    /** One kind of thing left behind, counted, in words an administrator reads ("2 disclosures addressed to them…"). */
    record LeftBehind(Kind kind, int count, String description) {
    }

    /** What the leaver leaves of this kind in their organisation, if anything. */
    Optional<LeftBehind> leftBehind(UUID organisationId, UUID leaverId);

    /**
     * Hands everything of this kind from the leaver to the colleague (same organisation, access active), recorded as
     * done by the administrator, or by the platform (null) when a scheduled revocation falls due.
     */
    void handOver(UUID organisationId, UUID byUserId, UUID leaverId, UUID colleagueId);
}
