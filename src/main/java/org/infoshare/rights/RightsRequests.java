package org.infoshare.rights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.clock.rules.Deadline;
import org.infoshare.ledger.Ledger;
import org.infoshare.rights.rules.DecisionRules;
import org.infoshare.rights.rules.QueueOrder;
import org.infoshare.rights.rules.RequestStatus;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.rights.rules.Verdict;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListCodes;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.subject.Subject;
import org.infoshare.subject.Subjects;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rights requests from intake to decision. Anyone who deals with the public may record a request the day it
 * arrives (a request need not be in writing or name the law); the Data Protection Officer works it: checks
 * identity, finds the person in the organisation's records and confirms it is them (never matched silently),
 * pauses the clock while identity or clarification is awaited, extends it with a reason, and decides with the
 * exemptions relied on. Every step is checked, stored and ledgered in one transaction; another organisation's
 * request is "not found".
 */
@Service
public class RightsRequests {

    /** Who may record that a request arrived. */
    static final Set<Role> INTAKE = Set.of(Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN);
    /** The statuses of the queue (not yet decided), and of every request, as the lists narrow by them. */
    public static final Map<String, String> QUEUE_STATUSES = ListCodes.of(RequestStatus::label, RequestStatus.OPEN, RequestStatus.PAUSED);
    public static final Map<String, String> STATUSES = ListCodes.of(RequestStatus::label, RequestStatus.values());
    /** What a request may ask for, as the lists narrow by it. */
    public static final Map<String, String> KINDS = ListCodes.of(RightKind::label, RightKind.values());

