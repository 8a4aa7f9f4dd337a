package org.infoshare.subject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.subject.rules.NhsNumber;
import org.infoshare.subject.rules.SearchKeys;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people an organisation holds information about. Scoped to the caller's organisation: another
 * organisation's subjects are 'not found'; so are those the caller has no need to know about ({@link SubjectAccess}).
 */
@Service
public class Subjects {

    static final int FAMILY_LIMIT = 30;

    private final SubjectStore store;
    private final SearchIndexStore index;
    private final PeopleSearch search;
    private final SubjectAccess access;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    Subjects(SubjectStore store, SearchIndexStore index, PeopleSearch search, SubjectAccess access, CommandValidator validator,
             Ledger ledger, Clock clock) {
        this.store = store;
        this.index = index;
        this.search = search;
        this.access = access;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Adds someone, unless they are likely a person already recorded (the same NHS number, or a similar name and the
     * same date of birth) and the caller has not confirmed they are a different person: then nothing is recorded and
     * the likely matches are returned in a {@link PossibleDuplicateException}.
     */
    @Transactional
    public Subject add(Actor actor, SubjectCommands.RecordSubject command) {
        validator.check(command);
        checkNhsNumber(command.nhsNumber());
        if (!Boolean.TRUE.equals(command.confirmedDifferent())) {
            List<SamePersonCandidate> candidates = search.likelySame(actor, command.name(), command.dateOfBirth(), command.nhsNumber());
            if (!candidates.isEmpty()) {
                throw new PossibleDuplicateException(candidates);
            }
        }
        return record(actor, command);
    }

    /** Records someone by reference (unique within the organisation), keyed so that a search finds them. */
    @Transactional
    public Subject record(Actor actor, SubjectCommands.RecordSubject command) {
        validator.check(command);
        checkNhsNumber(command.nhsNumber());
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
        index.index(id, actor.organisationId(), SearchKeys.of(command.name(), command.dateOfBirth(), command.nhsNumber()));
        ledger.record(SubjectEvents.recorded(actor, id, command.dateOfBirth() != null));
        access.involve(actor, id);
        return store.find(id).orElseThrow();
    }

    /**
     * Someone already in the organisation's records by their reference, or recorded now from their name and date of
     * birth: how a form about a person finds or adds them.
     */
    @Transactional
    public Subject findOrRecord(Actor actor, String reference, String name, java.time.LocalDate dateOfBirth) {
        Optional<Subject> found = byReference(actor, reference);
        if (found.isPresent()) {
            return found.get();
        }
        if (reference == null || reference.isBlank()) {
            throw InvalidRequestException.of("reference", "required", "Enter your organisation's reference for them");
        }
        if (name == null || name.isBlank()) {
            throw InvalidRequestException.of("name", "required", "Nobody in your records has this reference: enter their full name to add them");
        }
        return record(actor, new SubjectCommands.RecordSubject(reference, name, dateOfBirth));
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

    /**
     * The person a list is narrowed to, by the organisation's reference for them: null when none is asked for, and an
     * id nobody has when the reference is not one of the caller's people (the list is then empty, as for no match).
     */
    @Transactional(readOnly = true)
    public UUID personFilter(Actor actor, ListFilter filter) {
        if (filter.person() == null) {
            return null;
        }
        return byReference(actor, filter.person()).map(Subject::id).orElse(NOBODY);
    }

    private static final UUID NOBODY = new UUID(0, 0);

    @Transactional(readOnly = true)
    public List<Subject> recent(Actor actor) {
        // The newest the caller may see, looked for among the organisation's newest 500.
        return access.visibleOnly(actor, store.recent(actor.organisationId(), 500), Subject::id).stream().limit(20).toList();
    }

    /**
     * Links a family member: both people are the caller's organisation's; a pair is linked once. The ledger holds
     * the two ids and the relationship's code.
     */
    @Transactional
    public Family relate(Actor actor, UUID personId, SubjectCommands.RelateSubjects command) {
        Subject person = subject(actor, personId);
        validator.check(command);
        Subject relative = store.find(command.relativeId()).filter(s -> actor.belongsTo(s.organisationId()))
                .orElseThrow(() -> InvalidRequestException.of("relativeId", "person", "Choose someone in your organisation's records"));
        if (relative.id().equals(person.id())) {
            throw InvalidRequestException.of("relativeId", "another-person", "Choose someone other than the person themselves");
        }
        if (store.related(person.id(), relative.id())) {
            throw new ConflictException("relativeId", "already-linked", "They are already linked as family");
        }
        UUID id = UUID.randomUUID();
        store.relate(id, actor.organisationId(), person.id(), relative.id(), command.relationship(), actor.userId(), clock.instant());
        ledger.record(SubjectEvents.related(actor, id, person.id(), relative.id(), command.relationship()));
        return family(actor, person.id());
    }

    /**
     * The person's household or family: everyone linked to them, directly or through another member (at most
     * {@value #FAMILY_LIMIT} people), each direct link with how they are related to the person.
     */
    @Transactional(readOnly = true)
    public Family family(Actor actor, UUID personId) {
        Subject person = subject(actor, personId);
        java.util.Map<UUID, Family.Member> members = new java.util.LinkedHashMap<>();
        java.util.Set<UUID> seen = new java.util.HashSet<>(java.util.Set.of(person.id()));
        List<UUID> frontier = List.of(person.id());
        while (!frontier.isEmpty() && seen.size() < FAMILY_LIMIT) {
            List<UUID> next = new java.util.ArrayList<>();
            for (SubjectStore.Link link : store.links(frontier)) {
                for (UUID from : frontier) {
                    UUID other = link.personId().equals(from) ? link.relativeId() : link.relativeId().equals(from) ? link.personId() : null;
                    if (other == null || !seen.add(other) || seen.size() > FAMILY_LIMIT) {
                        continue;
                    }
                    Subject member = store.find(other).filter(s -> actor.belongsTo(s.organisationId())).orElse(null);
                    if (member == null) {
                        continue;
                    }
                    String relationship = !from.equals(person.id()) ? null
                            : link.personId().equals(from) ? link.relationship().label() : link.relationship().inverseLabel();
                    members.put(other, new Family.Member(member, relationship, from.equals(person.id()) ? null : from));
                    next.add(other);
                }
            }
            frontier = next;
        }
        return new Family(person, List.copyOf(members.values()), 0);
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
        index.index(id, before.organisationId(), SearchKeys.of(newName, newDateOfBirth, before.nhsNumber()));
        ledger.record(SubjectEvents.corrected(actor, id, !newName.equals(before.name()),
                !java.util.Objects.equals(newDateOfBirth, before.dateOfBirth())));
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
        return search.bornOn(actor.organisationId(), dateOfBirth).stream()
                .filter(s -> SubjectStore.comparable(s.name()).equals(wanted)).toList();
    }

    private static void checkNhsNumber(String nhsNumber) {
        if (nhsNumber != null && !nhsNumber.isBlank()) {
            NhsNumber.check(nhsNumber).ifPresent(problem -> {
                throw InvalidRequestException.of("nhsNumber", problem.rule(), problem.message());
            });
        }
    }

    /**
     * The person's family as the caller may see it: only the members the caller may see themselves (need to know,
     * ADR 0048), and how many others there are.
     */
    @Transactional(readOnly = true)
    public Family familyAsSeenBy(Actor actor, UUID personId) {
        Family family = family(actor, personId);
        java.util.Set<UUID> visible = access.visibleTo(actor, family.members().stream().map(m -> m.subject().id()).toList());
        List<Family.Member> shown = family.members().stream().filter(m -> visible.contains(m.subject().id())).toList();
        return new Family(family.person(), shown, family.members().size() - shown.size());
    }

    /** For modules that hold a subject id already scoped elsewhere (for example a request's requester). */
    @Transactional(readOnly = true)
    public Optional<Subject> find(UUID id) {
        return store.find(id);
    }
}
