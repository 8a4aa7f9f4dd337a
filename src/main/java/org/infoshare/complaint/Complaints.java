package org.infoshare.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.clock.StatutoryClock;
import org.infoshare.clock.rules.Deadline;
import org.infoshare.clock.rules.Nation;
import org.infoshare.complaint.rules.ComplaintDeadlines;
import org.infoshare.complaint.rules.ComplaintStepPolicy;
import org.infoshare.decision.SharingDecisions;
import org.infoshare.delivery.Disclosures;
import org.infoshare.delivery.Notifications;
import org.infoshare.delivery.Waiting;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.incident.Incidents;
import org.infoshare.ledger.Ledger;
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
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaints register (002 §3.2; 000 §4.2). Information governance records a complaint, which takes the
 * organisation's deadlines in force that day (working days on the statutory clock, in the organisation's nation);
 * acknowledges it; names someone in the organisation to investigate, who is told it is waiting and may record the
 * outcome; and links the decisions, disclosures and incidents it concerns.
 */
@Service
public class Complaints {

    static final Set<Role> HANDLERS = Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN);
    static final Set<Role> READERS = Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR);

    private final ComplaintStore store;
    private final StatutoryClock statutoryClock;
    private final DirectoryLookup directory;
    private final SharingDecisions decisions;
    private final Disclosures disclosures;
    private final Incidents incidents;
    private final Notifications notifications;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    Complaints(ComplaintStore store, StatutoryClock statutoryClock, DirectoryLookup directory, SharingDecisions decisions,
               Disclosures disclosures, Incidents incidents, Notifications notifications, CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.statutoryClock = statutoryClock;
        this.directory = directory;
        this.decisions = decisions;
        this.disclosures = disclosures;
        this.incidents = incidents;
        this.notifications = notifications;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    // --- the organisation's deadlines ---------------------------------------------------------------

    @Transactional(readOnly = true)
    public ComplaintDeadlines deadlines(UUID organisationId) {
        return store.settings(organisationId).orElse(ComplaintDeadlines.DEFAULT);
    }

    @Transactional
    public ComplaintDeadlines setDeadlines(Actor actor, ComplaintCommands.Settings command) {
        require(actor, HANDLERS, "Only the Data Protection Officer or Caldicott Guardian sets the organisation's complaint deadlines");
        validator.check(command);
        ComplaintDeadlines.Problem problem = ComplaintDeadlines.check(command.acknowledgeDays(), command.respondDays());
        if (problem != null) {
            throw InvalidRequestException.of(problem.field(), problem.rule(), problem.message());
        }
        ComplaintDeadlines deadlines = new ComplaintDeadlines(command.acknowledgeDays(), command.respondDays());
        store.saveSettings(actor.organisationId(), deadlines, actor.userId(), clock.instant());
        ledger.record(ComplaintEvents.settings(actor, deadlines.acknowledgeDays(), deadlines.respondDays()));
        return deadlines;
    }

    // --- the register ---------------------------------------------------------------------------------

    @Transactional
    public Complaint record(Actor actor, ComplaintCommands.RecordComplaint command) {
        require(actor, HANDLERS, "Only the Data Protection Officer or Caldicott Guardian records complaints");
        validator.check(command);
        if (command.receivedOn().isAfter(UkCalendar.today(clock))) {
            throw InvalidRequestException.of("receivedOn", "not-future", "The date the complaint was received cannot be in the future");
        }
        UUID id = UUID.randomUUID();
        Nation nation = statutoryClock.nationOf(actor.organisationId());
        store.insert(id, actor.organisationId(), command, nation, deadlines(actor.organisationId()), actor.userId(), clock.instant());
        Complaint complaint = store.find(id).orElseThrow();
        ledger.record(ComplaintEvents.received(actor, complaint));
        return complaint;
    }

    /** The statuses the lists of complaints narrow to, in the words the pages use: still open, or one step. */
    public static final Map<String, String> STATUSES = ListCodes.labels("OPEN", "Open", "RECEIVED", "Received", "ACKNOWLEDGED", "Acknowledged",
            "INVESTIGATING", "Being investigated", "CLOSED", "Closed");

    /** One page of the organisation's register, open complaints first, narrowed by status and the days received (ADR 0017). */
    @Transactional(readOnly = true)
    public Page<ComplaintView> register(Actor actor, ListFilter filter, PageRequest page) {
        require(actor, READERS, "Only information governance sees the complaints register");
        return store.ofOrganisation(actor.organisationId(), filter.status(STATUSES.keySet()), filter, page).map(this::view);
    }

    /** One page of the complaints you have been asked to investigate, narrowed like the register. */
    @Transactional(readOnly = true)
    public Page<ComplaintView> investigating(Actor actor, ListFilter filter, PageRequest page) {
        return store.investigatedBy(actor.userId(), filter.status(STATUSES.keySet()), filter, page).map(this::view);
    }

    @Transactional(readOnly = true)
    public ComplaintView complaint(Actor actor, UUID id) {
        return view(visible(actor, store.find(id)));
    }

    @Transactional
    public ComplaintView acknowledge(Actor actor, UUID id, ComplaintCommands.Acknowledge command) {
        Complaint c = handling(actor, id, ComplaintStepPolicy.Step.ACKNOWLEDGE, null);
        LocalDate on = command == null || command.acknowledgedOn() == null ? UkCalendar.today(clock) : command.acknowledgedOn();
        checkDay(on, c.receivedOn(), "acknowledgedOn", "The acknowledgement");
        store.acknowledge(id, on, actor.userId());
        ledger.record(ComplaintEvents.acknowledged(actor, id, !on.isAfter(view(c).acknowledgeBy())));
        return complaint(actor, id);
    }

    @Transactional
    public ComplaintView investigate(Actor actor, UUID id, ComplaintCommands.Investigate command) {
        Complaint c = handling(actor, id, ComplaintStepPolicy.Step.INVESTIGATE, null);
        validator.check(command);
        DirectoryLookup.Person investigator = directory.person(command.investigatorId())
                .filter(p -> p.active() && p.organisationId().equals(c.organisationId()))
                .orElseThrow(() -> InvalidRequestException.of("investigatorId", "own-staff", "Choose someone in your own organisation"));
        store.investigate(id, investigator.id(), clock.instant());
        ledger.record(ComplaintEvents.investigating(actor, id, investigator.id()));
        notifications.somethingWaiting(investigator.id(), c.organisationId(), Waiting.COMPLAINT, "/complaints/" + id);
        return complaint(actor, id);
    }

    /** Links a decision, disclosure or incident the complaint concerns: one the organisation made, sent, received or holds. */
    @Transactional
    public ComplaintView link(Actor actor, UUID id, ComplaintCommands.Link command) {
        Complaint c = handling(actor, id, ComplaintStepPolicy.Step.LINK, null);
        validator.check(command);
        boolean known = switch (command.kind()) {
            case DECISION -> found(() -> decisions.decision(actor, command.recordId()));
            case DISCLOSURE -> disclosures.involves(command.recordId(), c.organisationId());
            case INCIDENT -> found(() -> incidents.read(actor, command.recordId()));
        };
        if (!known) {
            throw InvalidRequestException.of("recordId", "unknown-record", "There is no such record in your organisation's records");
        }
        if (!store.link(id, command.kind(), command.recordId(), actor.userId(), clock.instant())) {
            throw new ConflictException("recordId", "already-linked", "That record is already linked to this complaint");
        }
        ledger.record(ComplaintEvents.linked(actor, id, command.kind(), command.recordId()));
        return complaint(actor, id);
    }

    /** The outcome, by the organisation's information governance or the complaint's investigator. */
    @Transactional
    public ComplaintView close(Actor actor, UUID id, ComplaintCommands.Close command) {
        validator.check(command);
        Complaint c = store.lock(id).filter(x -> actor.belongsTo(x.organisationId())).orElseThrow(() -> new NotFoundException("Complaint"));
        boolean investigator = actor.userId().equals(c.investigator());
        if (!investigator && !has(actor, HANDLERS)) {
            throw visibleTo(actor, c) ? new ForbiddenException("Only information governance or the investigator records the outcome")
                    : new NotFoundException("Complaint");
        }
        step(c, ComplaintStepPolicy.Step.CLOSE, command.outcome());
        LocalDate respondedOn = command.respondedOn() == null ? UkCalendar.today(clock) : command.respondedOn();
        checkDay(respondedOn, c.receivedOn(), "respondedOn", "The response");
        store.close(c, command, respondedOn, actor.userId(), clock.instant());
        ledger.record(ComplaintEvents.closed(actor, id, command.outcome(), !respondedOn.isAfter(view(c).respondBy())));
        return complaint(actor, id);
    }

    @Transactional
    public ComplaintView icoReferral(Actor actor, UUID id, ComplaintCommands.IcoReferral command) {
        Complaint c = handling(actor, id, ComplaintStepPolicy.Step.ICO_REFERRAL, null);
        validator.check(command);
        checkDay(command.referredOn(), c.receivedOn(), "referredOn", "The referral to the ICO");
        store.icoReferral(id, command.referredOn());
        ledger.record(ComplaintEvents.icoReferral(actor, id));
        return complaint(actor, id);
    }

    /** Open complaints with their deadlines: for oversight (all organisations when null). */
    @Transactional(readOnly = true)
    public List<ComplaintView> open(Collection<UUID> organisations) {
        return store.open(organisations).stream().map(this::view).toList();
    }

    // --- helpers --------------------------------------------------------------------------------------

    ComplaintView view(Complaint c) {
        Deadline acknowledge = statutoryClock.workingDaysAfter(c.receivedOn(), c.deadlines().acknowledgeDays(), c.nation());
        Deadline respond = statutoryClock.workingDaysAfter(c.receivedOn(), c.deadlines().respondDays(), c.nation());
        return new ComplaintView(c, acknowledge.dueOn(), statutoryClock.standing(acknowledge), respond.dueOn(), statutoryClock.standing(respond));
    }

    private Complaint visible(Actor actor, java.util.Optional<Complaint> complaint) {
        return complaint.filter(c -> visibleTo(actor, c)).orElseThrow(() -> new NotFoundException("Complaint"));
    }

    private static boolean visibleTo(Actor actor, Complaint c) {
        return actor.belongsTo(c.organisationId()) && (has(actor, READERS) || actor.userId().equals(c.investigator()));
    }

    private Complaint handling(Actor actor, UUID id, ComplaintStepPolicy.Step step, org.infoshare.complaint.rules.ComplaintOutcome outcome) {
        Complaint c = visible(actor, store.lock(id));
        require(actor, HANDLERS, "Only the Data Protection Officer or Caldicott Guardian takes this step");
        step(c, step, outcome);
        return c;
    }

    private static void step(Complaint c, ComplaintStepPolicy.Step step, org.infoshare.complaint.rules.ComplaintOutcome outcome) {
        ComplaintStepPolicy.Verdict verdict = ComplaintStepPolicy.check(c.status(), step, outcome);
        if (!verdict.allowed()) {
            throw new ConflictException("", verdict.rule(), verdict.message());
        }
    }

    private void checkDay(LocalDate day, LocalDate received, String field, String what) {
        if (day.isAfter(UkCalendar.today(clock))) {
            throw InvalidRequestException.of(field, "not-future", what + " cannot be dated in the future");
        }
        if (day.isBefore(received)) {
            throw InvalidRequestException.of(field, "after-receipt", what + " cannot be dated before the complaint was received");
        }
    }

    private static boolean found(Runnable lookup) {
        try {
            lookup.run();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static boolean has(Actor actor, Set<Role> roles) {
        return roles.stream().anyMatch(actor::hasRole);
    }

    private static void require(Actor actor, Set<Role> roles, String message) {
        if (!has(actor, roles)) {
            throw new ForbiddenException(message);
        }
    }
}
