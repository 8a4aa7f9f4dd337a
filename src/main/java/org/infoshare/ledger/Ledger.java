package org.infoshare.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.infoshare.ledger.rules.EntryHashes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends entries. {@link #record} joins the caller's transaction and refuses to run without one, so an
 * entry commits or rolls back with the change it describes. Linking into the chain happens just after
 * commit, in commit order (see {@link LedgerSequencer}).
 */
@Component
public class Ledger {

    private static final String NUDGE_REGISTERED = Ledger.class.getName() + ".nudge";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LedgerSequencer sequencer;

    Ledger(JdbcClient jdbc, Clock clock, LedgerSequencer sequencer) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sequencer = sequencer;
    }

    /**
     * Records the event in the current transaction and returns the entry's id. An event on a protected record binds
     * the record as it now stands (ADR 0063): call this after the change it describes has been written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long record(LedgerEvent event) {
        return append(event, withRowDigest(event));
    }

    /**
     * Records an event that leaves its record as it was (a read, a refused read, a notice about it), without binding
     * the record's digest: a later reading of a record changed outside the application must not vouch for it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long recordUnchanged(LedgerEvent event) {
        return append(event, event.details());
    }

    private long append(LedgerEvent event, Map<String, String> withDigest) {
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String details = EntryHashes.canonicalDetails(withDigest);
        byte[] entryHash = EntryHashes.forThisThread().entryHash(micros(recordedAt), event.action(), event.actorId(),
                event.organisationId(), event.subjectType(), event.subjectId(), details);
        long id = jdbc.sql("""
                        with entry as (
                            insert into ledger_entry (recorded_at, action, actor_id, organisation_id, subject_type, subject_id, details, entry_hash)
                            values (:recordedAt, :action, :actor, :organisation, :subjectType, :subjectId, :details, :hash)
                            returning id)
                        insert into ledger_pending (entry_id) select id from entry returning entry_id""")
                .param("recordedAt", OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC))
                .param("action", event.action())
                .param("actor", event.actorId())
                .param("organisation", event.organisationId())
                .param("subjectType", event.subjectType())
                .param("subjectId", event.subjectId())
                .param("details", details)
                .param("hash", entryHash)
                .query(Long.class).single();
        nudgeAfterCommit();
        return id;
    }

    /**
     * An event on a protected record carries the digest of the record as it now stands in this transaction
     * (ADR 0063): the change it describes has been written, so the entry binds the record's content.
     */
    private Map<String, String> withRowDigest(LedgerEvent event) {
        var kind = ProtectedRecords.of(event.subjectType());
        if (kind.isEmpty()) {
            return event.details();
        }
        UUID id;
        try {
            id = UUID.fromString(event.subjectId());
        } catch (IllegalArgumentException notAnId) {
            return event.details();
        }
        String digest = jdbc.sql("select " + kind.get().digest() + " from " + kind.get().table() + " r where r.id = :id")
                .param("id", id).query(String.class).optional().orElse(ProtectedRecords.GONE);
        Map<String, String> details = new TreeMap<>(event.details());
        details.put(ProtectedRecords.ROW_DIGEST, digest);
        return details;
    }

    private void nudgeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(NUDGE_REGISTERED)) {
            TransactionSynchronizationManager.bindResource(NUDGE_REGISTERED, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(NUDGE_REGISTERED);
                    if (status == STATUS_COMMITTED) {
                        sequencer.nudge();
                    }
                }
            });
        }
    }

    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
