package org.infoshare.rights;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds and escalates unanswered notices, and escalates overdue rights requests (infoshare.rights.follow-up-interval);
 * off for one-off commands.
 */
@Component
@ConditionalOnProperty(name = "infoshare.background-jobs", havingValue = "true", matchIfMissing = true)
class RightsBackgroundJobs {

    private final Notices notices;
    private final RequestEscalation requests;

    RightsBackgroundJobs(Notices notices, RequestEscalation requests) {
        this.notices = notices;
        this.requests = requests;
    }

    @Scheduled(initialDelayString = "PT3M", fixedDelayString = "${infoshare.rights.follow-up-interval:PT1H}")
    // One instance per interval across the cluster (ADR 0060).
    @SchedulerLock(name = "rights.follow-up", lockAtLeastFor = "PT1M")
    void followUp() {
        notices.followUp();
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "${infoshare.rights.follow-up-interval:PT1H}")
    @SchedulerLock(name = "rights.escalate-overdue", lockAtLeastFor = "PT1M")
    void escalateOverdueRequests() {
        requests.escalateOverdue();
    }
}
