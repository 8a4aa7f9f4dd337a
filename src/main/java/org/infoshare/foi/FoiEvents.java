package org.infoshare.foi;

import java.util.UUID;

import org.infoshare.foi.rules.FinalDecision;
import org.infoshare.foi.rules.Stage;
import org.infoshare.ledger.LedgerEvent;
import org.infoshare.shared.Actor;

/**
 * Every ledger entry FOI assistance writes, in one place: ids, codes, dates and counts. The request's wording, the
 * views and the data stay sealed in the records.
 */
final class FoiEvents {

    private FoiEvents() {
    }

    static LedgerEvent requested(Actor actor, FoiRequest request, int partners) {
        return LedgerEvent.of("foi.request.sent", "foi-request", request.id())
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("regime", request.regime()).detail("asks", String.join(",", request.asks().stream().map(Enum::name).sorted().toList()))
                .detail("partners", partners).detail("receivedOn", request.receivedOn())
                .build();
    }

    static LedgerEvent consulted(Actor actor, UUID consultation, UUID request, UUID partner, java.time.LocalDate respondBy,
                                 java.time.LocalDate completeBy) {
        return LedgerEvent.of("foi.consultation.sent", "foi-consultation", consultation)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("request", request).detail("partner", partner).detail("respondBy", respondBy).detail("completeBy", completeBy)
                .build();
    }

    static LedgerEvent responded(Actor actor, Consultation c, boolean concerns, int exemptions, boolean inTime) {
        return LedgerEvent.of("foi.consultation.responded", "foi-consultation", c.id())
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("request", c.requestId()).detail("concerns", concerns).detail("exemptions", exemptions).detail("inTime", inTime)
                .build();
    }

    static LedgerEvent completed(Actor actor, Consultation c, boolean inTime) {
        return LedgerEvent.of("foi.consultation.completed", "foi-consultation", c.id())
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("request", c.requestId()).detail("inTime", inTime)
                .build();
    }

    /** A reminder or an escalation, sent by the platform (no actor) or by the holder. */
    static LedgerEvent chased(String action, UUID actor, UUID organisation, Consultation c, Stage stage) {
        return LedgerEvent.of(action, "foi-consultation", c.id()).actor(actor).organisation(organisation)
                .detail("request", c.requestId()).detail("partner", c.organisationId()).detail("stage", stage)
                .build();
    }

    static LedgerEvent decided(Actor actor, FoiRequest r, FinalDecision decision, int exemptions) {
        return LedgerEvent.of("foi.request.decided", "foi-request", r.id())
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("decision", decision).detail("exemptions", exemptions)
                .build();
    }
}
