package org.infoshare.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records refused reads where the owner of the record sees them, at a bounded cost (ADR 0047). The entry goes in
 * the trail of the organisation that owns the record (its {@code organisationId}), never the caller's, so that a
 * refusal looks the same to the caller whether or not the record exists. Per caller, record and hour, the first
 * refusal is a ledger entry and the rest raise a count, so probing adds at most one entry per record an hour.
 * Written in a transaction of its own: the read that was refused writes nothing else. A refusal leaves the record as
 * it was, so its entry does not bind the record's digest (ADR 0063).
 */
@Component
public class RefusedReads {

    /** The detail naming the hour an entry stands for; its count of attempts is read with {@link #attempts}. */
    public static final String WINDOW = "window";

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final Clock clock;
    private final TransactionTemplate own;

    RefusedReads(JdbcClient jdbc, Ledger ledger, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.clock = clock;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How many times one caller was refused one record within one hour. */
    public record Attempts(UUID actorId, Instant windowStart, int attempts) {
    }

    /**
     * Counts the refusal and, if it is the caller's first for this record this hour, records the event.
     *
     * @param refusal who was refused ({@code actorId}), which record, and its owner ({@code organisationId})
     */
    public void record(LedgerEvent refusal) {
        Objects.requireNonNull(refusal.actorId(), "actorId");
        Objects.requireNonNull(refusal.organisationId(), "organisationId");
        Instant now = clock.instant();
        Instant window = now.truncatedTo(ChronoUnit.HOURS);
        own.executeWithoutResult(status -> {
            int attempts = jdbc.sql("""
                            insert into access_refusal (actor_id, subject_type, subject_id, window_start, organisation_id, attempts, last_at)
                            values (:actor, :type, :id, :window, :organisation, 1, :now)
                            on conflict (subject_type, subject_id, actor_id, window_start)
                            do update set attempts = access_refusal.attempts + 1, last_at = excluded.last_at
                            returning attempts""")
                    .param("actor", refusal.actorId())
                    .param("type", refusal.subjectType())
                    .param("id", refusal.subjectId())
                    .param("window", OffsetDateTime.ofInstant(window, ZoneOffset.UTC))
                    .param("organisation", refusal.organisationId())
                    .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .query(Integer.class).single();
            if (attempts == 1) {
                java.util.Map<String, String> details = new java.util.TreeMap<>(refusal.details());
                details.put(WINDOW, window.toString());
                ledger.recordUnchanged(new LedgerEvent(refusal.action(), refusal.actorId(), refusal.organisationId(),
                        refusal.subjectType(), refusal.subjectId(), details));
            }
        });
    }

    /** Every count of refusals for one record, newest hour first. */
    public List<Attempts> attempts(String subjectType, String subjectId) {
        return jdbc.sql("""
                        select actor_id, window_start, attempts from access_refusal
                        where subject_type = :type and subject_id = :id order by window_start desc, actor_id""")
                .param("type", subjectType).param("id", subjectId)
                .query(RefusedReads::attempts).list();
    }

    private static Attempts attempts(ResultSet rs, int row) throws SQLException {
        return new Attempts(rs.getObject("actor_id", UUID.class), rs.getObject("window_start", OffsetDateTime.class).toInstant(),
                rs.getInt("attempts"));
    }
}
