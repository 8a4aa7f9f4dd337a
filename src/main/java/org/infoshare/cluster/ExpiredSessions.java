package org.infoshare.cluster;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Removes expired sessions every minute, on one instance of the cluster; off for one-off commands. An
 * application started without its web server (a benchmark) has no sessions to remove.
 */
@Component
@ConditionalOnProperty(name = "infoshare.background-jobs", havingValue = "true", matchIfMissing = true)
class ExpiredSessions {

    private final ObjectProvider<JdbcIndexedSessionRepository> sessions;

    ExpiredSessions(ObjectProvider<JdbcIndexedSessionRepository> sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "0 * * * * *")
    @SchedulerLock(name = "sessions.remove-expired", lockAtLeastFor = "PT50S")
    void removeExpired() {
        sessions.ifAvailable(JdbcIndexedSessionRepository::cleanUpExpiredSessions);
    }
}
