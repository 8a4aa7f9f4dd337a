package org.infoshare.linkage;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.ledger.Ledger;
import org.infoshare.linkage.rules.clustering.PersonClustering;
import org.infoshare.linkage.rules.outcomes.HeadlineArea;
import org.infoshare.linkage.rules.outcomes.ProgressAssessment;
import org.infoshare.linkage.rules.pipeline.LinkagePipeline;
import org.infoshare.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run, in the background: read the sources, link, cluster, form families, assess them; then, in one
 * transaction with its ledger entries, store what the analyst and the early help team will need and each
 * programme family's progress. A source that cannot be used fails the run with the reason; nothing is stored.
 */
@Component
class LinkageRunJob {

    private static final Logger log = LoggerFactory.getLogger(LinkageRunJob.class);

    private final LinkageSources sources;
    private final LinkageRunStore runs;
    private final WorklistStore worklist;
    private final EvidenceDigests digests;
    private final Ledger ledger;
    private final java.time.Clock clock;
    private final TransactionTemplate transaction;

    LinkageRunJob(LinkageSources sources, LinkageRunStore runs, WorklistStore worklist, EvidenceDigests digests,
                  Ledger ledger, java.time.Clock clock, PlatformTransactionManager transactions) {
        this.sources = sources;
        this.runs = runs;
        this.worklist = worklist;
        this.digests = digests;
        this.ledger = ledger;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** @param plan the plan as it was when the run started (its versions are the run's) */
    void execute(Actor actor, LinkagePlan plan, UUID runId, LocalDate asOf, int threads) {
        long started = System.nanoTime();
        try {
            RunInput input = RunInput.of(sources.read(actor, plan), plan.secretFingerprint());
            PersonClustering.Decisions decisions = input.decisions(runs.decisions(plan.id(), plan.agreementId()));
            LinkagePipeline.Result result = LinkagePipeline.run(input.input, plan.settings(), null, decisions, plan.outcomes(), asOf, threads);
            RunResults results = new RunResults(input, result, decisions);
            List<LinkageRunStore.StoredPair> pairs = results.pairs(plan.settings().reviewWeight(), plan.settings().matchWeight());
            List<LinkageRunStore.StoredPerson> flagged = results.flagged();
            List<WorklistStore.StoredFamily> families = results.families();
            List<LinkageRun.ModelParameter> model = result.model().parameters().stream()
                    .map(p -> new LinkageRun.ModelParameter(p.field().name(), p.level().name(), p.m(), p.u(), p.partialWeight())).toList();
            transaction.executeWithoutResult(status -> {
                runs.insertPairs(runId, plan.agreementId(), pairs);
                runs.insertPeople(runId, plan.agreementId(), flagged);
                worklist.insertFamilies(runId, plan.agreementId(), families);
                int assessed = progress(actor, plan, runId, asOf, results);
                var stats = result.linkage().statistics();
                LinkageRun.Summary summary = new LinkageRun.Summary(input.keys.size(), results.people().count(), results.familyGroups().count(),
                        families.size(), families.stream().filter(WorklistStore.StoredFamily::eligible).count(), pairs.size(), flagged.size(),
                        stats.comparisons(), stats.aboveMatch(),
                        decisions.confirmed().size() + decisions.rejected().size() + decisions.apart().size(),
                        result.people().refused().size(), result.families().communalAddresses(), assessed,
                        (System.nanoTime() - started) / 1_000_000);
                runs.finish(runId, clock.instant(), input.sources, summary, result.model().prior(), model);
                ledger.record(LinkageEvents.runFinished(actor, plan, runId, summary, input.sources.size(),
                        LinkagePlans.sha256(model.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            });
        } catch (LinkageSources.Refused e) {
            fail(actor, plan, runId, e.code, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Linkage run {} failed", runId, e);
            fail(actor, plan, runId, "error", "The run stopped on an unexpected error; the service's log has the details");
        }
    }

    private void fail(Actor actor, LinkagePlan plan, UUID runId, String code, String message) {
        transaction.executeWithoutResult(status -> {
            runs.fail(runId, clock.instant(), message);
            ledger.record(LinkageEvents.runFailed(actor, plan, runId, code));
        });
    }

    /** Each programme family found again in this run: its progress against the plan, stored and ledgered with its digest. */
    private int progress(Actor actor, LinkagePlan plan, UUID runId, LocalDate asOf, RunResults results) {
        int assessed = 0;
        for (WorklistStore.StoredProgramme programme : worklist.programme(plan.id(), plan.agreementId())) {
            if (asOf.isBefore(programme.baseline())) {
                continue;
            }
            RunResults.Found found = results.find(LinkageRunStore.keys(programme.content().members()));
            if (found == null) {
                continue;
            }
            Set<HeadlineArea> atBaseline = EnumSet.noneOf(HeadlineArea.class);
            programme.content().areas().forEach(a -> atBaseline.add(HeadlineArea.valueOf(a)));
            ProgressAssessment assessment = RunResults.progress(plan.outcomes(), found, programme.baseline(), atBaseline, asOf);
            String digest = digests.ofEvidence(plan.agreementId(), plan.outcomes().version(), found.facts());
            worklist.insertProgress(new WorklistStore.StoredProgress(programme.id(), runId, clock.instant(), assessment.significantAndSustained(),
                    (int) assessment.improved(), assessment.areas().size(), digest,
                    new StoredShapes.Progress(StoredShapes.SHAPE, assessment.baseline(), assessment.asOf(), assessment.planVersion(),
                            assessment.significantAndSustained(), assessment.reason(), assessment.areas().stream()
                            .map(a -> new StoredShapes.AreaProgress(a.area().name(), a.metNow(), a.resolvedSince(), a.sustained())).toList(),
                            found.familyNo())), plan.agreementId());
            ledger.record(LinkageEvents.progressAssessed(actor, plan, runId, programme.id(), assessment.significantAndSustained(),
                    (int) assessment.improved(), assessment.areas().size(), digest));
            assessed++;
        }
        return assessed;
    }
}
