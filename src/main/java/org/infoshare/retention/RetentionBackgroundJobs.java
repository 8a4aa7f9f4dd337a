package org.infoshare.retention;

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
    void dispose() {
        disposal.nightly();
    }
}
