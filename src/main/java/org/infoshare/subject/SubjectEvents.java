package org.infoshare.subject;

import java.time.Instant;
import java.util.UUID;

import org.infoshare.ledger.LedgerEvent;
import org.infoshare.shared.Actor;

/**
 * Every ledger entry the subject module writes, in one place: ids and codes only; a person's name, reference and
 * date of birth never reach the ledger.
 */
final class SubjectEvents {

    private SubjectEvents() {
    }

    /** Someone the organisation holds information about, recorded; whether a date of birth was given, not the date. */
    static LedgerEvent recorded(Actor actor, UUID id, boolean dateOfBirthGiven) {
        return LedgerEvent.of("subject.recorded", "subject", id)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("dateOfBirth", dateOfBirthGiven ? "present" : "absent")
                .build();
    }

    /** Two people linked as members of a family or household, with the relationship's code. */
    static LedgerEvent related(Actor actor, UUID id, UUID person, UUID relative, Relationship relationship) {
        return LedgerEvent.of("subject.related", "subject-relationship", id)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("person", person).detail("relative", relative).detail("relationship", relationship)
                .build();
    }

    /** A person's details corrected by the Data Protection Officer: which fields changed, never their values. */
    static LedgerEvent corrected(Actor actor, UUID id, boolean nameChanged, boolean dateOfBirthChanged) {
        return LedgerEvent.of("subject.corrected", "subject", id)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("name", nameChanged).detail("dateOfBirth", dateOfBirthChanged)
                .build();
    }

    /** Someone recorded why they need to look at a person's records they do not work with (break glass), until when. */
    static LedgerEvent brokeGlass(Actor actor, UUID subject, UUID breakGlass, BreakGlassReason reason, Instant until) {
        return LedgerEvent.of("access.break-glass", "subject", subject)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("breakGlass", breakGlass).detail("reason", reason).detail("until", until)
                .build();
    }

    /** The caller (and, when they work cases, their teams) now work with the person. */
    static LedgerEvent involved(Actor actor, UUID subject, boolean withTeams, int rowsAdded) {
        return LedgerEvent.of("subject.involvement-added", "subject", subject)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("withTeams", withTeams).detail("rowsAdded", rowsAdded)
                .build();
    }
}
