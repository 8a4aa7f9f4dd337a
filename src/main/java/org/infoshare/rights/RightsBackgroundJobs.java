package org.infoshare.rights;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reminds and escalates unanswered notices (infoshare.rights.follow-up-interval); off for one-off commands. */
@Component
@ConditionalOnProperty(name = "infoshare.background-jobs", havingValue = "true", matchIfMissing = true)
class RightsBackgroundJobs {

    private final Notices notices;

    RightsBackgroundJobs(Notices notices) {
        this.notices = notices;
    }

    @Scheduled(initialDelayString = "PT3M", fixedDelayString = "${infoshare.rights.follow-up-interval:PT1H}")
    void followUp() {
        notices.followUp();
    }
}
