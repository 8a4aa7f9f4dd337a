package org.infoshare.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Access set to end on a future day, and those whose day has come. */
@Component
class ScheduledRevocationStore {

    /** A revocation waiting for its day. */
    record Scheduled(UUID userId, UUID organisationId, LocalDate revokeOn, RevocationReason reason, UUID handOverTo, UUID scheduledBy) {
    }

    private final JdbcClient jdbc;

    ScheduledRevocationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void schedule(Scheduled s, Instant now) {
        jdbc.sql("""
                        insert into scheduled_revocation (user_id, organisation_id, revoke_on, reason, hand_over_to, scheduled_by, scheduled_at)
                        values (:user, :organisation, :on, :reason, :handOverTo, :by, :now)
                        on conflict (user_id) do update set revoke_on = excluded.revoke_on, reason = excluded.reason,
                            hand_over_to = excluded.hand_over_to, scheduled_by = excluded.scheduled_by, scheduled_at = excluded.scheduled_at""")
                .param("user", s.userId()).param("organisation", s.organisationId()).param("on", s.revokeOn()).param("reason", s.reason().name())
                .param("handOverTo", s.handOverTo()).param("by", s.scheduledBy()).param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<LocalDate> scheduledFor(UUID user) {
        return jdbc.sql("select revoke_on from scheduled_revocation where user_id = :user").param("user", user).query(LocalDate.class).optional();
    }

    /** Due on or before the day given, oldest first. */
    List<Scheduled> due(LocalDate today) {
        return jdbc.sql("select * from scheduled_revocation where revoke_on <= :today order by revoke_on, user_id")
                .param("today", today)
                .query((rs, n) -> new Scheduled(rs.getObject("user_id", UUID.class), rs.getObject("organisation_id", UUID.class),
                        rs.getObject("revoke_on", LocalDate.class), RevocationReason.valueOf(rs.getString("reason")),
                        rs.getObject("hand_over_to", UUID.class), rs.getObject("scheduled_by", UUID.class)))
                .list();
    }

    void clear(UUID user) {
        jdbc.sql("delete from scheduled_revocation where user_id = :user").param("user", user).update();
    }

    /** Serialises the sweep across instances: false when another instance holds it. */
    boolean trySweepLock() {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(7730282)").query(Boolean.class).single());
    }
}
