package org.infoshare.ledger;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.infoshare.ledger.rules.ChainBreak;
import org.infoshare.ledger.rules.ChainProof;
import org.infoshare.ledger.rules.EntryHashes;
import org.infoshare.ledger.rules.RecordFinding;
import org.infoshare.ledger.rules.RecordedDigests;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole ledger from the database, streaming, and names the first entry or checkpoint that does
 * not prove itself: an altered, missing, reordered or inserted entry, a rewritten history, a truncation.
 *
 * <p>It reads the ledger once, without sorting it (see {@link ChainProof}): every chain position joined to its
 * entry, in entry order, re-deriving each entry's hash and its chain hash and checking the links that pass in
 * order; then looks up the few links that did not. Only when something is wrong does it walk the links again
 * in chain order, to name exactly where. In the same snapshot it compares every protected record with the
 * digest its latest entry carries ({@link RecordDigests}): the readers gather each record's latest digest from the
 * entries they hash, while one more connection computes every stored record's digest beside them. The reads are
 * binary {@code COPY} streams within one snapshot; a large ledger is read in parallel ranges, each on its own
 * connection sharing that snapshot.
 *
 * <p>It first reads the ledger by blocks ({@link ChainByBlocks}, ADR 0098): each table in its stored order, the
 * positions paired with their entries in Java, which costs PostgreSQL about half of reading them joined in entry
 * order. That reading only proves a ledger intact; when it cannot, the ledger is read again joined in entry order,
 * which names what is wrong.
 */
@Component
public class LedgerVerifier {

    /**
     * Positions with their entries for a range of entry ids, in entry order: a merge of two index scans, no sort.
     * The range is repeated for the entries: PostgreSQL does not carry it across the outer join, and without it
     * every reader's scan of the entries would start from the first one.
     */
    private static final String POSITIONS = """
            select c.seq, c.entry_id, c.prev_hash, c.chain_hash, e.recorded_at, e.action, e.actor_id,
                   e.organisation_id, e.subject_type, e.subject_id, e.details, e.entry_hash
            from ledger_chain c left join ledger_entry e on e.id = c.entry_id and e.id between %1$d and %2$d
            where c.entry_id between %1$d and %2$d
            order by c.entry_id""";

    /** Stands for a stored hash of the wrong length: it matches nothing. */
    private static final byte[] NOT_A_HASH = new byte[0];
    private static final String LINKS = "select seq, entry_id, prev_hash, chain_hash from ledger_chain order by seq";

    private final JdbcTemplate jdbc;
    private final LedgerCheckpoints checkpoints;
    private final RecordDigests records;
    private final Clock clock;
    private final long entriesPerReader;
    private final int readers;
    private final boolean byBlocks;
    /** Whether the latest verification was proven by blocks (for tests: an intact ledger should be). */
    private volatile boolean lastByBlocks;

    /**
     * @param entriesPerReader below twice this many entries one reader is quickest; above, the ledger is read
     *                         in parallel ranges of at least this many entry ids
     * @param readers          at most this many parallel readers; 0 for one per processor, up to four
     * @param byBlocks         prove an intact ledger by blocks first (ADR 0098); false to read it in order only
     */
    LedgerVerifier(JdbcTemplate jdbc, LedgerCheckpoints checkpoints, RecordDigests records, Clock clock,
                   @Value("${infoshare.ledger.verifier-entries-per-reader:200000}") long entriesPerReader,
                   @Value("${infoshare.ledger.verifier-readers:0}") int readers,
                   @Value("${infoshare.ledger.verifier-by-blocks:true}") boolean byBlocks) {
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
        this.records = records;
        this.clock = clock;
        this.entriesPerReader = Math.max(1, entriesPerReader);
        this.readers = readers > 0 ? readers : Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        this.byBlocks = byBlocks;
    }

