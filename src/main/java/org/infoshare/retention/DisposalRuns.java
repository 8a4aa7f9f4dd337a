package org.infoshare.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.infoshare.ledger.Ledger;
import org.infoshare.retention.rules.DisposalDate;
import org.infoshare.retention.rules.RecordType;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListCodes;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.subject.Subjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disposal runs (002 §4.9): the Data Protection Officer previews what is due and starts a run, and every night a
 * scheduled run does the same for each organisation that has set retention rules. A run disposes of what is due and
 * not held, in batches, through {@link DisposalExecution}, and ends with a certificate. An erasure granted under a
 * rights request disposes of everything about one person at once, through the same path, unless a hold forbids it.
 */
@Service
public class DisposalRuns {

    private static final Logger log = LoggerFactory.getLogger(DisposalRuns.class);
    static final int SAMPLE = 50;

    /** What a run would do today. */
    public record Preview(LocalDate today, List<DisposalCertificate.Line> due, long total, long held, long waiting, List<Sample> sample) {
    }

    /** One record that is due, as the preview lists it (ids and dates only). */
    public record Sample(RecordType recordType, UUID recordId, LocalDate dueOn, String reason) {
    }

    private final DisposalPlanner planner;
    private final DueRecords dueRecords;
    private final DisposalExecution execution;
    private final CertificateStore certificates;
    private final RetentionStore rules;
    private final Subjects subjects;
    private final Ledger ledger;
    private final Clock clock;

