package org.infoshare.complaint;

import java.util.UUID;

import org.infoshare.complaint.rules.ComplaintOutcome;
import org.infoshare.ledger.LedgerEvent;
import org.infoshare.shared.Actor;

/** Every ledger entry the complaints register writes, in one place: ids, codes and dates, never what was said. */
final class ComplaintEvents {

    private ComplaintEvents() {
    }

    static LedgerEvent received(Actor actor, Complaint c) {
        return event("complaint.received", actor, c.id())
                .detail("channel", c.channel()).detail("receivedOn", c.receivedOn())
                .detail("topics", String.join(",", c.topics().stream().map(Enum::name).sorted().toList()))
                .detail("acknowledgeDays", c.deadlines().acknowledgeDays()).detail("respondDays", c.deadlines().respondDays())
                .build();
    }

    static LedgerEvent acknowledged(Actor actor, UUID id, boolean inTime) {
        return event("complaint.acknowledged", actor, id).detail("inTime", inTime).build();
    }

    static LedgerEvent investigating(Actor actor, UUID id, UUID investigator) {
        return event("complaint.investigator-assigned", actor, id).detail("investigator", investigator).build();
    }

    static LedgerEvent linked(Actor actor, UUID id, Complaint.LinkKind kind, UUID record) {
        return event("complaint.linked", actor, id).detail("kind", kind).detail("record", record).build();
    }

    static LedgerEvent closed(Actor actor, UUID id, ComplaintOutcome outcome, boolean inTime) {
        return event("complaint.closed", actor, id).detail("outcome", outcome).detail("inTime", inTime).build();
    }

    static LedgerEvent icoReferral(Actor actor, UUID id) {
        return event("complaint.ico-referral-recorded", actor, id).build();
    }

    static LedgerEvent settings(Actor actor, int acknowledgeDays, int respondDays) {
        return LedgerEvent.of("complaint.deadlines-set", "organisation", actor.organisationId())
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("acknowledgeDays", acknowledgeDays).detail("respondDays", respondDays).build();
    }

    private static LedgerEvent.Builder event(String action, Actor actor, UUID complaint) {
        return LedgerEvent.of(action, "complaint", complaint).actor(actor.userId()).organisation(actor.organisationId());
    }
}
