package org.infoshare.ledger;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.infoshare.ledger.rules.GoneRecords;
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
     * whose latest entry says it is gone, and that is gone, is as recorded and not returned. An entry listing the
     * records it leaves gone ({@link GoneRecords}, ADR 0097) counts, for each record it lists, as an entry about that
     * record carrying {@code gone}; a list that is not whole ids of lower-case hex digits is not read.
     */
    private static final String DIFFERENCES = """
            with recorded as (
                select distinct on (x.subject_id) x.subject_id, x.digest
                from (select e.id, e.subject_id, cast(e.details as jsonb) ->> '%1$s' as digest
                      from ledger_entry e
                      where e.subject_type = ? and e.details like '%%"%1$s":%%'
                      union all
                      select e.id, cast(cast(substr(g.ids, i * %6$d + 1, %6$d) as uuid) as text), '%4$s'
                      from ledger_entry e
                           cross join lateral (select cast(e.details as jsonb) ->> '%5$s' as ids) g
                           cross join lateral generate_series(0, length(g.ids) / %6$d - 1) i
                      where e.subject_type = ? and e.details like '%%"%5$s":%%' and g.ids ~ '^([0-9a-f]{%6$d})+$') x
                order by x.subject_id desc, x.id desc),
            live as (select cast(r.id as text) as id, %2$s as digest from %3$s r)
            select coalesce(l.id, d.subject_id), l.digest, d.digest,
                   d.subject_id is not null or exists (select 1 from ledger_entry e where e.subject_type = ? and e.subject_id = l.id)
            from live l full join recorded d on d.subject_id = l.id
            where l.digest is distinct from d.digest and not (l.id is null and d.digest = '%4$s')""";

    /**
     * One record: its live digest, the latest digest recorded for it (gone when an entry listing it as gone is later
     * than the latest entry of its own carrying a digest), and whether any entry names it.
     */
    private static final String ONE = """
            with own as (select e.id, cast(e.details as jsonb) ->> '%3$s' as digest from ledger_entry e
                         where e.subject_type = ? and e.subject_id = ? and e.details like '%%"%3$s":%%' order by e.id desc limit 1),
                 listed as (select max(e.id) as id from ledger_entry e
                            cross join lateral (select cast(e.details as jsonb) ->> '%4$s' as ids) g
                            where e.subject_type = ? and e.details like ? and g.ids ~ '^([0-9a-f]{%6$d})+$'
                              and exists (select 1 from generate_series(0, length(g.ids) / %6$d - 1) i
                                          where substr(g.ids, i * %6$d + 1, %6$d) = ?))
            select (select %1$s from %2$s r where r.id = ?),
                   case when (select id from listed) > coalesce((select id from own), 0) then '%5$s' else (select digest from own) end,
                   exists (select 1 from ledger_entry e where e.subject_type = ? and e.subject_id = ?) or (select id from listed) is not null""";

    /**
     * For several records of one kind at once: each id asked, its live digest, the digest its latest entry carries and
     * whether any entry names it. One statement for a page of a list, not one a row.
     */
    private static final String SEVERAL = """
            with asked as (select distinct unnest(?::uuid[]) as id),
            recorded as (
                select distinct on (e.subject_id) e.subject_id, cast(e.details as jsonb) ->> '%3$s' as digest
                from ledger_entry e
                where e.subject_type = ? and e.subject_id = any(?::text[]) and e.details like '%%"%3$s":%%'
                order by e.subject_id, e.id desc)
            select cast(a.id as text), (select %1$s from %2$s r where r.id = a.id), d.digest,
                   d.subject_id is not null or exists (select 1 from ledger_entry e where e.subject_type = ? and e.subject_id = cast(a.id as text))
            from asked a left join recorded d on d.subject_id = cast(a.id as text)""";

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
            String sql = String.format(DIFFERENCES, ProtectedRecords.ROW_DIGEST, kind.digest(), kind.table(), ProtectedRecords.GONE, GoneRecords.KEY,
                    GoneRecords.WIDTH);
            jdbc.query(sql, (RowCallbackHandler) rs -> {
                String id = rs.getString(1);
                RecordFinding.judge(rs.getString(2), rs.getString(3), rs.getBoolean(4))
                        .ifPresent(found -> findings.accept(new RecordFinding(found, kind.type(), id)));
            }, kind.type(), kind.type(), kind.type());
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
                sql += " where " + Snapshots.blocks(part == 0 ? 0 : blocks * part / parts, part + 1 < parts ? blocks * (part + 1) / parts : -1);
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
        String sql = String.format(ONE, kind.get().digest(), kind.get().table(), ProtectedRecords.ROW_DIGEST, GoneRecords.KEY, ProtectedRecords.GONE,
                GoneRecords.WIDTH);
        String subject = id.toString();
        String compact = GoneRecords.compact(id);
        return jdbc.queryForObject(sql, (rs, n) -> RecordFinding.judge(rs.getString(1), rs.getString(2), rs.getBoolean(3)),
                        type, subject, type, "%\"" + GoneRecords.KEY + "\":\"%" + compact + "%", compact, id, type, subject)
                .map(found -> new RecordFinding(found, type, subject));
    }

    /**
     * {@link #check(String, UUID)} for several records of one kind, in one query (a page of a list): the records that are
     * not as the ledger last recorded them, by id. Those as recorded are absent from the answer.
     */
    public Map<UUID, RecordFinding> check(String type, Collection<UUID> ids) {
        Optional<ProtectedRecords.Kind> kind = ProtectedRecords.of(type);
        if (kind.isEmpty() || ids.isEmpty()) {
            return Map.of();
        }
        String sql = String.format(SEVERAL, kind.get().digest(), kind.get().table(), ProtectedRecords.ROW_DIGEST);
        String[] subjects = ids.stream().map(UUID::toString).distinct().toArray(String[]::new);
        Map<UUID, RecordFinding> findings = new HashMap<>();
        jdbc.query(sql, (RowCallbackHandler) rs -> {
            String id = rs.getString(1);
            RecordFinding.judge(rs.getString(2), rs.getString(3), rs.getBoolean(4))
                    .ifPresent(found -> findings.put(UUID.fromString(id), new RecordFinding(found, type, id)));
        }, subjects, type, subjects, type);
        return findings;
    }
}
