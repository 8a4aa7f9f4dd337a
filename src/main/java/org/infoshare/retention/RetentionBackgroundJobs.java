package org.infoshare.retention;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly disposal run (infoshare.disposal.cron); off for one-off commands. */
@Component
@ConditionalOnProperty(name = "infoshare.background-jobs", havingValue = "true", matchIfMissing = true)
class RetentionBackgroundJobs {

    private final DisposalRuns disposal;

    RetentionBackgroundJobs(DisposalRuns disposal) {
        this.disposal = disposal;
    }

    @Scheduled(cron = "${infoshare.disposal.cron:0 30 2 * * *}", zone = "Europe/London")
    // One instance per night across the cluster; a long run keeps its lock for up to two hours (ADR 0060).
    @SchedulerLock(name = "retention.disposal", lockAtLeastFor = "PT1H", lockAtMostFor = "PT2H")
    void dispose() {
        disposal.nightly();
    }
}
