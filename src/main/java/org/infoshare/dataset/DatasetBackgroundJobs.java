package org.infoshare.dataset;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Marks uploads abandoned by a process that stopped mid-upload as interrupted; off for one-off commands. */
@Component
@ConditionalOnProperty(name = "infoshare.background-jobs", havingValue = "true", matchIfMissing = true)
class DatasetBackgroundJobs {

    private static final Logger log = LoggerFactory.getLogger(DatasetBackgroundJobs.class);
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);

    private final DatasetIngest ingest;

    DatasetBackgroundJobs(DatasetIngest ingest) {
        this.ingest = ingest;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
    // One instance per interval across the cluster (ADR 0060).
    @SchedulerLock(name = "dataset.sweep-abandoned", lockAtLeastFor = "PT9M")
    void sweep() {
        int swept = ingest.sweepAbandoned(ABANDONED_AFTER);
        if (swept > 0) {
            log.info("Marked {} abandoned dataset upload(s) as interrupted", swept);
        }
    }
}
