package org.infoshare.linkage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.dataset.DatasetUpload;
import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListCodes;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Linkage runs, for the plan's analysts only: started (one at a time per plan, in the background), watched,
 * and published to the early help team once the analyst has reviewed what needed review.
 */
@Service
public class LinkageRuns {

    /** The runs' statuses as their lists narrow by them, with the words the pages use. */
    public static final Map<String, String> STATUSES = ListCodes.labels("RUNNING", "Running", "FINISHED", "Finished",
            "PUBLISHED", "Published", "FAILED", "Failed");
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final LinkagePlans plans;
    private final LinkageRunStore store;
    private final LinkageSources sources;
    private final LinkageRunner runner;
    private final LinkageRunJob job;
    private final Ledger ledger;
    private final Clock clock;

    LinkageRuns(LinkagePlans plans, LinkageRunStore store, LinkageSources sources, LinkageRunner runner, LinkageRunJob job, Ledger ledger,
                Clock clock) {
        this.plans = plans;
        this.store = store;
        this.sources = sources;
        this.runner = runner;
        this.job = job;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Starts a run over the latest extracts; it goes on in the background after this returns. */
    @Transactional
    public LinkageRun start(Actor actor, UUID planId) {
        LinkagePlan plan = plans.forAnalyst(actor, planId);
        store.running(plan.id()).filter(run -> run.startedAt().isAfter(clock.instant().minus(LinkageRunner.ABANDONED_AFTER)))
                .ifPresent(run -> {
                    throw new ConflictException("", "running", "A run of this linkage is already going: wait for it to finish");
                });
        UUID id = UUID.randomUUID();
        LocalDate asOf = LocalDate.now(clock.withZone(UK));
        store.insertRun(id, plan.id(), clock.instant(), actor.userId(), asOf, plan.version(), plan.outcomes().version());
        ledger.record(LinkageEvents.runStarted(actor, plan, id, asOf));
        Runnable work = () -> job.execute(actor, plan, id, asOf, runner.threads());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    runner.submit(work);
                }
            });
        } else {
            runner.submit(work);
        }
        return store.run(id).orElseThrow();
    }

    /**
     * A run, for whoever sees its plan: its status, counts and model say nothing about a person. Its pairs, people
     * and families are for the analysts ({@link #analystOf}) and the early help team.
     */
    @Transactional(readOnly = true)
    public LinkageRun get(Actor actor, UUID runId) {
        LinkageRun run = store.run(runId).orElseThrow(() -> new NotFoundException("Linkage run"));
        try {
            plans.get(actor, run.planId());
        } catch (NotFoundException e) {
            throw new NotFoundException("Linkage run");
        }
        return run;
    }

    /** One page of the linkage's runs, newest first, narrowed by status and the days started (ADR 0017). */
    @Transactional(readOnly = true)
    public Page<LinkageRun> list(Actor actor, UUID planId, ListFilter filter, PageRequest request) {
        LinkagePlan plan = plans.get(actor, planId);
        return store.runsOf(List.of(plan.id()), status(filter), filter, request);
    }

    /** One page of the runs of every linkage you see, newest first within each, narrowed as {@link #list} is. */
    @Transactional(readOnly = true)
    public Page<LinkageRun> visibleTo(Actor actor, ListFilter filter, PageRequest request) {
        return store.runsOf(plans.visibleTo(actor).stream().map(LinkagePlan::id).toList(), status(filter), filter, request);
    }

    private static String status(ListFilter filter) {
        return ListCodes.checked(filter.status(), STATUSES, "status", "Status");
    }

    /** The partners' datasets the next run would read (newest from each). */
    @Transactional(readOnly = true)
    public List<DatasetUpload> nextSources(Actor actor, UUID planId) {
        return sources.datasetsFor(actor, plans.forAnalyst(actor, planId));
    }

    /** Releases a finished run's families to the early help team's worklist, replacing the worklist they had. */
    @Transactional
    public LinkageRun publish(Actor actor, UUID runId) {
        LinkageRun run = get(actor, runId);
        LinkagePlan plan = plans.forAnalyst(actor, run.planId());
        if (!run.finished()) {
            throw new ConflictException("", "finished", "Only a finished run can be published");
        }
        if (run.published()) {
            throw new ConflictException("", "published", "This run is already published");
        }
        store.publish(run.id(), clock.instant(), actor.userId());
        ledger.record(LinkageEvents.published(actor, plan, run.id(), run.summary().familiesMeetingAnArea(), run.summary().eligibleFamilies()));
        return store.run(run.id()).orElseThrow();
    }

    /** The run's plan, for one of its analysts; anyone else is told the run does not exist. */
    LinkagePlan analystOf(Actor actor, LinkageRun run) {
        try {
            LinkagePlan plan = plans.get(actor, run.planId());
            if (LinkageAccess.analyses(actor, plan)) {
                return plan;
            }
        } catch (NotFoundException e) {
            // the same answer as below
        }
        throw new NotFoundException("Linkage run");
    }
}
