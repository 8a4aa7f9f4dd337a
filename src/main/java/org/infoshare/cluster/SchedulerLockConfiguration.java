package org.infoshare.cluster;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each scheduled job runs on one instance per schedule: a job annotated {@code @SchedulerLock} takes a row
 * of the {@code shedlock} table (V7) before it runs, and an instance that finds it taken skips that run. Lock
 * times come from the database's clock, so instances whose clocks disagree still agree on the lock. A job
 * holds its lock for at least its interval ({@code lockAtLeastFor}), so instances whose schedules are offset
 * do not run it again within the same interval; and at most ten minutes if its instance dies holding it.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulerLockConfiguration {

    @Bean
    LockProvider schedulerLocks(JdbcTemplate jdbc) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc)
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
