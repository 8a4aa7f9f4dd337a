package org.infoshare.subject;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.LedgerEvent;
import org.infoshare.shared.Actor;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.shared.rules.NeedToKnow;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people an organisation holds information about. Scoped by need to know ({@link NeedToKnow}, ADR 0048): another
 * organisation's subjects, and those of the caller's own organisation that neither they nor their team work with,
 * are 'not found' (unless the caller has recorded a reason to look, see {@link BreakGlass}).
 */
@Service
public class Subjects {

    private static final int RECENT_SHOWN = 20;
    /** How many of the organisation's newest records are looked through for the ones the caller may see. */
    private static final int RECENT_SCANNED = 500;

    private final SubjectStore store;
    private final CaseStore cases;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    Subjects(SubjectStore store, CaseStore cases, CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public Subject record(Actor actor, SubjectCommands.RecordSubject command) {
        validator.check(command);
        Optional<Subject> existing = store.byReference(actor.organisationId(), command.reference());
        if (existing.isPresent()) {
            throw new ConflictException("reference", "unique", mayView(actor, existing.get().id())
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
        involve(actor, id);
        return store.find(id).orElseThrow();
    }

    /** One of the caller's organisation's subjects that the caller may see. */
    @Transactional(readOnly = true)
    public Subject subject(Actor actor, UUID id) {
        return store.find(id).filter(s -> mayView(actor, s.id()))
                .orElseThrow(() -> new NotFoundException("Person"));
    }

    @Transactional(readOnly = true)
    public Optional<Subject> byReference(Actor actor, String reference) {
        if (reference == null || reference.isBlank() || reference.length() > 50) {
            return Optional.empty();
        }
        return store.byReference(actor.organisationId(), reference).filter(s -> mayView(actor, s.id()));
    }

    @Transactional(readOnly = true)
    public List<Subject> recent(Actor actor) {
        List<Subject> recent = store.recent(actor.organisationId(), RECENT_SCANNED);
        Set<UUID> visible = visibleTo(actor, recent.stream().map(Subject::id).toList());
        return recent.stream().filter(s -> visible.contains(s.id())).limit(RECENT_SHOWN).toList();
    }

    // --- need to know (ADR 0048) -------------------------------------------------------------------------

    /** Whether the caller may see the person's record, and so every record about them. */
    @Transactional(readOnly = true)
    public boolean mayView(Actor actor, UUID subjectId) {
        return visibleTo(actor, List.of(subjectId)).contains(subjectId);
    }

    /** Those of the people asked about whose records the caller may see: one query however many are asked about. */
    @Transactional(readOnly = true)
    public Set<UUID> visibleTo(Actor actor, Collection<UUID> subjectIds) {
        NeedToKnow.Reader reader = NeedToKnow.Reader.of(actor);
        Set<UUID> visible = new HashSet<>();
        cases.cases(subjectIds, actor.userId(), clock.instant()).forEach((id, known) -> {
            if (NeedToKnow.person(reader, known).allowed()) {
                visible.add(id);
            }
        });
        return visible;
    }

    /**
     * The caller (and, for those who work with cases, their teams) now work with this person: called by whatever
     * records something about them. Overseers oversee without joining a case.
     */
    @Transactional
    public void involve(Actor actor, UUID subjectId) {
        boolean worksCases = NeedToKnow.mayBreakGlass(NeedToKnow.Reader.of(actor));
        int added = cases.involve(subjectId, actor.userId(), worksCases ? actor.teamIds() : Set.of(), clock.instant());
        if (added > 0) {
            ledger.record(LedgerEvent.of("subject.involvement-added", "subject", subjectId)
                    .actor(actor.userId()).organisation(actor.organisationId())
                    .detail("withTeams", worksCases).detail("rowsAdded", added)
                    .build());
        }
    }

    /** For modules that hold a subject id already scoped elsewhere (for example a request's requester). */
    @Transactional(readOnly = true)
    public Optional<Subject> find(UUID id) {
        return store.find(id);
    }
}