    DisposalRuns(DisposalPlanner planner, DueRecords dueRecords, DisposalExecution execution, CertificateStore certificates, RetentionStore rules, Subjects subjects,
                 Ledger ledger, Clock clock) {
        this.planner = planner;
        this.dueRecords = dueRecords;
        this.execution = execution;
        this.certificates = certificates;
        this.rules = rules;
        this.subjects = subjects;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Preview preview(Actor actor) {
        RetentionRules.requireDpo(actor);
        LocalDate today = UkCalendar.today(clock);
        List<DisposalPlanner.Planned> plan = planner.plan(actor.organisationId(), today);
        List<DisposalPlanner.Planned> due = plan.stream().filter(p -> p.dueOn(today)).toList();
        return new Preview(today, DisposalExecution.lines(due), due.size(),
                plan.stream().filter(p -> p.date().kind() == DisposalDate.Kind.HELD).count(),
                plan.stream().filter(p -> p.date().kind() == DisposalDate.Kind.WAITING).count(),
                due.stream().sorted(Comparator.comparing((DisposalPlanner.Planned p) -> p.date().date())).limit(SAMPLE)
                        .map(p -> new Sample(p.type(), p.recordId(), p.date().date(), p.date().reason())).toList());
    }

    /** Every record about one person and when it is due to go. */
    @Transactional(readOnly = true)
    public List<Sample> schedule(Actor actor, UUID subjectId) {
        subjects.subject(actor, subjectId);
        return planner.plan(actor.organisationId(), UkCalendar.today(clock)).stream().filter(p -> subjectId.equals(p.subjectId()))
                .map(p -> new Sample(p.type(), p.recordId(), p.date().date(), p.date().reason())).toList();
    }

    /** Records a "review every N years" rule has brought due for review, earliest first. */
    @Transactional(readOnly = true)
    public List<Sample> reviewsDue(Actor actor) {
        RetentionRules.requireDpo(actor);
        LocalDate today = UkCalendar.today(clock);
        return planner.plan(actor.organisationId(), today).stream()
                .filter(p -> p.date().kind() == DisposalDate.Kind.REVIEW_ON && !p.date().date().isAfter(today))
                .sorted(java.util.Comparator.comparing((DisposalPlanner.Planned p) -> p.date().date()))
                .map(p -> new Sample(p.type(), p.recordId(), p.date().date(), p.date().reason())).toList();
    }

    /** Runs now, for the caller's organisation. */
    public DisposalCertificate start(Actor actor) {
        RetentionRules.requireDpo(actor);
        return run(actor.organisationId(), actor, DisposalCertificate.Trigger.MANUAL);
    }

    /** The nightly run, for every organisation that has set a retention rule; one organisation's failure does not stop the others. */
    void nightly() {
        for (UUID organisation : certificates.organisationsWithRules()) {
            try {
                run(organisation, null, DisposalCertificate.Trigger.SCHEDULED);
            } catch (RuntimeException e) {
                log.error("The scheduled disposal run for organisation {} failed", organisation, e);
            }
        }
    }

    /**
     * A run: the due records are worked out in the database ({@link DueRecords}, ADR 0095), only they come back, and
     * they go through {@link DisposalExecution}; while a rule runs from a birthday (whose date is sealed) the planner in
     * Java works it out instead.
     */
    DisposalCertificate run(UUID organisation, Actor actor, DisposalCertificate.Trigger trigger) {
        LocalDate today = UkCalendar.today(clock);
        List<StoredRule> current = rules.currentRules(organisation);
        if (DueRecords.canPlan(current)) {
            DueRecords.Due due = dueRecords.due(organisation, today, current);
            Map<UUID, StoredRule> byId = current.stream().collect(Collectors.toMap(StoredRule::id, r -> r));
            List<DisposalPlanner.Planned> planned = due.due().stream().map(r -> new DisposalPlanner.Planned(r.type(), r.id(), r.subject(),
                    r.ruleId() == null ? null : byId.get(r.ruleId()), DisposalDate.disposeOn(r.date(), "Due"))).toList();
            return execution.execute(organisation, actor, trigger, null, planned, due.held());
        }
        List<DisposalPlanner.Planned> plan = planner.plan(organisation, today);
        List<DisposalPlanner.Planned> due = plan.stream().filter(p -> p.dueOn(today)).toList();
        int held = (int) plan.stream().filter(p -> p.date().kind() == DisposalDate.Kind.HELD).count();
        return execution.execute(organisation, actor, trigger, null, due, held);
    }

    /**
     * Erases everything the organisation holds about one person now (UK GDPR Art 17), whatever its retention, through
     * the disposal path; refused while anything about them is held.
     */
    public DisposalCertificate erase(Actor actor, UUID subjectId, UUID requestId) {
        RetentionRules.requireDpo(actor);
        subjects.subject(actor, subjectId);
        List<DisposalPlanner.Planned> about = planner.plan(actor.organisationId(), UkCalendar.today(clock)).stream()
                .filter(p -> subjectId.equals(p.subjectId()) && p.type() != RecordType.RIGHTS_REQUEST).toList();
        if (about.stream().anyMatch(p -> p.date().kind() == DisposalDate.Kind.HELD)) {
            throw new ConflictException("", "held", "Information about this person is under a legal hold: lift the hold, or refuse the erasure "
                    + "relying on the exemption the hold is for");
        }
        List<DisposalPlanner.Planned> erased = new ArrayList<>();
        for (DisposalPlanner.Planned p : about) {
            erased.add(new DisposalPlanner.Planned(p.type(), p.recordId(), p.subjectId(), null,
                    DisposalDate.disposeOn(UkCalendar.today(clock), "Erased under a rights request")));
        }
        return execution.execute(actor.organisationId(), actor, DisposalCertificate.Trigger.ERASURE, requestId, erased, 0);
    }

    /** What started a run, as the certificates are narrowed by it, with the words the page uses. */
    public static final Map<String, String> TRIGGERS = ListCodes.of(DisposalCertificate.Trigger::label, DisposalCertificate.Trigger.values());

    /** One page of the organisation's certificates, the latest run first; status is what started the run, the days when it started. */
    @Transactional(readOnly = true)
    public Page<DisposalCertificate> certificates(Actor actor, ListFilter filter, PageRequest request) {
        RetentionRules.requireDpo(actor);
        return certificates.forOrganisation(actor.organisationId(), ListCodes.checked(filter.status(), TRIGGERS, "status", "Started by"), filter, request);
    }

    @Transactional(readOnly = true)
    public DisposalCertificate certificate(Actor actor, UUID runId) {
        RetentionRules.requireDpo(actor);
        return certificates.find(runId).filter(c -> actor.belongsTo(c.organisationId())).orElseThrow(() -> new NotFoundException("Certificate"));
    }
}
