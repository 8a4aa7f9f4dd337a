package org.infoshare.ledger;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.infoshare.ledger.rules.ChainProof;
import org.infoshare.ledger.rules.EntryHashes;
import org.infoshare.ledger.rules.RecordedDigests;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chain pass read the cheap way for PostgreSQL (ADR 0098): each table in its own stored order, by TID range
 * scans, paired in Java. A reader streams a range of the chain's blocks on one connection and the matching range of
 * the entries' blocks on another, both in the verification's snapshot, and pairs each position with its entry by
 * entry id as the two streams pass each other. The chain is stored in order of position and the entries in order of
 * id, which the sequencer links in the same order, so nearly every pair meets at once; the few that do not (at the
 * ranges' edges, entries waiting to be chained, rows rewritten elsewhere in the table) wait in memory and are paired
 * across readers at the end ({@link #pairLeftovers}).
 *
 * <p>Between them the readers see every position and every entry of the snapshot exactly once, so each position is
 * proven with its entry by the same {@link ChainProof} as the ordered reading, and the entries read are the entries
 * counted. This reading only ever proves a ledger intact: when anything is out of the ordinary (a position without
 * its entry, an id twice, more rows waiting than {@link #MAX_WAITING}) it gives up with {@link Irregular}, and the
 * caller reads the ledger in the ordered way, which names what is wrong.
 */
final class ChainByBlocks {

    /** Rows a reader may hold waiting for their partners before it gives up; bounds its memory whatever the ledger. */
    static final int MAX_WAITING = 50_000;

    private static final byte[] NOT_A_HASH = new byte[0];

    private ChainByBlocks() {
    }

    /**
     * Reads every position and every entry by blocks (ADR 0098): a large ledger in parallel ranges, each reader with
     * two connections sharing this transaction's snapshot, one for the chain's blocks and one for the entries'. With
     * {@code recorded}, the readers gather the records' digests, and the live digests are read beside them into
     * {@code live}.
     *
     * @return how many entries the ledger holds, or -1 when it cannot be proven intact by blocks
     */
    static long readAll(JdbcTemplate jdbc, int maxReaders, long entriesPerReader, ChainProof proof, Set<Long> checkpointSeqs,
                        RecordedDigests recorded, List<Map<String, String>> live) {
        long[] span = jdbc.queryForObject("select coalesce(min(entry_id), 0), coalesce(max(entry_id), -1) from ledger_chain",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)});
        int readers = (int) Math.min(maxReaders, Math.max(1, (span[1] - span[0] + 1) / entriesPerReader));
        long[] size = jdbc.queryForObject("""
                select pg_relation_size('ledger_chain') / current_setting('block_size')::bigint,
                       pg_relation_size('ledger_entry') / current_setting('block_size')::bigint""",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)});
        // Each reader takes an equal share of the chain's blocks, and the entries' blocks from where its first entry is.
        long[] chainFrom = new long[readers];
        long[] entryFrom = new long[readers];
        for (int k = 1; k < readers; k++) {
            chainFrom[k] = size[0] * k / readers;
            Long block = jdbc.query("""
                    select (e.ctid::text::point)[0]::bigint from ledger_entry e
                    where e.id = (select c.entry_id from ledger_chain c where %s limit 1)""".formatted(Snapshots.blocks(chainFrom[k], -1)),
                    rs -> rs.next() ? rs.getLong(1) : null);
            entryFrom[k] = Math.max(entryFrom[k - 1], block == null ? size[1] * k / readers : block);
        }
        String snapshot = jdbc.queryForObject("select pg_export_snapshot()", String.class);
        DataSource dataSource = jdbc.getDataSource();
        return Snapshots.<Long>inParallel(readers + (recorded == null ? 0 : readers), pool -> {
                // The live digests in as many shares of each protected table's blocks as there are readers.
                List<Future<List<Map<String, String>>>> liveDigests = new ArrayList<>();
                for (int k = 0; recorded != null && k < readers; k++) {
                    int share = k;
                    liveDigests.add(pool.submit(() -> Snapshots.read(dataSource, snapshot, connection -> RecordDigests.live(connection, share, readers))));
                }
                List<Future<Part>> reading = new ArrayList<>();
                for (int k = 0; k < readers; k++) {
                    String chainBlocks = Snapshots.blocks(chainFrom[k], k + 1 < readers ? chainFrom[k + 1] : -1);
                    String entryBlocks = Snapshots.blocks(entryFrom[k], k + 1 < readers ? entryFrom[k + 1] : -1);
                    reading.add(pool.submit(() -> Snapshots.read(dataSource, snapshot, chain -> Snapshots.read(dataSource, snapshot, entries -> {
                        Part part = new Part(new ChainProof(checkpointSeqs),
                                recorded == null ? null : RecordDigests.gathering());
                        try {
                            read(chain, entries, chainBlocks, entryBlocks, part);
                        } catch (Irregular irregular) {
                            return null;
                        }
                        return part;
                    }))));
                }
                List<Part> parts = new ArrayList<>();
                for (Future<Part> part : reading) {
                    parts.add(part.get());
                }
                for (Future<List<Map<String, String>>> share : liveDigests) {
                    List<Map<String, String>> kinds = share.get();
                    for (int kind = 0; kind < kinds.size(); kind++) {
                        if (live.size() <= kind) {
                            live.add(new HashMap<>());
                        }
                        live.get(kind).putAll(kinds.get(kind));
                    }
                }
                if (parts.contains(null)) {
                    return -1L;
                }
                ChainProof leftovers;
                try {
                    leftovers = pairLeftovers(parts, checkpointSeqs);
                } catch (Irregular irregular) {
                    return -1L;
                }
                long entries = 0;
                for (Part part : parts) {
                    proof.include(part.proof());
                    if (recorded != null) {
                        recorded.include(part.recorded());
                    }
                    entries += part.entries();
                }
                proof.include(leftovers);
                return entries;
        });
    }

    /** The reading cannot prove this ledger intact by blocks; read it in order instead. */
    static final class Irregular extends Exception {
        Irregular(String why) {
            super(why, null, false, false);
        }
    }

    /** A position read before its entry. */
    private record WaitingPosition(long seq, long entryId, byte[] previous, byte[] chain) {
    }

    /** An entry read, and hashed, before its position. */
    private record WaitingEntry(byte[] computed, boolean matches, String action) {
    }

    /** What one reader found: its part of the proof, the digests gathered, the entries read, and what is left unpaired. */
    static final class Part {
        private final ChainProof proof;
        private final RecordedDigests recorded;
        private long entries;
        private final Map<Long, WaitingPosition> positions = new HashMap<>();
        private final Map<Long, WaitingEntry> waitingEntries = new HashMap<>();

        Part(ChainProof proof, RecordedDigests recorded) {
            this.proof = proof;
            this.recorded = recorded;
        }

        ChainProof proof() {
            return proof;
        }

        RecordedDigests recorded() {
            return recorded;
        }

        long entries() {
            return entries;
        }
    }

    /**
     * Reads one range of the chain's blocks and one of the entries' blocks, each on its own connection, pairing them
     * into {@code part}.
     */
    static void read(PGConnection chainConnection, PGConnection entryConnection, String chainBlocks, String entryBlocks, Part part)
            throws SQLException, Irregular {
        EntryHashes hashes = EntryHashes.forThisThread();
        byte[] previous = new byte[EntryHashes.HASH_LENGTH];
        byte[] chain = new byte[EntryHashes.HASH_LENGTH];
        byte[] stored = new byte[EntryHashes.HASH_LENGTH];
        byte[] computed = new byte[EntryHashes.HASH_LENGTH];
        ChainProof proof = part.proof;
        try (CopyRows positions = CopyRows.open(chainConnection,
                "select seq, entry_id, prev_hash, chain_hash from ledger_chain where " + chainBlocks, 4);
             CopyRows entries = CopyRows.open(entryConnection,
                     "select id, recorded_at, action, actor_id, organisation_id, subject_type, subject_id, details, entry_hash from ledger_entry where "
                             + entryBlocks, 9)) {
            boolean position = positions.next();
            boolean entry = entries.next();
            while (position || entry) {
                long positionEntry = position ? positions.int8(1) : Long.MAX_VALUE;
                long entryId = entry ? entries.int8(0) : Long.MAX_VALUE;
                if (positionEntry <= entryId) {
                    long seq = positions.int8(0);
                    byte[] previousHash = positions.bytes(2, previous) ? previous : NOT_A_HASH;
                    byte[] chainHash = positions.bytes(3, chain) ? chain : NOT_A_HASH;
                    if (entry && positionEntry == entryId) {
                        boolean matches = hashEntry(entries, part, hashes, stored, computed);
                        proof.position(seq, entryId, previousHash, chainHash, true, computed, matches, matches ? null : entries.text(2));
                        entry = entries.next();
                    } else {
                        WaitingEntry waiting = part.waitingEntries.remove(positionEntry);
                        if (waiting != null) {
                            proof.position(seq, positionEntry, previousHash, chainHash, true, waiting.computed(), waiting.matches(), waiting.action());
                        } else if (part.positions.put(positionEntry, new WaitingPosition(seq, positionEntry, copy(previousHash), copy(chainHash))) != null) {
                            throw new Irregular("two positions for entry " + positionEntry);
                        }
                    }
                    position = positions.next();
                } else {
                    boolean matches = hashEntry(entries, part, hashes, stored, computed);
                    WaitingPosition waiting = part.positions.remove(entryId);
                    if (waiting != null) {
                        proof.position(waiting.seq(), entryId, waiting.previous(), waiting.chain(), true, computed, matches,
                                matches ? null : entries.text(2));
                    } else if (part.waitingEntries.put(entryId, new WaitingEntry(computed.clone(), matches, matches ? null : entries.text(2))) != null) {
                        throw new Irregular("two entries with id " + entryId);
                    }
                    entry = entries.next();
                }
                if (part.positions.size() + part.waitingEntries.size() > MAX_WAITING) {
                    throw new Irregular("more than " + MAX_WAITING + " rows out of order");
                }
            }
        }
    }

    /** Hashes the entry the stream is on into {@code computed}, gathers its record's digest, and says whether it matches. */
    private static boolean hashEntry(CopyRows rows, Part part, EntryHashes hashes, byte[] stored, byte[] computed) {
        part.entries++;
        byte[] raw = rows.buffer();
        if (part.recorded != null) {
            int kind = part.recorded.kindOf(raw, rows.offset(5), rows.length(5));
            if (kind >= 0) {
                part.recorded.entry(kind, rows.int8(0), rows.text(6), raw, rows.offset(7), rows.length(7));
            }
        }
        hashes.beginEntry(rows.timestampMicros(1)).text(raw, rows.offset(2), rows.length(2));
        uuid(hashes, rows, 3);
        uuid(hashes, rows, 4);
        hashes.text(raw, rows.offset(5), rows.length(5))
                .text(raw, rows.offset(6), rows.length(6))
                .text(raw, rows.offset(7), rows.length(7))
                .finishEntry(computed);
        return rows.bytes(8, stored) && Arrays.equals(computed, stored);
    }

    private static void uuid(EntryHashes hashes, CopyRows rows, int field) {
        if (rows.isNull(field)) {
            hashes.absentUuid();
        } else {
            hashes.uuid(rows.uuidHigh(field), rows.uuidLow(field));
        }
    }

    private static byte[] copy(byte[] hash) {
        return hash == NOT_A_HASH ? NOT_A_HASH : hash.clone();
    }

    /**
     * Pairs what the readers left waiting: each position with its entry, wherever it was read. Entries left over are
     * those waiting to be chained (or stray, which the count of entries then shows).
     *
     * @return the proof of the positions paired here, to be included with the readers' parts
     */
    static ChainProof pairLeftovers(List<Part> parts, Set<Long> checkpointSeqs) throws Irregular {
        Map<Long, WaitingEntry> entries = new HashMap<>();
        List<WaitingPosition> positions = new ArrayList<>();
        for (Part part : parts) {
            for (Map.Entry<Long, WaitingEntry> entry : part.waitingEntries.entrySet()) {
                if (entries.put(entry.getKey(), entry.getValue()) != null) {
                    throw new Irregular("two entries with id " + entry.getKey());
                }
            }
            positions.addAll(part.positions.values());
        }
        positions.sort(Comparator.comparingLong(WaitingPosition::seq));
        ChainProof proof = new ChainProof(checkpointSeqs);
        for (WaitingPosition position : positions) {
            WaitingEntry entry = entries.remove(position.entryId());
            if (entry == null) {
                throw new Irregular("position " + position.seq() + " without its entry");
            }
            proof.position(position.seq(), position.entryId(), position.previous(), position.chain(), true, entry.computed(),
                    entry.matches(), entry.action());
        }
        return proof;
    }
}
