package org.infoshare.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.infoshare.ledger.rules.EntryHashes;
import org.infoshare.ledger.rules.GoneRecords;
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
     * the record as it now stands (ADR 0063): call this after the change it describes has been written. An event that
     * lists the records of its kind it leaves gone ({@link GoneRecords}) binds each of them as gone instead (ADR 0097).
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

    /**
     * Records these events in the current transaction, in order, as {@link #record} would one by one (each protected
     * record's digest as it now stands), in one statement: for a change that touches many records at once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<LedgerEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Map<String, Map<UUID, String>> digests = new HashMap<>();
        Map<String, List<UUID>> ids = new HashMap<>();
        for (LedgerEvent event : events) {
            if (!listsGone(event)) {
                ProtectedRecords.of(event.subjectType()).ifPresent(kind -> idOf(event).ifPresent(id ->
                        ids.computeIfAbsent(kind.type(), k -> new ArrayList<>()).add(id)));
            }
        }
        for (LedgerEvent event : events) {
            if (listsGone(event)) {
                requireGone(event);
            }
        }
        ids.forEach((type, list) -> {
            ProtectedRecords.Kind kind = ProtectedRecords.of(type).orElseThrow();
            Map<UUID, String> found = new HashMap<>();
            jdbc.sql("select r.id, " + kind.digest() + " as digest from " + kind.table() + " r where r.id = any(:ids)")
                    .param("ids", list.toArray(UUID[]::new))
                    .query((rs, n) -> found.put(rs.getObject("id", UUID.class), rs.getString("digest"))).list();
            digests.put(type, found);
        });
        int n = events.size();
        String[] recordedAt = new String[n];
        String[] actions = new String[n];
        UUID[] actors = new UUID[n];
        UUID[] organisations = new UUID[n];
        String[] subjectTypes = new String[n];
        String[] subjectIds = new String[n];
        String[] details = new String[n];
        String[] hashes = new String[n];
        EntryHashes entryHashes = EntryHashes.forThisThread();
        for (int i = 0; i < n; i++) {
            LedgerEvent event = events.get(i);
            Map<String, String> withDigest = event.details();
            var kind = ProtectedRecords.of(event.subjectType());
            var id = idOf(event);
            if (kind.isPresent() && id.isPresent() && !listsGone(event)) {
                withDigest = new TreeMap<>(event.details());
                withDigest.put(ProtectedRecords.ROW_DIGEST, digests.getOrDefault(kind.get().type(), Map.of()).getOrDefault(id.get(), ProtectedRecords.GONE));
            }
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            details[i] = EntryHashes.canonicalDetails(withDigest);
            hashes[i] = HexFormat.of().formatHex(entryHashes.entryHash(micros(at), event.action(), event.actorId(), event.organisationId(),
                    event.subjectType(), event.subjectId(), details[i]));
            recordedAt[i] = OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString();
            actions[i] = event.action();
            actors[i] = event.actorId();
            organisations[i] = event.organisationId();
            subjectTypes[i] = event.subjectType();
            subjectIds[i] = event.subjectId();
        }
        jdbc.sql("""
                        with entry as (
                            insert into ledger_entry (recorded_at, action, actor_id, organisation_id, subject_type, subject_id, details, entry_hash)
                            select cast(e.at as timestamptz), e.action, e.actor, e.organisation, e.subject_type, e.subject_id, e.details, decode(e.hash, 'hex')
                            from unnest(cast(:at as text[]), cast(:action as text[]), cast(:actor as uuid[]), cast(:organisation as uuid[]),
                                        cast(:subjectType as text[]), cast(:subjectId as text[]), cast(:details as text[]), cast(:hash as text[]))
                                 with ordinality as e(at, action, actor, organisation, subject_type, subject_id, details, hash, n)
                            order by e.n
                            returning id)
                        insert into ledger_pending (entry_id) select id from entry""")
                .param("at", recordedAt).param("action", actions).param("actor", actors).param("organisation", organisations)
                .param("subjectType", subjectTypes).param("subjectId", subjectIds).param("details", details).param("hash", hashes)
                .update();
        nudgeAfterCommit();
    }

    /**
     * Whether the event lists the records of its kind it leaves gone (ADR 0097): it binds them by that list, and its
     * subject (the disposal run) is not a record of the kind, so it carries no digest of its own.
     */
    private static boolean listsGone(LedgerEvent event) {
        return event.details().containsKey(GoneRecords.KEY);
    }

    /** Refuses an event listing as gone a record that is still stored: the ledger would then say what is not so. */
    private void requireGone(LedgerEvent event) {
        ProtectedRecords.Kind kind = ProtectedRecords.of(event.subjectType())
                .orElseThrow(() -> new IllegalArgumentException("Only records of a protected kind are listed as gone: " + event.subjectType()));
        String list = event.details().get(GoneRecords.KEY);
        UUID[] listed = new UUID[GoneRecords.count(list)];
        for (int i = 0; i < listed.length; i++) {
            listed[i] = GoneRecords.id(list, i);
        }
        List<UUID> stored = jdbc.sql("select r.id from " + kind.table() + " r where r.id = any(:ids) limit 1").param("ids", listed)
                .query(UUID.class).list();
        if (!stored.isEmpty()) {
            throw new IllegalStateException("A " + kind.type() + " listed as gone is still stored: " + stored.get(0));
        }
    }

    private static java.util.Optional<UUID> idOf(LedgerEvent event) {
        try {
            return java.util.Optional.of(UUID.fromString(event.subjectId()));
        } catch (IllegalArgumentException notAnId) {
            return java.util.Optional.empty();
        }
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
        if (listsGone(event)) {
            requireGone(event);
            return event.details();
        }
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