    /**
     * Verifies the whole ledger as of one moment. Its own repeatable-read transaction gives every query here
     * the same snapshot, so entries committed or linked while the verification runs can neither look
     * unchained nor outrun a checkpoint.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ, propagation = Propagation.REQUIRES_NEW)
    public VerificationReport verify() {
        return verify(true);
    }

    /** The chain alone, without the protected records: to measure what checking the records costs. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ, propagation = Propagation.REQUIRES_NEW)
    public VerificationReport verifyChainOnly() {
        return verify(false);
    }

    private VerificationReport verify(boolean withRecords) {
        long started = System.nanoTime();
        List<LedgerCheckpoints.Checkpoint> signed = checkpoints.all();
        Set<Long> checkpointSeqs = new HashSet<>();
        signed.forEach(c -> checkpointSeqs.add(c.chainSeq()));

        // By blocks first (ADR 0098): it proves an intact ledger for less. Anything else is read in order and named.
        Proven proven = byBlocks ? prove(true, signed, checkpointSeqs, withRecords) : null;
        lastByBlocks = proven != null;
        if (proven == null) {
            proven = prove(false, signed, checkpointSeqs, withRecords);
        }
        ChainProof proof = proven.proof();

        List<RecordFinding> findings = new ArrayList<>();
        long[] total = {0};
        if (withRecords) {
            Consumer<RecordFinding> found = finding -> {
                if (total[0]++ < VerificationReport.MAX_RECORD_FINDINGS) {
                    findings.add(finding);
                }
            };
            if (proof.firstBreak().isEmpty()) {
                // Every entry was read and proven above, or is waiting to be chained.
                records.compare(proven.recorded(), proven.live(), found);
            } else {
                records.check(found);
            }
        }

        ChainBreak firstBreak = proof.firstBreak().orElse(null);
        return new VerificationReport(firstBreak == null && total[0] == 0, proof.verified(), proof.head(), proof.headHash(),
                (int) proof.checkpointsVerified(), proven.latestCheckpoint(), proven.awaiting(), firstBreak,
                clock.instant(), Duration.ofNanos(System.nanoTime() - started), findings, total[0], withRecords);
    }

    boolean lastProvenByBlocks() {
        return lastByBlocks;
    }

    /** The chain proven as far as it goes, with what was gathered for the records. */
    private record Proven(ChainProof proof, RecordedDigests recorded, List<Map<String, String>> live, Instant latestCheckpoint,
                          long awaiting) {
    }

