package org.infoshare.readlog;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Seals each window of reads into the ledger (infoshare.reads.seal-interval); off for one-off commands. */
@Component
@ConditionalOnProperty(name = "infoshare.background-jobs", havingValue = "true", matchIfMissing = true)
class ReadLogBackgroundJobs {

    private final ReadSeals seals;

    ReadLogBackgroundJobs(ReadSeals seals) {
        this.seals = seals;
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "${infoshare.reads.seal-interval:PT10M}")
    void seal() {
        seals.seal();
    }
}
