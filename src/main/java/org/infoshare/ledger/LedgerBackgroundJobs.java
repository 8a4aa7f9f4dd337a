package org.infoshare.ledger;

import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Periodic signed checkpoints; off for one-off commands. Each checkpoint is also written to the
 * application log, which lives outside the database: a copy of the head that a database writer cannot reach.
 */
@Component
@ConditionalOnProperty(name = "infoshare.background-jobs", havingValue = "true", matchIfMissing = true)
class LedgerBackgroundJobs {

    private static final Logger log = LoggerFactory.getLogger(LedgerBackgroundJobs.class);

    private final LedgerCheckpoints checkpoints;

    LedgerBackgroundJobs(LedgerCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Scheduled(initialDelayString = "${infoshare.ledger.first-checkpoint-after:PT30S}",
            fixedDelayString = "${infoshare.ledger.checkpoint-interval:PT5M}")
    // One instance per interval across the cluster: held for nine tenths of it (ADR 0060), and released at the
    // latest after a whole interval if its instance dies holding it (never shorter than the hold, whatever the interval).
    @SchedulerLock(name = "ledger.checkpoint",
            lockAtLeastFor = "#{T(java.time.Duration).parse('${infoshare.ledger.checkpoint-interval:PT5M}').multipliedBy(9).dividedBy(10L).toString()}",
            lockAtMostFor = "${infoshare.ledger.checkpoint-interval:PT5M}")
    void checkpoint() {
        checkpoints.checkpoint().ifPresent(signed -> log.info("Signed ledger checkpoint {} at position {}, chain hash {}",
                signed.id(), signed.chainSeq(), HexFormat.of().formatHex(signed.chainHash())));
    }
}