    private final RightsRequestStore store;
    private final RightsDeadlines deadlines;
    private final RequestFacts facts;
    private final Subjects subjects;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    RightsRequests(RightsRequestStore store, RightsDeadlines deadlines, RequestFacts facts, Subjects subjects, CommandValidator validator,
                   Ledger ledger, Clock clock) {
        this.store = store;
        this.deadlines = deadlines;
        this.facts = facts;
        this.subjects = subjects;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A request with where it stands against its deadline. */
    public record Queued(RightsRequest request, RequestClock clock) {
    }

    @Transactional
    public RightsRequest record(Actor actor, RightsCommands.RecordRequest command) {
        if (INTAKE.stream().noneMatch(actor::hasRole)) {
            throw new ForbiddenException("Only staff who deal with the public record rights requests");
        }
        validator.check(command);
        UUID id = UUID.randomUUID();
        String reference = store.nextReference(command.receivedOn().getYear());
        store.insert(id, actor.organisationId(), reference, command, actor.userId(), clock.instant());
        RightsRequest request = store.find(id).orElseThrow();
        ledger.record(RightsEvents.request("received", actor, request).detail("kind", command.kind()).detail("receivedOn", command.receivedOn())
                .detail("capacity", command.capacity()).build());
        return request;
    }

    /** The organisation's open requests, all of them, overdue first (the queue read whole; its pages are {@link #page}). */
    @Transactional(readOnly = true)
    public List<Queued> queue(Actor actor) {
        requireDpoOrOverseer(actor);
        return ordered(store.forOrganisation(actor.organisationId(), true, Integer.MAX_VALUE));
    }

    /**
     * Every open request of an organisation with its clock, for the compliance dashboard's counts, its own and the
     * partnership's (000 §5.1): the oversight module, not a person, reads it, and shows no more than the reference
     * and the date outside the organisation.
     */
    @Transactional(readOnly = true)
    public List<Queued> openOf(UUID organisationId) {
        return ordered(store.forOrganisation(organisationId, true, Integer.MAX_VALUE));
    }

    /**
     * One page of the organisation's requests (ADR 0017): the queue (not yet decided, overdue first, paused last) or,
     * with {@code all}, every request newest received first; narrowed by status, what was asked for, the person
     * confirmed (the organisation's reference for them) and the days received.
     */
    @Transactional(readOnly = true)
    public Page<Queued> page(Actor actor, boolean all, String kind, ListFilter filter, PageRequest request) {
        requireDpoOrOverseer(actor);
        String status = filter.status((all ? STATUSES : QUEUE_STATUSES).keySet());
        String kindCode = ListCodes.checked(kind, KINDS, "kind", "Kind");
        return store.page(actor.organisationId(), !all, status, kindCode, subjects.personFilter(actor, filter), filter, today(), request)
                .map(r -> new Queued(r, deadlines.of(r)));
    }

    @Transactional(readOnly = true)
    public Queued request(Actor actor, UUID id) {
        RightsRequest request = find(actor, id);
        return new Queued(request, deadlines.of(request));
    }

    @Transactional
    public RightsRequest recordIdentity(Actor actor, UUID id, RightsCommands.RecordIdentity command) {
        RightsRequest request = open(actor, id);
        validator.check(command);
        notBefore(request, command.checkedOn(), "checkedOn", "The date their identity was checked must be on or after the date the request was received");
        store.identity(id, command, actor.userId());
        ledger.record(RightsEvents.request("identity-checked", actor, request).detail("check", command.check()).build());
        return store.find(id).orElseThrow();
    }

    /** A member of staff confirms who the person is, from the candidates the person search found. */
    @Transactional
    public RightsRequest confirmPerson(Actor actor, UUID id, RightsCommands.ConfirmPerson command) {
        RightsRequest request = open(actor, id);
        validator.check(command);
        Subject subject = subjects.subject(actor, command.subjectId());
        store.confirmPerson(id, subject.id(), actor.userId(), clock.instant());
        ledger.record(RightsEvents.request("person-confirmed", actor, request).detail("subject", subject.id()).build());
        return store.find(id).orElseThrow();
    }

    /** A member of staff confirms, having searched, that the organisation holds nothing about the person. */
    @Transactional
    public RightsRequest confirmNotHeld(Actor actor, UUID id) {
        RightsRequest request = open(actor, id);
        store.confirmNotHeld(id, actor.userId(), clock.instant());
        ledger.record(RightsEvents.request("person-not-held", actor, request).build());
        return store.find(id).orElseThrow();
    }

    @Transactional
    public RightsRequest pause(Actor actor, UUID id, RightsCommands.Pause command) {
        RightsRequest request = open(actor, id);
        validator.check(command);
        if (request.paused()) {
            throw new ConflictException("", "already-paused", "The clock is already paused");
        }
        notBefore(request, command.pausedOn(), "pausedOn", "The date you asked must be on or after the date the request was received");
        store.pause(id, command, actor.userId());
        ledger.record(RightsEvents.request("paused", actor, request).detail("reason", command.reason()).detail("from", command.pausedOn()).build());
        return store.find(id).orElseThrow();
    }

    @Transactional
    public RightsRequest resume(Actor actor, UUID id, RightsCommands.Resume command) {
        RightsRequest request = open(actor, id);
        validator.check(command);
        RightsRequest.PauseRecord pause = request.pauses().stream().filter(RightsRequest.PauseRecord::open).findFirst()
                .orElseThrow(() -> new ConflictException("", "not-paused", "The clock is not paused"));
        if (command.resumedOn().isBefore(pause.pausedOn())) {
            throw InvalidRequestException.of("resumedOn", "after-pause", "The date it arrived must be on or after the date you asked for it");
        }
        store.resume(id, command, actor.userId());
        ledger.record(RightsEvents.request("resumed", actor, request).detail("on", command.resumedOn()).build());
        return store.find(id).orElseThrow();
    }

    /** Two further months (UK GDPR Art 12(3)), with the reason, told to the person within the first month. */
    @Transactional
    public RightsRequest extend(Actor actor, UUID id, RightsCommands.Extend command) {
        RightsRequest request = open(actor, id);
        validator.check(command);
        if (request.extension() != null) {
            throw new ConflictException("", "already-extended", "The deadline has already been extended");
        }
        notBefore(request, command.extendedOn(), "extendedOn", "The date you told the person must be on or after the date the request was received");
        LocalDate firstMonth = deadlines.of(request).dueOn();
        if (command.extendedOn().isAfter(firstMonth)) {
            throw InvalidRequestException.of("extendedOn", "extension-too-late",
                    "An extension must be told to the person within the first month, by " + Dates.text(firstMonth));
        }
        store.extend(id, command, actor.userId());
        ledger.record(RightsEvents.request("extended", actor, request).detail("reason", command.reason()).build());
        return store.find(id).orElseThrow();
    }

    @Transactional
    public RightsRequest decide(Actor actor, UUID id, RightsCommands.Decide command) {
        RightsRequest request = open(actor, id);
        validator.check(command);
        notBefore(request, command.decidedOn(), "decidedOn", "The date of the decision must be on or after the date the request was received");
        Verdict verdict = DecisionRules.check(facts.of(request, command));
        if (!verdict.allowed()) {
            throw InvalidRequestException.of(verdict.field(), verdict.rule(), verdict.reason());
        }
        store.decide(id, command, actor.userId());
        ledger.record(RightsEvents.request("decided", actor, request).detail("outcome", command.outcome())
                .detail("exemptions", String.join(",", command.exemptions().stream().map(Enum::name).distinct().toList()))
                .detail("onTime", !command.decidedOn().isAfter(deadlines.of(request).dueOn())).build());
        return store.find(id).orElseThrow();
    }

    @Transactional
    public RightsRequest close(Actor actor, UUID id, RightsCommands.Close command) {
        RightsRequest request = find(actor, id);
        requireDpo(actor);
        validator.check(command);
        if (request.status() != RequestStatus.DECIDED) {
            throw new ConflictException("", request.status() == RequestStatus.CLOSED ? "already-closed" : "not-decided",
                    request.status() == RequestStatus.CLOSED ? "The request is already closed" : "Decide the request before closing it");
        }
        if (command.closedOn().isBefore(request.decision().decidedOn())) {
            throw InvalidRequestException.of("closedOn", "after-decision", "The date it was closed must be on or after the decision");
        }
        store.close(id, command.closedOn());
        ledger.record(RightsEvents.request("closed", actor, request).build());
        return store.find(id).orElseThrow();
    }

    /** The erasure a granted request asked for was carried out by the disposal run given. */
    @Transactional
    public void recordErasure(Actor actor, RightsRequest request, org.infoshare.retention.DisposalCertificate certificate) {
        store.erased(request.id(), certificate.finishedAt());
        ledger.record(RightsEvents.request("erased", actor, request).detail("run", certificate.runId()).detail("disposed", certificate.total()).build());
    }

    /** Earlier requests about the person, for their bundle. */
    @Transactional(readOnly = true)
    public List<RightsRequest> aboutSubject(Actor actor, UUID subjectId) {
        requireDpoOrOverseer(actor);
        return store.aboutSubject(subjectId).stream().filter(r -> actor.belongsTo(r.organisationId())).toList();
    }

    // --- helpers ---------------------------------------------------------------------------------------

    List<Queued> ordered(List<RightsRequest> requests) {
        return QueueOrder.sort(requests.stream().map(r -> {
            RequestClock c = deadlines.of(r);
            return new QueueOrder.Entry<>(new Queued(r, c), c.paused() ? Deadline.Standing.PAUSED : c.standing(), c.dueOn(), r.receivedOn());
        }).toList());
    }

    RightsRequest find(Actor actor, UUID id) {
        requireDpoOrOverseer(actor);
        return store.find(id).filter(r -> actor.belongsTo(r.organisationId())).orElseThrow(() -> new NotFoundException("Rights request"));
    }

    /** A request the DPO may still work on: not yet decided. */
    RightsRequest open(Actor actor, UUID id) {
        RightsRequest request = find(actor, id);
        requireDpo(actor);
        if (request.decided()) {
            throw new ConflictException("", "already-decided", "This request has already been decided");
        }
        return request;
    }

    private void notBefore(RightsRequest request, LocalDate date, String field, String message) {
        if (date.isBefore(request.receivedOn())) {
            throw InvalidRequestException.of(field, "after-receipt", message);
        }
    }

    static void requireDpo(Actor actor) {
        if (!actor.hasRole(Role.DATA_PROTECTION_OFFICER)) {
            throw new ForbiddenException("Only the Data Protection Officer works on rights requests");
        }
    }

    /** The DPO works requests; the Caldicott Guardian and auditors may see them. Anyone else: not found. */
    static void requireDpoOrOverseer(Actor actor) {
        if (!actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR)) {
            throw new NotFoundException("Rights request");
        }
    }

    LocalDate today() {
        return UkCalendar.today(clock);
    }
}
