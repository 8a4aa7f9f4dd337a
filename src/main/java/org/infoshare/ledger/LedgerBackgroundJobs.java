package org.infoshare.ledger;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Periodic signed checkpoints; off for one-off commands. */
@Component
@ConditionalOnProperty(name = "infoshare.background-jobs", havingValue = "true", matchIfMissing = true)
class LedgerBackgroundJobs {

    private final LedgerCheckpoints checkpoints;

    LedgerBackgroundJobs(LedgerCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "${infoshare.ledger.checkpoint-interval:PT5M}")
    void checkpoint() {
        checkpoints.checkpoint();
    }
}
