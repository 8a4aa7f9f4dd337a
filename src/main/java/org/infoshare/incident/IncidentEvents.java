package org.infoshare.incident;

import java.util.UUID;

import org.infoshare.incident.rules.IcoReason;
import org.infoshare.incident.rules.Outcome;
import org.infoshare.incident.rules.PeopleReason;
import org.infoshare.incident.rules.RiskVerdict;
import org.infoshare.ledger.LedgerEvent;
import org.infoshare.shared.Actor;

/**
 * Every ledger entry the incident register writes, in one place. Details are ids, codes, counts and times: what
 * happened, the notes and every reason stay sealed in the register. The actions are stable; reports count them.
 */
final class IncidentEvents {

    private IncidentEvents() {
    }

    static LedgerEvent reported(UUID actor, IncidentStore.NewIncident i) {
        return LedgerEvent.of("incident.reported", "incident", i.id())
                .actor(actor).organisation(i.organisationId())
                .detail("source", i.source()).detail("kind", i.kind())
                .detail("data", String.join(",", i.dataAffected().stream().map(Enum::name).sorted().toList()))
                .detail("people", i.peopleAffected())
                .detail("awareAt", i.awareAt())
                .detail("record", i.recordId()).detail("recordType", i.recordType())
                .build();
    }

    static LedgerEvent attemptCounted(UUID actor, Incident incident) {
        return LedgerEvent.of("incident.attempt-counted", "incident", incident.id())
                .actor(actor).organisation(incident.organisationId()).detail("attempts", incident.attempts() + 1).build();
    }

    static LedgerEvent assessed(Actor actor, Incident incident, RiskVerdict verdict) {
        return event("incident.assessed", actor, incident)
                .detail("level", verdict.level()).detail("score", verdict.score())
                .detail("reasons", String.join(",", verdict.reasons().stream().map(Enum::name).toList()))
                .build();
    }

    static LedgerEvent icoDecided(Actor actor, Incident incident, IcoReason reason, boolean departs, boolean inTime) {
        return event("incident.ico-decided", actor, incident)
                .detail("reason", reason).detail("notify", reason.tellIco()).detail("departsFromAssessment", departs).detail("inTime", inTime)
                .build();
    }

    static LedgerEvent icoReported(Actor actor, Incident incident, boolean inTime) {
        return event("incident.ico-reported", actor, incident).detail("inTime", inTime).build();
    }

    static LedgerEvent peopleDecided(Actor actor, Incident incident, PeopleReason reason, boolean departs) {
        return event("incident.people-decided", actor, incident)
                .detail("reason", reason).detail("tell", reason.tell()).detail("departsFromAssessment", departs).build();
    }

    static LedgerEvent peopleTold(Actor actor, Incident incident) {
        return event("incident.people-told", actor, incident).build();
    }

    static LedgerEvent partyTold(Actor actor, Incident incident, UUID party) {
        return event("incident.party-told", actor, incident).detail("party", party).build();
    }

    static LedgerEvent partyAcknowledged(Actor actor, Incident incident) {
        return partyEvent("incident.party-acknowledged", actor, incident).build();
    }

    static LedgerEvent partyResponded(Actor actor, Incident incident, IncidentCommands.PartyResponse response) {
        return partyEvent("incident.party-responded", actor, incident).detail("response", response).build();
    }

    static LedgerEvent noteAdded(Actor actor, Incident incident, UUID note) {
        return LedgerEvent.of("incident.note-added", "incident", incident.id())
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("note", note).detail("owner", incident.organisationId()).build();
    }

    static LedgerEvent referred(Actor actor, Incident incident, UUID referral, IncidentCommands.ReferredTo to) {
        return event("incident.referred", actor, incident).detail("referral", referral).detail("to", to).build();
    }

    static LedgerEvent closed(Actor actor, Incident incident, Outcome outcome) {
        return event("incident.closed", actor, incident).detail("outcome", outcome).build();
    }

    /** A step the owning organisation took: recorded against it. */
    private static LedgerEvent.Builder event(String action, Actor actor, Incident incident) {
        return LedgerEvent.of(action, "incident", incident.id()).actor(actor.userId()).organisation(incident.organisationId());
    }

    /** A step a party took: recorded against the party, naming the owner. */
    private static LedgerEvent.Builder partyEvent(String action, Actor actor, Incident incident) {
        return LedgerEvent.of(action, "incident", incident.id()).actor(actor.userId()).organisation(actor.organisationId())
                .detail("owner", incident.organisationId());
    }
}
