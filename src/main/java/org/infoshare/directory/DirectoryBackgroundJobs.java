package org.infoshare.directory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends the access of those whose last day has come (infoshare.directory.revocation-interval, a quarter of an hour by
 * default); off for one-off commands.
 */
@Component
@ConditionalOnProperty(name = "infoshare.background-jobs", havingValue = "true", matchIfMissing = true)
class DirectoryBackgroundJobs {

    private final StaffAdministration staff;

    DirectoryBackgroundJobs(StaffAdministration staff) {
        this.staff = staff;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${infoshare.directory.revocation-interval:PT15M}")
    // One instance per interval across the cluster (ADR 0060).
    @SchedulerLock(name = "directory.scheduled-revocation", lockAtLeastFor = "PT1M")
    void revokeDue() {
        staff.revokeDue();
    }
}
