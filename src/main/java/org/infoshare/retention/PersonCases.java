package org.infoshare.retention;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.subject.Subject;
import org.infoshare.subject.Subjects;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events retention often runs from that the platform cannot see for itself: when the organisation closed a
 * person's case (or reopened it), and the last contact with them. Recorded by the staff working with the person.
 */
@Service
public class PersonCases {

    /** What is recorded about a person's case. */
    public record CaseDates(UUID subjectId, java.time.LocalDate closedOn, java.time.LocalDate lastContactOn) {
    }

    private final RetentionStore store;
    private final Subjects subjects;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    PersonCases(RetentionStore store, Subjects subjects, CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.subjects = subjects;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public CaseDates close(Actor actor, UUID subjectId, RetentionCommands.CloseCase command) {
        Subject subject = subjects.subject(actor, subjectId);
        validator.check(command);
        store.closeCase(subject.id(), subject.organisationId(), command.closedOn(), actor.userId(), clock.instant());
        ledger.record(RetentionEvents.event("case.closed", "subject", subject.id(), actor, subject.organisationId())
                .detail("closedOn", command.closedOn()).build());
        return dates(actor, subjectId);
    }

    @Transactional
    public CaseDates reopen(Actor actor, UUID subjectId) {
        Subject subject = subjects.subject(actor, subjectId);
        store.reopenCase(subject.id(), actor.userId(), clock.instant());
        ledger.record(RetentionEvents.event("case.reopened", "subject", subject.id(), actor, subject.organisationId()).build());
        return dates(actor, subjectId);
    }

    @Transactional
    public CaseDates lastContact(Actor actor, UUID subjectId, RetentionCommands.LastContact command) {
        Subject subject = subjects.subject(actor, subjectId);
        validator.check(command);
        store.lastContact(subject.id(), subject.organisationId(), command.on(), actor.userId(), clock.instant());
        ledger.record(RetentionEvents.event("case.last-contact", "subject", subject.id(), actor, subject.organisationId())
                .detail("on", command.on()).build());
        return dates(actor, subjectId);
    }

    @Transactional(readOnly = true)
    public CaseDates dates(Actor actor, UUID subjectId) {
        Subject subject = subjects.subject(actor, subjectId);
        Optional<RetentionStore.Case> c = store.caseOf(subject.id());
        return new CaseDates(subject.id(), c.map(RetentionStore.Case::closedOn).orElse(null), c.map(RetentionStore.Case::lastContactOn).orElse(null));
    }
}
