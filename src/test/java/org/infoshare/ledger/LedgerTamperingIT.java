package org.infoshare.ledger;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.infoshare.InfoshareApplication;
import org.infoshare.database.EmbeddedPostgresServer;
import org.infoshare.ledger.rules.ChainBreak;
import org.infoshare.ledger.rules.EntryHashes;
import org.infoshare.support.DatabaseSuperuser;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tampering with the ledger directly in the database, as someone with full access to it could, and showing
 * that each kind of tampering is detected at the first broken entry or position. Every test restores what
 * it changed. The class also has an application context and database of its own (with no background
 * sequencer or checkpoints, so that nothing links or signs a tampered chain), so the ledger shared by the
 * other integration tests is never touched. Its verifier reads the ledger in parallel ranges, as it does for a
 * large ledger, where the shared context's reads it in one.
 */
@IntegrationTest
@TestPropertySource(properties = {"infoshare.background-jobs=false", "infoshare.ledger.verifier-entries-per-reader=10",
        "infoshare.ledger.verifier-readers=3"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LedgerTamperingIT {

    private static final long SPARE_SEQ = 900_000_000_000L;

    @Autowired
    Ledger ledger;
    @Autowired
    LedgerSequencer sequencer;
    @Autowired
    LedgerCheckpoints checkpoints;
    @Autowired
    LedgerVerifier verifier;
    @Autowired
    EmbeddedPostgresServer server;
    @Value("${infoshare.keys.directory}")
    String keysDirectory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    /** A freshly recorded entry and its place in the chain. */
    record Placed(long entryId, long seq) {
    }

    @BeforeEach
    void theLedgerStartsIntact() {
        sequencer.chainPending();
        assertIntact();
    }

    @Test
    void rowsRewrittenElsewhereInTheirTablesStillProveIntactByBlocks() {
        // Rewritten unchanged, rows move to other blocks: the readers by blocks (ADR 0098) meet them out of order and
        // in other readers' ranges, and pair them at the end.
        List<Placed> placed = record(30);
        asSuperuser(db -> {
            for (int i = 0; i + 1 < placed.size(); i += 3) {
                db.update("update ledger_entry set details = details where id = ?", placed.get(i).entryId());
                db.update("update ledger_chain set seq = seq where seq = ?", placed.get(i + 1).seq());
            }
            db.update("update ledger_entry set details = details where id = (select min(id) from ledger_entry)");
            db.update("update ledger_chain set seq = seq where seq = 1");
        });
        assertIntact();
        assertThat(verifier.lastProvenByBlocks()).isTrue();
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                ledger.record(LedgerEvent.of("test.tamper.recorded", "test", UUID.randomUUID()).detail("n", "waiting").build()));
        VerificationReport withOneWaiting = verifier.verify();
        assertThat(withOneWaiting.intact()).as("%s", withOneWaiting).isTrue();
        assertThat(withOneWaiting.awaitingChain()).isOne();
        assertThat(verifier.lastProvenByBlocks()).isTrue();
        sequencer.chainPending();
    }

    @Test
    void anEditedEntryIsNamed() {
        Placed target = record(5).get(2);
        Map<String, Object> before = entryRow(target.entryId());
        tamper(db -> db.update("update ledger_entry set details = ? where id = ?", "{\"user\":\"someone-else\"}", target.entryId()),
                db -> db.update("update ledger_entry set details = ? where id = ?", before.get("details"), target.entryId()),
                ChainBreak.Kind.ENTRY_ALTERED, target.seq(), target.entryId());
    }

    @Test
    void aDeletedEntryIsNamed() {
        Placed target = record(5).get(1);
        Map<String, Object> row = entryRow(target.entryId());
        tamper(db -> db.update("delete from ledger_entry where id = ?", target.entryId()),
                db -> insertEntry(db, row),
                ChainBreak.Kind.ENTRY_MISSING, target.seq(), target.entryId());
    }

    @Test
    void aDeletedEntryWithItsPositionIsAMissingPosition() {
        Placed target = record(5).get(2);
        Map<String, Object> entry = entryRow(target.entryId());
        Map<String, Object> link = chainRow(target.seq());
        tamper(db -> {
                    db.update("delete from ledger_chain where seq = ?", target.seq());
                    db.update("delete from ledger_entry where id = ?", target.entryId());
                },
                db -> {
                    insertEntry(db, entry);
                    insertLink(db, link);
                },
                ChainBreak.Kind.POSITION_MISSING, target.seq(), null);
    }

    @Test
    void reorderedPositionsBreakTheLinkAtTheFirstOfThem() {
        List<Placed> placed = record(6);
        Placed first = placed.get(1);
        Placed second = placed.get(4);
        Consumer<JdbcTemplate> swap = db -> {
            db.update("update ledger_chain set seq = ? where seq = ?", SPARE_SEQ, first.seq());
            db.update("update ledger_chain set seq = ? where seq = ?", first.seq(), second.seq());
            db.update("update ledger_chain set seq = ? where seq = ?", second.seq(), SPARE_SEQ);
        };
        tamper(swap, swap, ChainBreak.Kind.LINK_BROKEN, first.seq(), second.entryId());
    }

    @Test
    void entriesWithSwappedContentsAreAlteredAtTheFirstOfThem() {
        List<Placed> placed = record(6);
        Placed first = placed.get(2);
        Placed second = placed.get(3);
        Map<String, Object> a = entryRow(first.entryId());
        Map<String, Object> b = entryRow(second.entryId());
        tamper(db -> {
                    db.update("update ledger_entry set details = ?, subject_id = ? where id = ?", b.get("details"), b.get("subject_id"), first.entryId());
                    db.update("update ledger_entry set details = ?, subject_id = ? where id = ?", a.get("details"), a.get("subject_id"), second.entryId());
                },
                db -> {
                    db.update("update ledger_entry set details = ?, subject_id = ? where id = ?", a.get("details"), a.get("subject_id"), first.entryId());
                    db.update("update ledger_entry set details = ?, subject_id = ? where id = ?", b.get("details"), b.get("subject_id"), second.entryId());
                },
                ChainBreak.Kind.ENTRY_ALTERED, first.seq(), first.entryId());
    }

    @Test
    void anAlteredChainHashIsNamed() {
        Placed target = record(4).get(2);
        byte[] original = (byte[]) chainRow(target.seq()).get("chain_hash");
        tamper(db -> db.update("update ledger_chain set chain_hash = ? where seq = ?", randomHash(), target.seq()),
                db -> db.update("update ledger_chain set chain_hash = ? where seq = ?", original, target.seq()),
                ChainBreak.Kind.LINK_ALTERED, target.seq(), target.entryId());
    }

    @Test
    void anEntryInsertedOutsideTheChainIsNamed() {
        record(2);
        long[] inserted = new long[1];
        tamper(db -> {
                    long micros = ChronoUnit.MICROS.between(java.time.Instant.EPOCH, java.time.Instant.now());
                    String details = EntryHashes.canonicalDetails(Map.of("forged", "yes"));
                    byte[] hash = new EntryHashes().entryHash(micros, "directory.user.created", null, null, "user", "forged", details);
                    inserted[0] = db.queryForObject("""
                                    insert into ledger_entry (recorded_at, action, subject_type, subject_id, details, entry_hash)
                                    values (to_timestamp(? / 1000000.0), 'directory.user.created', 'user', 'forged', ?, ?) returning id""",
                            Long.class, micros, details, hash);
                },
                db -> db.update("delete from ledger_entry where id = ?", inserted[0]),
                report -> {
                    assertThat(report.firstBreak().kind()).isEqualTo(ChainBreak.Kind.UNCHAINED_ENTRY);
                    assertThat(report.firstBreak().entryId()).isEqualTo(inserted[0]);
                    assertThat(report.firstBreak().explanation()).contains("Entry " + inserted[0]);
                });
    }

    @Test
    void historyRewrittenWithFreshHashesNoLongerMatchesItsCheckpoint() {
        record(2);
        LedgerCheckpoints.Checkpoint earlier = checkpoints.checkpoint().orElseThrow();
        List<Placed> placed = record(4);
        LedgerCheckpoints.Checkpoint later = checkpoints.checkpoint().orElseThrow();
        Placed target = placed.get(1);
        Map<String, Object> entry = entryRow(target.entryId());
        List<Map<String, Object>> links = jdbc.queryForList("select * from ledger_chain where seq >= ? order by seq", target.seq());
        tamper(db -> rewriteFrom(db, target, "{\"user\":\"someone-else\"}"),
                db -> {
                    db.update("update ledger_entry set details = ?, entry_hash = ? where id = ?", entry.get("details"), entry.get("entry_hash"), target.entryId());
                    for (Map<String, Object> link : links) {
                        db.update("update ledger_chain set prev_hash = ?, chain_hash = ? where seq = ?", link.get("prev_hash"), link.get("chain_hash"), link.get("seq"));
                    }
                },
                report -> {
                    assertThat(report.firstBreak().kind()).isEqualTo(ChainBreak.Kind.CHECKPOINT_MISMATCH);
                    assertThat(report.firstBreak().seq()).isEqualTo(later.chainSeq());
                    assertThat(report.firstBreak().explanation()).contains("from " + (earlier.chainSeq() + 1) + " to " + later.chainSeq());
                    assertThat(report.entriesVerified()).as("the rewritten chain is consistent in itself").isEqualTo(report.headSeq());
                });
    }

    @Test
    void removingTheTailAfterACheckpointIsTruncation() {
        List<Placed> placed = record(4);
        LedgerCheckpoints.Checkpoint signed = checkpoints.checkpoint().orElseThrow();
        assertThat(signed.chainSeq()).isEqualTo(placed.get(3).seq());
        List<Placed> tail = placed.subList(2, 4);
        List<Map<String, Object>> entries = tail.stream().map(p -> entryRow(p.entryId())).toList();
        List<Map<String, Object>> links = tail.stream().map(p -> chainRow(p.seq())).toList();
        tamper(db -> tail.forEach(p -> {
                    db.update("delete from ledger_chain where seq = ?", p.seq());
                    db.update("delete from ledger_entry where id = ?", p.entryId());
                }),
                db -> {
                    entries.forEach(row -> insertEntry(db, row));
                    links.forEach(row -> insertLink(db, row));
                },
                ChainBreak.Kind.TRUNCATED, tail.get(0).seq(), null);
    }

    @Test
    void aForgedCheckpointSignatureIsNamed() {
        record(1);
        LedgerCheckpoints.Checkpoint signed = checkpoints.checkpoint().orElseThrow();
        byte[] forged = signed.signature().clone();
        forged[10] ^= 0x40;
        tamper(db -> db.update("update ledger_checkpoint set signature = ? where id = ?", forged, signed.id()),
                db -> db.update("update ledger_checkpoint set signature = ? where id = ?", signed.signature(), signed.id()),
                ChainBreak.Kind.CHECKPOINT_SIGNATURE_INVALID, signed.chainSeq(), null);
    }

    @Test
    void theCommandLineVerifierExitsZeroWhenIntactAndOneNamingTheBrokenEntry() {
        Placed target = record(3).get(1);
        checkpoints.checkpoint();
        VerifyLedgerRun intact = runCommand();
        assertThat(intact.exitCode()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("LEDGER INTACT").contains("signed checkpoints verified: ");

        Map<String, Object> before = entryRow(target.entryId());
        asSuperuser(db -> db.update("update ledger_entry set details = '{}' where id = ?", target.entryId()));
        try {
            VerifyLedgerRun broken = runCommand();
            assertThat(broken.exitCode()).as(broken.output()).isEqualTo(1);
            assertThat(broken.output()).contains("LEDGER BROKEN")
                    .contains("first broken: Entry " + target.entryId() + " (test.tamper.recorded) at position " + target.seq() + " was altered")
                    .contains("[entry " + target.entryId() + "]")
                    .contains("meaning: " + ChainBreak.Kind.ENTRY_ALTERED.meaning());
        } finally {
            asSuperuser(db -> db.update("update ledger_entry set details = ? where id = ?", before.get("details"), target.entryId()));
        }
        assertIntact();
        assertThat(runCommand().exitCode()).isZero();
    }

    @Test
    void theCommandLineVerifierExitsTwoWhenItCannotReadTheLedger() {
        VerifyLedgerRun unreachable = runCommand("--spring.datasource.url=jdbc:postgresql://localhost:1/nowhere");
        assertThat(unreachable.exitCode()).as(unreachable.output()).isEqualTo(InfoshareApplication.COULD_NOT_VERIFY);
    }

    // --- tampering ---

    private void tamper(Consumer<JdbcTemplate> change, Consumer<JdbcTemplate> restore, ChainBreak.Kind kind, long seq, Long entryId) {
        tamper(change, restore, report -> {
            assertThat(report.firstBreak().kind()).isEqualTo(kind);
            assertThat(report.firstBreak().seq()).isEqualTo(seq);
            assertThat(report.firstBreak().entryId()).isEqualTo(entryId);
            assertThat(report.firstBreak().explanation()).isNotBlank();
            if (kind != ChainBreak.Kind.CHECKPOINT_SIGNATURE_INVALID && kind != ChainBreak.Kind.CHECKPOINT_MISMATCH
                    && kind != ChainBreak.Kind.TRUNCATED) {
                assertThat(report.entriesVerified()).isEqualTo(seq - 1);
                assertThat(report.headSeq()).isEqualTo(seq - 1);
            }
        });
    }

    private void tamper(Consumer<JdbcTemplate> change, Consumer<JdbcTemplate> restore, Consumer<VerificationReport> expectations) {
        asSuperuser(change);
        try {
            VerificationReport report = verifier.verify();
            assertThat(report.intact()).as("%s", report).isFalse();
            expectations.accept(report);
        } finally {
            asSuperuser(restore);
        }
        assertIntact();
    }

    /**
     * A connection of the database's superuser (with the operator's secret) with triggers and foreign keys
     * switched off, as an attacker who had the secret would.
     */
    private void asSuperuser(Consumer<JdbcTemplate> work) {
        try (Connection connection = DatabaseSuperuser.dataSource(server).getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
            }
            work.accept(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void rewriteFrom(JdbcTemplate db, Placed target, String details) {
        EntryHashes hashes = new EntryHashes();
        Map<String, Object> e = entryRow(target.entryId());
        long micros = ChronoUnit.MICROS.between(java.time.Instant.EPOCH, ((java.sql.Timestamp) e.get("recorded_at")).toInstant());
        byte[] entryHash = hashes.entryHash(micros, (String) e.get("action"), (UUID) e.get("actor_id"), (UUID) e.get("organisation_id"),
                (String) e.get("subject_type"), (String) e.get("subject_id"), details);
        db.update("update ledger_entry set details = ?, entry_hash = ? where id = ?", details, entryHash, target.entryId());
        byte[] previous = (byte[]) chainRow(target.seq() - 1).get("chain_hash");
        for (Map<String, Object> link : db.queryForList("""
                select c.seq, c.entry_id, e.entry_hash from ledger_chain c join ledger_entry e on e.id = c.entry_id
                where c.seq >= ? order by c.seq""", target.seq())) {
            long seq = (Long) link.get("seq");
            byte[] chainHash = hashes.chainHash(seq, previous, (Long) link.get("entry_id"), (byte[]) link.get("entry_hash"));
            db.update("update ledger_chain set prev_hash = ?, chain_hash = ? where seq = ?", previous, chainHash, seq);
            previous = chainHash;
        }
    }

    private static void insertEntry(JdbcTemplate db, Map<String, Object> row) {
        db.update("""
                        insert into ledger_entry (id, recorded_at, action, actor_id, organisation_id, subject_type, subject_id, details, entry_hash)
                        overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                row.get("id"), row.get("recorded_at"), row.get("action"), row.get("actor_id"), row.get("organisation_id"),
                row.get("subject_type"), row.get("subject_id"), row.get("details"), row.get("entry_hash"));
    }

    private static void insertLink(JdbcTemplate db, Map<String, Object> row) {
        db.update("insert into ledger_chain (seq, entry_id, prev_hash, chain_hash) values (?, ?, ?, ?)",
                row.get("seq"), row.get("entry_id"), row.get("prev_hash"), row.get("chain_hash"));
    }

    // --- the ledger as the application writes it ---

    /** Records entries, each in its own transaction, and links them. */
    private List<Placed> record(int count) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            ids.add(transaction.execute(status -> ledger.record(LedgerEvent.of("test.tamper.recorded", "test", UUID.randomUUID())
                    .detail("n", n).build())));
        }
        sequencer.chainPending();
        return ids.stream().map(id -> new Placed(id, jdbc.queryForObject("select seq from ledger_chain where entry_id = ?", Long.class, id))).toList();
    }

    private Map<String, Object> entryRow(long id) {
        return jdbc.queryForMap("select * from ledger_entry where id = ?", id);
    }

    private Map<String, Object> chainRow(long seq) {
        return jdbc.queryForMap("select * from ledger_chain where seq = ?", seq);
    }

    private void assertIntact() {
        VerificationReport report = verifier.verify();
        assertThat(report.intact()).as("%s", report).isTrue();
        assertThat(report.awaitingChain()).isZero();
    }

    private static byte[] randomHash() {
        byte[] hash = new byte[32];
        new SecureRandom().nextBytes(hash);
        return hash;
    }

    // --- the command-line verifier ---

    private VerifyLedgerRun runCommand(String... overrides) {
        return VerifyLedgerRun.against(server, keysDirectory, overrides);
    }
}
