package org.infoshare.linkage;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.infoshare.ledger.Ledger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs linkages one at a time on a thread of their own, with the cores the operator allows
 * ({@code INFOSHARE_LINKAGE_THREADS}, every core by default); and closes runs that a stopped process left
 * running, which can never finish ({@link LinkageBackgroundJobs}).
 */
@Component
class LinkageRunner {

    /** Far longer than a county's run takes: a run still going after this was left by a process that stopped. */
    static final Duration ABANDONED_AFTER = Duration.ofHours(2);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "linkage-run");
        thread.setDaemon(true);
        return thread;
    });
    private final LinkageRunStore runs;
    private final LinkagePlanStore plans;
    private final Ledger ledger;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final int threads;

    LinkageRunner(LinkageRunStore runs, LinkagePlanStore plans, Ledger ledger, Clock clock, PlatformTransactionManager transactions,
                  @Value("${infoshare.linkage.threads:0}") int threads) {
        this.runs = runs;
        this.plans = plans;
        this.ledger = ledger;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    int threads() {
        return threads;
    }

    void submit(Runnable run) {
        executor.submit(run);
    }

    int closeAbandoned() {
        return transaction.execute(status -> {
            int closed = 0;
            for (var run : runs.runningSince(clock.instant().minus(ABANDONED_AFTER))) {
                runs.fail(run.id(), clock.instant(), "The run was interrupted (the service stopped while it ran): start it again");
                plans.plan(run.planId()).ifPresent(plan -> ledger.record(LinkageEvents.runAbandoned(run.id(), plan)));
                closed++;
            }
            return closed;
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
