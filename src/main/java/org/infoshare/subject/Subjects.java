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
 * organisation's subjects are 'not found'; so are those the caller has no need to know about ({@link SubjectAccess}).
 */
@Service
public class Subjects {

    private final SubjectStore store;
    private final SubjectAccess access;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    Subjects(SubjectStore store, SubjectAccess access, CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.access = access;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public Subject record(Actor actor, SubjectCommands.RecordSubject command) {
        validator.check(command);
        Optional<Subject> existing = store.byReference(actor.organisationId(), command.reference());
        if (existing.isPresent()) {
            // Within the organisation a reference is not secret (a duplicate record of the same child is the worse harm); the record is.
            throw new ConflictException("reference", "unique", access.mayView(actor, existing.get().id())
                    ? "Your organisation already has someone with this reference"
                    : "Your organisation already has someone with this reference, whom your team does not work with. "
                    + "If you need to, record why you need to look at their records (break glass)");
        }
        UUID id = UUID.randomUUID();
        store.insert(id, actor.organisationId(), command, actor.userId(), clock.instant());
        ledger.record(LedgerEvent.of("subject.recorded", "subject", id)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("dateOfBirth", command.dateOfBirth() == null ? "absent" : "present")
                .build());
        access.involve(actor, id);
        return store.find(id).orElseThrow();
    }

    /** One of the caller's organisation's subjects. */
    @Transactional(readOnly = true)
    public Subject subject(Actor actor, UUID id) {
        return store.find(id).filter(s -> actor.belongsTo(s.organisationId()) && access.mayView(actor, s.id()))
                .orElseThrow(() -> new NotFoundException("Person"));
    }

    @Transactional(readOnly = true)
    public Optional<Subject> byReference(Actor actor, String reference) {
        if (reference == null || reference.isBlank() || reference.length() > 50) {
            return Optional.empty();
        }
        return store.byReference(actor.organisationId(), reference).filter(s -> access.mayView(actor, s.id()));
    }

    @Transactional(readOnly = true)
    public List<Subject> recent(Actor actor) {
        // The newest the caller may see, looked for among the organisation's newest 500.
        return access.visibleOnly(actor, store.recent(actor.organisationId(), 500), Subject::id).stream().limit(20).toList();
    }

    /** For modules that hold a subject id already scoped elsewhere (for example a request's requester). */
    @Transactional(readOnly = true)
    public Optional<Subject> find(UUID id) {
        return store.find(id);
    }
}
