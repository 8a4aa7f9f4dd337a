package org.infoshare.subject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.LedgerEvent;
import org.infoshare.shared.Actor;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people an organisation holds information about. Scoped to the caller's organisation: another
 * organisation's subjects are 'not found'.
 */
@Service
public class Subjects {

    private final SubjectStore store;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    Subjects(SubjectStore store, CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public Subject record(Actor actor, SubjectCommands.RecordSubject command) {
        validator.check(command);
        if (store.byReference(actor.organisationId(), command.reference()).isPresent()) {
            throw new ConflictException("reference", "unique", "Your organisation already has someone with this reference");
        }
        UUID id = UUID.randomUUID();
        store.insert(id, actor.organisationId(), command, actor.userId(), clock.instant());
        ledger.record(LedgerEvent.of("subject.recorded", "subject", id)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("dateOfBirth", command.dateOfBirth() == null ? "absent" : "present")
                .build());
        return store.find(id).orElseThrow();
    }

    /** One of the caller's organisation's subjects. */
    @Transactional(readOnly = true)
    public Subject subject(Actor actor, UUID id) {
        return store.find(id).filter(s -> actor.belongsTo(s.organisationId()))
                .orElseThrow(() -> new NotFoundException("Person"));
    }

    @Transactional(readOnly = true)
    public Optional<Subject> byReference(Actor actor, String reference) {
        if (reference == null || reference.isBlank() || reference.length() > 50) {
            return Optional.empty();
        }
        return store.byReference(actor.organisationId(), reference);
    }

    @Transactional(readOnly = true)
    public List<Subject> recent(Actor actor) {
        return store.recent(actor.organisationId(), 20);
    }

    /**
     * Corrects a person's name or date of birth (UK GDPR Art 16), returning the record as it was: the caller keeps the
     * history of what changed and why. The organisation's Data Protection Officer only.
     */
    @Transactional
    public Subject correct(Actor actor, UUID id, String name, java.time.LocalDate dateOfBirth) {
        if (!actor.hasRole(org.infoshare.shared.Role.DATA_PROTECTION_OFFICER)) {
            throw new org.infoshare.shared.problem.ForbiddenException("Only the Data Protection Officer corrects a person's details");
        }
        Subject before = store.find(id).filter(s -> actor.belongsTo(s.organisationId())).orElseThrow(() -> new NotFoundException("Person"));
        String newName = name == null || name.isBlank() ? before.name() : name.strip();
        java.time.LocalDate newDateOfBirth = dateOfBirth == null ? before.dateOfBirth() : dateOfBirth;
        store.correct(id, newName, newDateOfBirth);
        ledger.record(LedgerEvent.of("subject.corrected", "subject", id)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("name", !newName.equals(before.name())).detail("dateOfBirth", !java.util.Objects.equals(newDateOfBirth, before.dateOfBirth()))
                .build());
        return before;
    }

    /**
     * The organisation's people whose name (ignoring case, accents, spacing and punctuation) and date of birth are
     * exactly those given: candidates for a member of staff to confirm, never a match made silently.
     */
    @Transactional(readOnly = true)
    public List<Subject> matching(Actor actor, String name, java.time.LocalDate dateOfBirth) {
        if (name == null || name.isBlank() || dateOfBirth == null) {
            return List.of();
        }
        String wanted = SubjectStore.comparable(name);
        return store.withDateOfBirth(actor.organisationId(), dateOfBirth).stream()
                .filter(s -> SubjectStore.comparable(s.name()).equals(wanted)).toList();
    }

    /** For modules that hold a subject id already scoped elsewhere (for example a request's requester). */
    @Transactional(readOnly = true)
    public Optional<Subject> find(UUID id) {
        return store.find(id);
    }
}
