package org.infoshare.ledger;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.infoshare.ledger.rules.RecordFinding;
import org.infoshare.ledger.rules.RecordedDigests;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Compares protected records with the digests the ledger holds of them (ADR 0063), by the same SQL that
 * computed those digests when the entries were appended ({@link ProtectedRecords}). The latest entry carrying
 * a digest speaks for the record: every event on a protected record carries one, so later changes made
 * through the application are always the latest.
 *
 * <p>The verifier gathers the recorded digests from the entries while it reads them for the chain
 * ({@link RecordedDigests}), reads the live digests beside it ({@link #live}) and then {@link #compare}s them.
 * When the chain does not prove itself, or an entry names its digest in a form that reading does not take,
 * {@link #check(Consumer)} finds the differences in SQL instead, kind by kind.
 */
@Component
public class RecordDigests {

    /**
     * For one kind: every record whose live digest differs from its latest recorded one, in one query. A record
     * whose latest entry says it is gone, and that is gone, is as recorded and not returned.
     */
    private static final String DIFFERENCES = """
            with recorded as (
                select distinct on (e.subject_id) e.subject_id, cast(e.details as jsonb) ->> '%1$s' as digest
                from ledger_entry e
                where e.subject_type = ? and e.details like '%%"%1$s":%%'
                order by e.subject_id desc, e.id desc),
            live as (select cast(r.id as text) as id, %2$s as digest from %3$s r)
            select coalesce(l.id, d.subject_id), l.digest, d.digest,
                   d.subject_id is not null or exists (select 1 from ledger_entry e where e.subject_type = ? and e.subject_id = l.id)
            from live l full join recorded d on d.subject_id = l.id
            where l.digest is distinct from d.digest and not (l.id is null and d.digest = '%4$s')""";

    private static final String ONE = """
            select (select %1$s from %2$s r where r.id = ?),
                   (select cast(e.details as jsonb) ->> '%3$s' from ledger_entry e
                    where e.subject_type = ? and e.subject_id = ? and e.details like '%%"%3$s":%%' order by e.id desc limit 1),
                   exists (select 1 from ledger_entry e where e.subject_type = ? and e.subject_id = ?)""";

    /** Every stored record of a kind, its id as text and its live digest. */
    private static final String LIVE = "select cast(r.id as text), %s from %s r";

    /** The entries of protected kinds still waiting to be chained: the chain pass does not read them. */
    private static final String AWAITING = """
            select e.id, e.subject_type, e.subject_id, e.details from ledger_pending p join ledger_entry e on e.id = p.entry_id
            where e.subject_type = any(?)""";

    private final JdbcTemplate jdbc;

    RecordDigests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every protected record that is not as the ledger last recorded it, kind by kind, in the caller's transaction. */
    void check(Consumer<RecordFinding> findings) {
        for (ProtectedRecords.Kind kind : ProtectedRecords.all()) {
            String sql = String.format(DIFFERENCES, ProtectedRecords.ROW_DIGEST, kind.digest(), kind.table(), ProtectedRecords.GONE);
            jdbc.query(sql, (RowCallbackHandler) rs -> {
                String id = rs.getString(1);
                RecordFinding.judge(rs.getString(2), rs.getString(3), rs.getBoolean(4))
                        .ifPresent(found -> findings.accept(new RecordFinding(found, kind.type(), id)));
            }, kind.type(), kind.type());
        }
    }

    /** A gathering of the recorded digests for every protected kind, numbered as {@link ProtectedRecords#all()}. */
    static RecordedDigests gathering() {
        return new RecordedDigests(ProtectedRecords.all().stream().map(ProtectedRecords.Kind::type).toList());
    }

    /** The live digest of every stored protected record, kind by kind, streamed on this connection in its snapshot. */
    static List<Map<String, String>> live(PGConnection connection) throws SQLException {
        return live(connection, 0, 1);
    }

    /**
     * The live digests of one share of every protected kind's stored records, by blocks: share {@code part} of
     * {@code parts} of each table's blocks, the last share to the table's end (ADR 0098). The shares of all parts,
     * read in one snapshot, are every stored record once. The digest is the same expression whatever the share.
     */
    static List<Map<String, String>> live(PGConnection connection, int part, int parts) throws SQLException {
        List<Map<String, String>> live = new ArrayList<>();
        for (ProtectedRecords.Kind kind : ProtectedRecords.all()) {
            String sql = String.format(LIVE, kind.digest(), kind.table());
            if (parts > 1) {
                long blocks;
                try (CopyRows size = CopyRows.open(connection,
                        "select pg_relation_size('" + kind.table() + "') / current_setting('block_size')::bigint", 1)) {
                    size.next();
                    blocks = size.int8(0);
                }
                sql += " where " + ChainByBlocks.blocks(part == 0 ? 0 : blocks * part / parts, part + 1 < parts ? blocks * (part + 1) / parts : -1);
            }
            Map<String, String> digests = new HashMap<>();
            try (CopyRows rows = CopyRows.open(connection, sql, 2)) {
                while (rows.next()) {
                    digests.put(rows.text(0), rows.text(1));
                }
            }
            live.add(digests);
        }
        return live;
    }

    /**
     * Compares what the chain pass gathered, with the entries still waiting to be chained added, against the live
     * digests, in the caller's transaction. Falls back to {@link #check(Consumer)} when the gathering is irregular.
     */
    void compare(RecordedDigests recorded, List<Map<String, String>> live, Consumer<RecordFinding> findings) {
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(AWAITING);
            statement.setArray(1, connection.createArrayOf("text", ProtectedRecords.all().stream().map(ProtectedRecords.Kind::type).toArray()));
            return statement;
        }, (RowCallbackHandler) rs -> recorded.entry(rs.getString(2), rs.getLong(1), rs.getString(3), rs.getString(4)));
        if (recorded.irregular()) {
            check(findings);
            return;
        }
        List<ProtectedRecords.Kind> kinds = ProtectedRecords.all();
        for (int kind = 0; kind < kinds.size(); kind++) {
            String type = kinds.get(kind).type();
            recorded.compare(kind, live.get(kind), found -> findings.accept(new RecordFinding(found.kind(), type, found.recordId())));
        }
    }

    /**
     * What is wrong with one record, if anything, as a reader opening it should be told: empty when its stored
     * content is what the ledger last recorded (or when it predates digests, or its kind is not protected).
     */
    public Optional<RecordFinding> check(String type, UUID id) {
        Optional<ProtectedRecords.Kind> kind = ProtectedRecords.of(type);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        String sql = String.format(ONE, kind.get().digest(), kind.get().table(), ProtectedRecords.ROW_DIGEST);
        String subject = id.toString();
        return jdbc.queryForObject(sql, (rs, n) -> RecordFinding.judge(rs.getString(1), rs.getString(2), rs.getBoolean(3)),
                        id, type, subject, type, subject)
                .map(found -> new RecordFinding(found, type, subject));
    }
}
