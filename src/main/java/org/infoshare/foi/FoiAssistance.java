package org.infoshare.foi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.clock.StatutoryClock;
import org.infoshare.clock.rules.Deadline;
import org.infoshare.clock.rules.Nation;
import org.infoshare.delivery.Notifications;
import org.infoshare.delivery.Waiting;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.foi.rules.Ask;
import org.infoshare.foi.rules.Exemption;
import org.infoshare.foi.rules.ExemptionPolicy;
import org.infoshare.foi.rules.Regime;
import org.infoshare.foi.rules.ReminderPolicy;
import org.infoshare.foi.rules.Stage;
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
 * FOI and EIR assistance between partners (002 §2.8). The holder's information governance asks partners for views
 * or data; each partner's Data Protection Officer is notified and has 2 working days to respond and 7 to complete
 * any data exchange, counted on the statutory clock in the partner's nation from the day after receipt. A partner
 * is reminded when a stage falls due and escalated to its Caldicott Guardian and the holder when it is overdue.
 * Only the holder decides the request.
 */
@Service
public class FoiAssistance {

    static final Set<Role> HANDLERS = Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN);
    static final Set<Role> READERS = Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR);

    private final FoiStore store;
    private final StatutoryClock statutoryClock;
    private final DirectoryLookup directory;
    private final Notifications notifications;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    FoiAssistance(FoiStore store, StatutoryClock statutoryClock, DirectoryLookup directory, Notifications notifications,
                  CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.statutoryClock = statutoryClock;
        this.directory = directory;
        this.notifications = notifications;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    // --- the holder -------------------------------------------------------------------------------------

    @Transactional
    public FoiRequest ask(Actor actor, FoiCommands.AskForAssistance command) {
        requireRole(actor, HANDLERS, "Only the Data Protection Officer or Caldicott Guardian asks partners for FOI assistance");
        validator.check(command);
        LocalDate today = UkCalendar.today(clock);
        if (command.receivedOn().isAfter(today)) {
            throw InvalidRequestException.of("receivedOn", "not-future", "The date you received the request cannot be in the future");
        }
        if (command.partners().contains(actor.organisationId())) {
            throw InvalidRequestException.of("partners", "other-organisation", "Choose other organisations: your own holds the request");
        }
        for (UUID partner : command.partners()) {
            directory.organisation(partner).orElseThrow(() -> InvalidRequestException.of("partners", "unknown", "Choose organisations in the partnership"));
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        store.insertRequest(id, actor.organisationId(), command, actor.userId(), now);
        FoiRequest request = store.request(id).orElseThrow();
        ledger.record(FoiEvents.requested(actor, request, command.partners().size()));
        for (UUID partner : command.partners().stream().sorted().toList()) {
            Nation nation = statutoryClock.nationOf(partner);
            LocalDate respondBy = statutoryClock.workingDaysAfter(today, Stage.RESPONSE.workingDays(), nation).dueOn();
            LocalDate completeBy = command.asks().contains(Ask.DATA)
                    ? statutoryClock.workingDaysAfter(today, Stage.EXCHANGE.workingDays(), nation).dueOn() : null;
            UUID consultation = UUID.randomUUID();
            store.insertConsultation(consultation, id, partner, now, today, nation, respondBy, completeBy);
            ledger.record(FoiEvents.consulted(actor, consultation, id, partner, respondBy, completeBy));
            tell(partner, Set.of(Role.DATA_PROTECTION_OFFICER), consultation);
        }
        return request;
    }

    /** The holder's request with every partner's consultation: for the holder's information governance and auditors. */
    @Transactional(readOnly = true)
    public List<ConsultationView> request(Actor actor, UUID id) {
        FoiRequest request = store.request(id).filter(r -> actor.belongsTo(r.organisationId()) && has(actor, READERS))
                .orElseThrow(() -> new NotFoundException("FOI request"));
        return store.consultationsOf(id).stream().map(c -> view(c, request)).toList();
    }

    @Transactional(readOnly = true)
    public FoiRequest requestRecord(Actor actor, UUID id) {
        return store.request(id).filter(r -> actor.belongsTo(r.organisationId()) && has(actor, READERS))
                .orElseThrow(() -> new NotFoundException("FOI request"));
    }

    /** The statuses the requests asked of partners narrow to, in the words the pages use. */
    public static final Map<String, String> STATUSES = ListCodes.labels("OPEN", "Open", "DECIDED", "Decided");

    /**
     * One page of the requests your organisation asked partners to help with, open first, narrowed by status, a
     * partner asked and the days received (ADR 0017).
     */
    @Transactional(readOnly = true)
    public Page<FoiRequest> sent(Actor actor, ListFilter filter, PageRequest page) {
        requireRole(actor, READERS, "Only information governance sees FOI assistance");
        return store.requestsOf(actor.organisationId(), filter.status(STATUSES.keySet()), filter, page);
    }

    /** The holder chases a partner now, without waiting for the daily reminder. */
    @Transactional
    public void remind(Actor actor, UUID consultationId) {
        requireRole(actor, HANDLERS, "Only the Data Protection Officer or Caldicott Guardian sends reminders");
        Consultation c = store.lockConsultation(consultationId).orElseThrow(() -> new NotFoundException("Consultation"));
        FoiRequest request = store.request(c.requestId()).filter(r -> actor.belongsTo(r.organisationId()))
                .orElseThrow(() -> new NotFoundException("Consultation"));
        ConsultationView view = view(c, request);
        if (view.owed() == null || request.decided()) {
            throw new ConflictException("", "nothing-owed", "This organisation owes nothing more on this request");
        }
        store.reminded(c.id(), view.owed(), clock.instant());
        ledger.record(FoiEvents.chased("foi.consultation.reminded", actor.userId(), actor.organisationId(), c, view.owed()));
        tell(c.organisationId(), Set.of(Role.DATA_PROTECTION_OFFICER), c.id());
    }

    /** The holder's own decision: it stays with the holder, whatever partners advised. */
    @Transactional
    public FoiRequest decide(Actor actor, UUID id, FoiCommands.Decide command) {
        requireRole(actor, HANDLERS, "Only the Data Protection Officer or Caldicott Guardian records the decision");
        FoiRequest request = store.lockRequest(id).filter(r -> actor.belongsTo(r.organisationId()))
                .orElseThrow(() -> new NotFoundException("FOI request"));
        if (request.decided()) {
            throw new ConflictException("", "already-decided", "The decision on this request has already been recorded");
        }
        validator.check(command);
        checkExemptions(request.regime(), command.exemptions());
        store.decide(request, command, actor.userId(), clock.instant());
        ledger.record(FoiEvents.decided(actor, request, command.decision(), command.exemptions() == null ? 0 : command.exemptions().size()));
        return store.request(id).orElseThrow();
    }

    // --- the partner ------------------------------------------------------------------------------------

    /** A consultation, for the partner asked (its information governance and auditors) or the holder's. */
    @Transactional(readOnly = true)
    public ConsultationView consultation(Actor actor, UUID id) {
        Consultation c = store.consultation(id).orElseThrow(() -> new NotFoundException("Consultation"));
        FoiRequest request = store.request(c.requestId()).orElseThrow();
        boolean partner = actor.belongsTo(c.organisationId());
        boolean holder = actor.belongsTo(request.organisationId());
        if (!(partner || holder) || !has(actor, READERS)) {
            throw new NotFoundException("Consultation");
        }
        return view(c, request);
    }

    /** The steps a consultation received narrows to: sent and not answered, answered, or complete. */
    public static final Map<String, String> CONSULTATION_STATUSES = ListCodes.labels("SENT", "Waiting for your views", "RESPONDED",
            "Views given", "COMPLETED", "Complete");

    /**
     * One page of what partners have asked of your organisation, those still owing something first (ADR 0017):
     * narrowed by status, the organisation asking and the days received.
     */
    @Transactional(readOnly = true)
    public Page<ConsultationView> received(Actor actor, ListFilter filter, PageRequest page) {
        requireRole(actor, READERS, "Only information governance sees FOI assistance");
        Page<Consultation> list = store.consultationsFor(actor.organisationId(), filter.status(CONSULTATION_STATUSES.keySet()), filter, page);
        var requests = store.requests(list.items().stream().map(Consultation::requestId).distinct().toList()).stream()
                .collect(java.util.stream.Collectors.toMap(FoiRequest::id, r -> r));
        return list.map(c -> view(c, requests.get(c.requestId())));
    }

    @Transactional
    public ConsultationView respond(Actor actor, UUID id, FoiCommands.Respond command) {
        Consultation c = answering(actor, id);
        FoiRequest request = store.request(c.requestId()).orElseThrow();
        if (c.responded()) {
            throw new ConflictException("", "already-responded", "Your organisation has already responded");
        }
        validator.check(command);
        checkExemptions(request.regime(), command.exemptions());
        boolean complete = !request.asks().contains(Ask.DATA);
        boolean concerns = command.concerns() || (command.exemptions() != null && !command.exemptions().isEmpty());
        store.respond(c, complete, new FoiCommands.Respond(command.views(), concerns, command.exemptions()), actor.userId(), clock.instant());
        ledger.record(FoiEvents.responded(actor, c, concerns, command.exemptions() == null ? 0 : command.exemptions().size(),
                inTime(c, Stage.RESPONSE)));
        if (complete) {
            ledger.record(FoiEvents.completed(actor, c, inTime(c, Stage.RESPONSE)));
        }
        return view(store.consultation(id).orElseThrow(), request);
    }

    @Transactional
    public ConsultationView completeExchange(Actor actor, UUID id, FoiCommands.CompleteExchange command) {
        Consultation c = answering(actor, id);
        FoiRequest request = store.request(c.requestId()).orElseThrow();
        if (!c.responded()) {
            throw new ConflictException("", "respond-first", "Respond with your views first");
        }
        if (c.completed()) {
            throw new ConflictException("", "already-completed", "Your organisation has already completed the exchange");
        }
        validator.check(command);
        store.complete(c, command.data().strip(), actor.userId(), clock.instant());
        ledger.record(FoiEvents.completed(actor, c, inTime(c, Stage.EXCHANGE)));
        return view(store.consultation(id).orElseThrow(), request);
    }

    // --- reminders and escalation ---------------------------------------------------------------------

    /**
     * Reminds partners whose response or exchange falls due (once per stage) and escalates those overdue (once per
     * stage): to the partner's Caldicott Guardian and Data Protection Officer, and the holder's. Returns how many
     * were reminded and escalated. One instance sweeps at a time.
     */
    @Transactional
    public Sweep sweep() {
        if (!store.trySweepLock()) {
            return new Sweep(0, 0);
        }
        int reminded = 0;
        int escalated = 0;
        var requests = new java.util.HashMap<UUID, FoiRequest>();
        for (Consultation c : store.owing(null)) {
            FoiRequest request = requests.computeIfAbsent(c.requestId(), r -> store.request(r).orElseThrow());
            ConsultationView view = view(c, request);
            ReminderPolicy.Verdict verdict = ReminderPolicy.next(state(view));
            Instant now = clock.instant();
            if (verdict.action() == ReminderPolicy.Action.REMIND) {
                store.reminded(c.id(), verdict.stage(), now);
                ledger.record(FoiEvents.chased("foi.consultation.reminded", null, c.organisationId(), c, verdict.stage()));
                tell(c.organisationId(), Set.of(Role.DATA_PROTECTION_OFFICER), c.id());
                reminded++;
            } else if (verdict.action() == ReminderPolicy.Action.ESCALATE) {
                store.escalated(c.id(), verdict.stage(), now);
                ledger.record(FoiEvents.chased("foi.consultation.escalated", null, c.organisationId(), c, verdict.stage()));
                tell(c.organisationId(), Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN), c.id());
                tell(request.organisationId(), Set.of(Role.DATA_PROTECTION_OFFICER), c.id());
                escalated++;
            }
        }
        return new Sweep(reminded, escalated);
    }

    public record Sweep(int reminded, int escalated) {
    }

    /** Every consultation still owing something, with its clocks: for oversight (all organisations when null). */
    @Transactional(readOnly = true)
    public List<ConsultationView> owing(java.util.Collection<UUID> organisations) {
        var requests = new java.util.HashMap<UUID, FoiRequest>();
        return store.owing(organisations).stream()
                .map(c -> view(c, requests.computeIfAbsent(c.requestId(), r -> store.request(r).orElseThrow()))).toList();
    }

    // --- helpers --------------------------------------------------------------------------------------

    ConsultationView view(Consultation c, FoiRequest request) {
        Instant now = clock.instant();
        Deadline response = statutoryClock.workingDaysAfter(c.receivedOn(), Stage.RESPONSE.workingDays(), c.nation());
        Deadline exchange = request.asks().contains(Ask.DATA)
                ? statutoryClock.workingDaysAfter(c.receivedOn(), Stage.EXCHANGE.workingDays(), c.nation()) : null;
        ConsultationView partial = new ConsultationView(c, request, response.dueOn(), response.standing(now),
                exchange == null ? null : exchange.dueOn(), exchange == null ? null : exchange.standing(now), null);
        return new ConsultationView(c, request, partial.responseDueOn(), partial.responseStanding(), partial.exchangeDueOn(),
                partial.exchangeStanding(), ReminderPolicy.owed(state(partial)));
    }

    private static ReminderPolicy.State state(ConsultationView v) {
        Consultation c = v.consultation();
        return new ReminderPolicy.State(v.request().decided(), c.responded(), c.completed(), v.responseStanding(), v.exchangeStanding(),
                c.remindedStage(), c.escalatedStage());
    }

    private boolean inTime(Consultation c, Stage stage) {
        return !clock.instant().isAfter(statutoryClock.workingDaysAfter(c.receivedOn(), stage.workingDays(), c.nation()).dueAt());
    }

    private Consultation answering(Actor actor, UUID id) {
        Consultation c = store.lockConsultation(id).filter(x -> actor.belongsTo(x.organisationId()) && has(actor, READERS))
                .orElseThrow(() -> new NotFoundException("Consultation"));
        requireRole(actor, HANDLERS, "Only the Data Protection Officer or Caldicott Guardian answers for the organisation");
        if (store.request(c.requestId()).orElseThrow().decided()) {
            throw new ConflictException("", "decided", "The holder has already decided this request");
        }
        return c;
    }

    private void checkExemptions(Regime regime, Set<Exemption> exemptions) {
        ExemptionPolicy.Verdict verdict = ExemptionPolicy.check(regime, exemptions == null ? Set.of() : exemptions);
        if (!verdict.allowed()) {
            throw InvalidRequestException.of("exemptions", "regime", verdict.misfit().citation() + " does not apply to a request under the "
                    + regime.label());
        }
    }

    private void tell(UUID organisation, Set<Role> roles, UUID consultation) {
        directory.people(organisation).stream().filter(p -> p.active() && p.roles().stream().anyMatch(roles::contains))
                .forEach(p -> notifications.somethingWaiting(p.id(), organisation, Waiting.REQUEST, "/foi/consultations/" + consultation));
    }

    private static boolean has(Actor actor, Set<Role> roles) {
        return roles.stream().anyMatch(actor::hasRole);
    }

    private static void requireRole(Actor actor, Set<Role> roles, String message) {
        if (!has(actor, roles)) {
            throw new ForbiddenException(message);
        }
    }
}