    /**
     * Reads and proves the chain, its checkpoints and the count of entries. By blocks, null unless the ledger proved
     * intact: the ordered reading then names what is wrong.
     */
    private Proven prove(boolean byBlocks, List<LedgerCheckpoints.Checkpoint> signed, Set<Long> checkpointSeqs, boolean withRecords) {
        ChainProof proof = new ChainProof(checkpointSeqs);
        RecordedDigests recorded = withRecords ? RecordDigests.gathering() : null;
        List<Map<String, String>> live = new ArrayList<>();
        long entriesRead = byBlocks ? ChainByBlocks.readAll(jdbc, readers, entriesPerReader, proof, checkpointSeqs, recorded, live) : -1;
        if (byBlocks && entriesRead < 0) {
            return null;
        }
        if (!byBlocks) {
            live = readAllPositions(proof, checkpointSeqs, recorded);
        }
        if (!proof.proveLinks(this::links)) {
            if (byBlocks) {
                return null;
            }
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                readLinks(connection.unwrap(PGConnection.class), proof);
                return null;
            });
        }

        Instant latestCheckpoint = null;
        for (LedgerCheckpoints.Checkpoint checkpoint : signed) {
            if (!proof.checkpoint(checkpoint.id(), checkpoint.chainSeq(), checkpoint.chainHash(), checkpoints.signatureHolds(checkpoint))) {
                break;
            }
            latestCheckpoint = checkpoint.signedAt();
        }
        // The entries read by blocks are every entry in the snapshot; the ordered reading counts them.
        long entries = byBlocks ? entriesRead : jdbc.queryForObject("select count(*) from ledger_entry", Long.class);
        long awaiting = jdbc.queryForObject("select count(*) from ledger_pending", Long.class);
        proof.accountFor(entries, awaiting, this::strayEntry);
        if (byBlocks && proof.firstBreak().isPresent()) {
            return null;
        }
        return new Proven(proof, recorded, live, latestCheckpoint, awaiting);
    }

    /**
     * Reads every position, in parallel ranges of entry ids for a large ledger: PostgreSQL does most of the
     * work of a verification, and one backend uses one core. The readers share this transaction's snapshot.
     * With {@code recorded}, the readers also gather the records' digests from the entries, and the live digests
     * of every protected record are read beside them and returned (otherwise none).
     */
    private List<Map<String, String>> readAllPositions(ChainProof proof, Set<Long> checkpointSeqs, RecordedDigests recorded) {
        long[] span = jdbc.queryForObject("select coalesce(min(entry_id), 0), coalesce(max(entry_id), -1) from ledger_chain",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)});
        long first = span[0];
        long last = span[1];
        int readers = (int) Math.min(this.readers, Math.max(1, (last - first + 1) / entriesPerReader));
        if (readers <= 1) {
            return jdbc.execute((ConnectionCallback<List<Map<String, String>>>) connection -> {
                PGConnection pg = connection.unwrap(PGConnection.class);
                readPositions(pg, first, last, proof, recorded);
                return recorded == null ? List.of() : RecordDigests.live(pg);
            });
        }
        String snapshot = jdbc.queryForObject("select pg_export_snapshot()", String.class);
        DataSource dataSource = jdbc.getDataSource();
        return Snapshots.inParallel(readers + (recorded == null ? 0 : 1), pool -> {
                Future<List<Map<String, String>>> live = recorded == null ? null
                        : pool.submit(() -> Snapshots.read(dataSource, snapshot, RecordDigests::live));
                List<Future<Part>> parts = new ArrayList<>();
                long width = (last - first + readers) / readers;
                for (long from = first; from <= last; from += width) {
                    long lo = from;
                    long hi = Math.min(last, from + width - 1);
                    parts.add(pool.submit(() -> Snapshots.read(dataSource, snapshot, connection -> {
                        Part part = new Part(new ChainProof(checkpointSeqs), recorded == null ? null : RecordDigests.gathering());
                        readPositions(connection, lo, hi, part.proof(), part.recorded());
                        return part;
                    })));
                }
                for (Future<Part> part : parts) {
                    proof.include(part.get().proof());
                    if (recorded != null) {
                        recorded.include(part.get().recorded());
                    }
                }
                return live == null ? List.of() : live.get();
        });
    }

    /** What one reader found in its range of positions. */
    private record Part(ChainProof proof, RecordedDigests recorded) {
    }

    /**
     * Every position with its entry: the entry's hash re-derived from its content, and the position's chain hash.
     * With {@code recorded}, each entry about a protected record also gives its digest, from the same bytes.
     */
    private static void readPositions(PGConnection connection, long firstEntry, long lastEntry, ChainProof proof,
                                      RecordedDigests recorded) throws SQLException {
        EntryHashes hashes = EntryHashes.forThisThread();
        byte[] previous = new byte[EntryHashes.HASH_LENGTH];
        byte[] chain = new byte[EntryHashes.HASH_LENGTH];
        byte[] stored = new byte[EntryHashes.HASH_LENGTH];
        byte[] computed = new byte[EntryHashes.HASH_LENGTH];
        try (CopyRows rows = CopyRows.open(connection, String.format(POSITIONS, firstEntry, lastEntry), 12)) {
            while (rows.next()) {
                long seq = rows.int8(0);
                if (recorded != null && !rows.isNull(4)) {
                    int kind = recorded.kindOf(rows.buffer(), rows.offset(8), rows.length(8));
                    if (kind >= 0) {
                        recorded.entry(kind, rows.int8(1), rows.text(9), rows.buffer(), rows.offset(10), rows.length(10));
                    }
                }
                if (!proof.needs(seq)) {
                    continue;
                }
                long entryId = rows.int8(1);
                boolean previousShaped = rows.bytes(2, previous);
                boolean chainShaped = rows.bytes(3, chain);
                boolean present = !rows.isNull(4);
                boolean matches = false;
                if (present) {
                    byte[] raw = rows.buffer();
                    hashes.beginEntry(rows.timestampMicros(4)).text(raw, rows.offset(5), rows.length(5));
                    uuid(hashes, rows, 6);
                    uuid(hashes, rows, 7);
                    hashes.text(raw, rows.offset(8), rows.length(8))
                            .text(raw, rows.offset(9), rows.length(9))
                            .text(raw, rows.offset(10), rows.length(10))
                            .finishEntry(computed);
                    matches = rows.bytes(11, stored) && Arrays.equals(computed, stored);
                }
                proof.position(seq, entryId, previousShaped ? previous : NOT_A_HASH, chainShaped ? chain : NOT_A_HASH, present, computed, matches,
                        matches ? null : rows.text(5));
            }
        }
    }

    private static void uuid(EntryHashes hashes, CopyRows rows, int field) {
        if (rows.isNull(field)) {
            hashes.absentUuid();
        } else {
            hashes.uuid(rows.uuidHigh(field), rows.uuidLow(field));
        }
    }

    /** The links alone, in chain order, until the first break. */
    private static void readLinks(PGConnection connection, ChainProof proof) throws SQLException {
        byte[] previous = new byte[EntryHashes.HASH_LENGTH];
        byte[] chain = new byte[EntryHashes.HASH_LENGTH];
        try (CopyRows rows = CopyRows.open(connection, LINKS, 4)) {
            while (rows.next()) {
                boolean previousShaped = rows.bytes(2, previous);
                boolean chainShaped = rows.bytes(3, chain);
                if (!proof.link(rows.int8(0), rows.int8(1), previousShaped ? previous : NOT_A_HASH, chainShaped ? chain : NOT_A_HASH)) {
                    rows.skipRest();
                    return;
                }
            }
        }
    }

    private List<ChainProof.Link> links(long[] seqs) {
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement("select seq, prev_hash, chain_hash from ledger_chain where seq = any(?)");
            statement.setArray(1, connection.createArrayOf("bigint", Arrays.stream(seqs).boxed().toArray()));
            return statement;
        }, (rs, n) -> new ChainProof.Link(rs.getLong(1), rs.getBytes(2), rs.getBytes(3)));
    }

    /** The lowest id of an entry neither chained nor waiting to be, 0 if none. */
    private long strayEntry() {
        Long stray = jdbc.query("""
                select min(e.id) from ledger_entry e
                where not exists (select 1 from ledger_chain c where c.entry_id = e.id)
                  and not exists (select 1 from ledger_pending p where p.entry_id = e.id)""",
                rs -> rs.next() ? (Long) rs.getObject(1) : null);
        return stray == null ? 0 : stray;
    }
}
