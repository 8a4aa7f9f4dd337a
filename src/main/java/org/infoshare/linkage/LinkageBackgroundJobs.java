package org.infoshare.linkage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Closes linkage runs left running by a process that stopped; off for one-off commands. */
@Component
@ConditionalOnProperty(name = "infoshare.background-jobs", havingValue = "true", matchIfMissing = true)
class LinkageBackgroundJobs {

    private static final Logger log = LoggerFactory.getLogger(LinkageBackgroundJobs.class);

    private final LinkageRunner runner;

    LinkageBackgroundJobs(LinkageRunner runner) {
        this.runner = runner;
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT10M")
    @SchedulerLock(name = "linkage.sweep", lockAtLeastFor = "PT1M")
    void sweep() {
        int swept = runner.closeAbandoned();
        if (swept > 0) {
            log.info("Closed {} linkage run(s) left running by a process that stopped", swept);
        }
    }
}
