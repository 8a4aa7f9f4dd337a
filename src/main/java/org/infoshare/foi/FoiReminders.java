package org.infoshare.foi;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sweeps FOI consultations for reminders and escalations, every quarter of an hour by default. */
@Component
@ConditionalOnProperty(name = "infoshare.background-jobs", havingValue = "true", matchIfMissing = true)
class FoiReminders {

    private final FoiAssistance assistance;

    FoiReminders(FoiAssistance assistance) {
        this.assistance = assistance;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${infoshare.foi.reminder-interval:PT15M}")
    void sweep() {
        assistance.sweep();
    }
}
