package org.infoshare.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.infoshare.support.IntegrationTest;
import org.postgresql.PGConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The references to a disclosure, and a disposal run's listed records, are checked once per statement by triggers
 * rather than by foreign keys (V170, ADR 0099): each rule a foreign key kept is still kept, under concurrency too, and
 * the referring and referenced sides name the same references. Every change is made in a transaction that is rolled
 * back, except the two concurrent cases, which commit a disclosure of their own for a moment and remove it.
 */
@IntegrationTest
class ReferencesCheckedPerStatementIT {

    static final List<String> COUNTED = List.of("disclosure", "disclosure_item", "potential_breach", "delivery_notice",
            "person_informed", "quality_report", "disposal_run", "disposal_item");

    /** A row of each referring table naming the disclosure given first, its other columns taken from the one given second. */
    static final Map<String, String> REFERRING = Map.of(
            "disclosure_item", """
                    insert into disclosure_item (id, disclosure_id, position, code, label, category, kind, historical, not_to_subject, content_enc)
                    select gen_random_uuid(), ?::uuid, 0, 'test', 'Test', 'test', 'FACT', false, false, decode('00', 'hex') from disclosure d where d.id = ?""",
            "potential_breach", """
                    insert into potential_breach (id, organisation_id, disclosure_id, recorded_at, recorded_by, reason_enc, opened_before_withdrawal, status)
                    select gen_random_uuid(), d.sender_organisation, ?::uuid, now(), d.sent_by, decode('00', 'hex'), false, 'OPEN' from disclosure d where d.id = ?""",
            "delivery_notice", """
                    insert into delivery_notice (id, withdrawal_notice_id, decision_id, disclosure_id, sender_organisation, recipient_organisation,
                                                 recipient_team, sent_at, sent_by)
                    select gen_random_uuid(), gen_random_uuid(), d.decision_id, ?::uuid, d.sender_organisation, d.recipient_organisation,
                           d.recipient_team, now(), d.sent_by from disclosure d where d.id = ?""",
            "person_informed", """
                    insert into person_informed (id, organisation_id, subject_id, disclosure_id, told, reason, recorded_at, recorded_by)
                    select gen_random_uuid(), d.sender_organisation, d.subject_id, ?::uuid, false, 'ALREADY_AWARE', now(), d.sent_by from disclosure d where d.id = ?""",
            "quality_report", """
                    insert into quality_report (id, disclosure_id, item_code, sender_organisation, subject_id, reporter_organisation, reported_by,
                                                reported_at, what_is_wrong_enc, status)
                    select gen_random_uuid(), ?::uuid, 'test', d.sender_organisation, d.subject_id, d.recipient_organisation, d.sent_by, now(),
                           decode('00', 'hex'), 'OPEN' from disclosure d where d.id = ?""");

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    interface Work {
        void run(Connection connection) throws Exception;
    }

    @ParameterizedTest
    @ValueSource(strings = {"disclosure_item", "potential_breach", "delivery_notice", "person_informed", "quality_report"})
    void aDisclosureStillReferredToIsNotDeleted(String table) throws Exception {
        rolledBack(Connection.TRANSACTION_READ_COMMITTED, c -> {
            UUID disclosure = disclosure(c);
            update(c, REFERRING.get(table), disclosure, disclosure);
            refused(c, "23503", "delete from disclosure where id = ?", disclosure);
            assertThat(count(c, "select count(*) from disclosure where id = ?", disclosure)).isOne();
        });
    }

    @Test
    void aDisclosureNoLongerReferredToIsDeletedAndABatchWithOneStillReferredToDeletesNone() throws Exception {
        rolledBack(Connection.TRANSACTION_READ_COMMITTED, c -> {
            UUID alone = disclosure(c);
            assertThat(update(c, "delete from disclosure where id = ?", alone)).isOne();
            UUID[] batch = {disclosure(c), disclosure(c), disclosure(c)};
            update(c, REFERRING.get("quality_report"), batch[1], batch[1]);
            refused(c, "23503", "delete from disclosure where id = any (?)", (Object) batch);
            assertThat(count(c, "select count(*) from disclosure where id = any (?)", (Object) batch)).isEqualTo(3);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"disclosure_item", "potential_breach", "delivery_notice", "person_informed", "quality_report"})
    void aReferenceToAMissingDisclosureIsRefused(String table) throws Exception {
        rolledBack(Connection.TRANSACTION_READ_COMMITTED, c -> refused(c, "23503", REFERRING.get(table), UUID.randomUUID(), disclosure(c)));
    }

    @Test
    void aStatementAddingSeveralReferencesWithOneMissingAddsNone() throws Exception {
        rolledBack(Connection.TRANSACTION_READ_COMMITTED, c -> {
            UUID disclosure = disclosure(c);
            refused(c, "23503", """
                    insert into disclosure_item (id, disclosure_id, position, code, label, category, kind, historical, not_to_subject, content_enc)
                    select gen_random_uuid(), r.ref, r.n::integer, 'test' || r.n, 'Test', 'test', 'FACT', false, false, decode('00', 'hex')
                    from unnest(?::uuid[]) with ordinality r (ref, n)""", (Object) new UUID[] {disclosure, disclosure, UUID.randomUUID(), disclosure});
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"delivery_notice", "person_informed"})
    void noReferenceIsAcceptedWhereTheColumnAllowsIt(String table) throws Exception {
        rolledBack(Connection.TRANSACTION_READ_COMMITTED, c -> {
            UUID disclosure = disclosure(c);
            String unreferring = "select count(*) from " + table + " where disclosure_id is null";
            long before = count(c, unreferring);
            assertThat(update(c, REFERRING.get(table), null, disclosure)).isOne();
            assertThat(count(c, unreferring)).isEqualTo(before + 1);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"disclosure_item", "potential_breach", "delivery_notice", "person_informed", "quality_report"})
    void aReferenceMovedToAMissingDisclosureIsRefusedAndToAnExistingOneAccepted(String table) throws Exception {
        rolledBack(Connection.TRANSACTION_READ_COMMITTED, c -> {
            UUID disclosure = disclosure(c);
            UUID other = disclosure(c);
            update(c, REFERRING.get(table), disclosure, disclosure);
            refused(c, "23503", "update " + table + " set disclosure_id = ? where disclosure_id = ?", UUID.randomUUID(), disclosure);
            assertThat(count(c, "select count(*) from " + table + " where disclosure_id = ?", disclosure)).isOne();
            assertThat(update(c, "update " + table + " set disclosure_id = ? where disclosure_id = ?", other, disclosure)).isOne();
        });
    }

    @Test
    void anotherColumnOfAReferringRowMayChange() throws Exception {
        rolledBack(Connection.TRANSACTION_READ_COMMITTED, c -> {
            UUID disclosure = disclosure(c);
            update(c, REFERRING.get("disclosure_item"), disclosure, disclosure);
            update(c, REFERRING.get("delivery_notice"), disclosure, disclosure);
            assertThat(update(c, "update disclosure_item set label = 'Changed' where disclosure_id = ?", disclosure)).isOne();
            assertThat(update(c, "update delivery_notice set acknowledged_at = now() where disclosure_id = ?", disclosure)).isOne();
        });
    }

    @Test
    void aDisclosuresIdNeverChangesAndTheTableIsNeverTruncated() throws Exception {
        rolledBack(Connection.TRANSACTION_READ_COMMITTED, c -> {
            UUID disclosure = disclosure(c);
            refused(c, "23503", "update disclosure set id = ? where id = ?", UUID.randomUUID(), disclosure);
            assertThat(count(c, "select count(*) from disclosure where id = ?", disclosure)).isOne();
            refused(c, "55000", "truncate disclosure cascade");
        });
    }

    @Test
    void aDisclosureIsDeletedOnlyInReadCommitted() throws Exception {
        rolledBack(Connection.TRANSACTION_REPEATABLE_READ, c -> {
            UUID disclosure = disclosure(c);
            refused(c, "55000", "delete from disclosure where id = ?", disclosure);
            assertThat(count(c, "select count(*) from disclosure where id = ?", disclosure)).isOne();
        });
    }

    @Test
    void aDeleteWaitingOnANewReferenceFailsOnceTheReferenceIsCommitted() throws Exception {
        UUID disclosure = committedDisclosure();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (Connection a = open(); Connection b = open()) {
            update(a, REFERRING.get("disclosure_item"), disclosure, disclosure);
            int deleting = pid(b);
            Future<SQLException> delete = background.submit(() -> failure(b, "delete from disclosure where id = ?", disclosure));
            awaitWaitingForALock(deleting, delete);
            a.commit();
            assertThat(state(delete.get(20, TimeUnit.SECONDS))).as("the state the delete failed with").isEqualTo("23503");
            b.rollback();
            assertThat(jdbc.queryForObject("select count(*) from disclosure where id = ?", Long.class, disclosure)).isOne();
        } finally {
            background.shutdownNow();
            jdbc.update("delete from disclosure_item where disclosure_id = ?", disclosure);
            jdbc.update("delete from disclosure where id = ?", disclosure);
        }
    }

    @Test
    void aReferenceWaitingOnADeleteFailsOnceTheDeleteIsCommitted() throws Exception {
        UUID disclosure = committedDisclosure();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (Connection a = open(); Connection b = open()) {
            assertThat(update(b, "delete from disclosure where id = ?", disclosure)).isOne();
            int inserting = pid(a);
            Future<SQLException> insert = background.submit(() -> failure(a, REFERRING.get("disclosure_item"), disclosure, disclosure));
            awaitWaitingForALock(inserting, insert);
            b.commit();
            assertThat(state(insert.get(20, TimeUnit.SECONDS))).as("the state the insert failed with").isEqualTo("23503");
            a.rollback();
            assertThat(jdbc.queryForObject("select count(*) from disclosure_item where disclosure_id = ?", Long.class, disclosure)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from disclosure where id = ?", Long.class, disclosure)).isZero();
        } finally {
            background.shutdownNow();
            jdbc.update("delete from disclosure_item where disclosure_id = ?", disclosure);
            jdbc.update("delete from disclosure where id = ?", disclosure);
        }
    }

    @Test
    void aDisposalRunsListedRecordsNameAnExistingRunWhichIsThenKept() throws Exception {
        rolledBack(Connection.TRANSACTION_READ_COMMITTED, c -> {
            String item = "insert into disposal_item (run_id, record_type, record_id, method) values (?, 'DISCLOSURE', gen_random_uuid(), 'DELETED')";
            refused(c, "23503", item, UUID.randomUUID());
            UUID run = UUID.randomUUID();
            update(c, """
                    insert into disposal_run (id, organisation_id, trigger, status, started_at, finished_at)
                    select ?, id, 'MANUAL', 'FINISHED', now(), now() from organisation order by id limit 1""", run);
            assertThat(update(c, item, run)).isOne();
            refused(c, "23503", "delete from disposal_run where id = ?", run);
            refused(c, "23503", "update disposal_run set id = ? where id = ?", UUID.randomUUID(), run);
            assertThat(count(c, "select count(*) from disposal_run where id = ?", run)).isOne();
        });
    }

    @Test
    void eachReferenceIsNamedOnBothSidesAndLookedUpByAnIndex() {
        List<String> fromReferring = new ArrayList<>();
        List<String> fromReferenced = new ArrayList<>();
        jdbc.query("""
                select t.tgrelid::regclass::text, p.proname, encode(t.tgargs, 'escape') from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                where p.proname in ('reference_exists', 'references_to_deleted_rows')""", row -> {
            String table = row.getString(1);
            List<String> args = Arrays.stream(row.getString(3).split("\\\\000")).filter(a -> !a.isEmpty()).toList();
            if (row.getString(2).equals("reference_exists")) {
                assertThat(args).as("the arguments of %s's trigger", table).hasSize(2);
                fromReferring.add(table + "." + args.get(0) + " -> " + args.get(1));
            } else {
                assertThat(args.size() % 2).as("the arguments of %s's trigger come in pairs", table).isZero();
                for (int i = 0; i < args.size(); i += 2) {
                    fromReferenced.add(args.get(i) + "." + args.get(i + 1) + " -> " + table);
                }
            }
        });
        assertThat(fromReferring).as("the references checked on insert and update").containsAll(List.of(
                "disclosure_item.disclosure_id -> disclosure", "potential_breach.disclosure_id -> disclosure",
                "delivery_notice.disclosure_id -> disclosure", "person_informed.disclosure_id -> disclosure",
                "quality_report.disclosure_id -> disclosure", "disposal_item.run_id -> disposal_run"));
        assertThat(fromReferenced).as("the references checked on delete").containsExactlyInAnyOrderElementsOf(fromReferring.stream().distinct().toList());
        for (String reference : fromReferenced) {
            String[] column = reference.substring(0, reference.indexOf(' ')).split("\\.");
            assertThat(jdbc.queryForObject("""
                    select exists (select 1 from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                                   where i.indrelid = ?::regclass and a.attname = ?)""", Boolean.class, column[0], column[1]))
                    .as("an index led by %s", reference).isTrue();
        }
    }

    /** Work in a transaction that is rolled back, on the PostgreSQL connection under the pool's. */
    private void rolledBack(int isolation, Work work) throws Exception {
        try (Connection pooled = dataSource.getConnection()) {
            Connection c = (Connection) pooled.unwrap(PGConnection.class);
            c.setAutoCommit(false);
            c.setTransactionIsolation(isolation);
            try {
                update(c, "set local statement_timeout = '10s'");
                work.run(c);
            } finally {
                c.rollback();
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(true);
            }
        }
    }

    /** A connection in a transaction of its own whose statements wait for a lock a few seconds at most. */
    private Connection open() throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        update(c, "set local lock_timeout = '10s'");
        update(c, "set local statement_timeout = '15s'");
        return c;
    }

    /** A disclosure, with a data subject of its own, in this transaction. */
    private static UUID disclosure(Connection c) throws SQLException {
        UUID subject = UUID.randomUUID();
        update(c, """
                insert into data_subject (id, organisation_id, reference_index, reference_enc, name_enc, created_at, created_by)
                select ?, u.organisation_id, uuid_send(gen_random_uuid()), decode('00', 'hex'), decode('00', 'hex'), now(), u.id
                from app_user u order by u.id limit 1""", subject);
        return disclosure(c, subject);
    }

    private static UUID disclosure(Connection c, UUID subject) throws SQLException {
        UUID id = UUID.randomUUID();
        assertThat(update(c, """
                insert into disclosure (id, decision_id, subject_id, sender_organisation, sent_by, recipient_organisation, recipient_team,
                                        purpose, lawful_basis, inform_person, sent_at)
                select ?, gen_random_uuid(), ?::uuid, u.organisation_id, u.id, t.organisation_id, t.id, 'Checking references', '{}'::jsonb, false, now()
                from app_user u join team t on t.organisation_id <> u.organisation_id order by u.id, t.id limit 1""", id, subject)).isOne();
        return id;
    }

    /** A disclosure committed for a concurrent case (its subject is not needed), removed by the case when it ends. */
    private UUID committedDisclosure() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return disclosure(c, UUID.randomUUID());
        }
    }

    /** The statement fails with this state, and the row counts are as they were before it. */
    private static void refused(Connection c, String state, String sql, Object... params) throws SQLException {
        Map<String, Long> before = counts(c);
        Savepoint savepoint = c.setSavepoint();
        SQLException failure = null;
        try {
            update(c, sql, params);
        } catch (SQLException e) {
            failure = e;
        }
        c.rollback(savepoint);
        assertThat(state(failure)).as("the state %s failed with (%s)", sql, failure == null ? "it did not" : failure.getMessage()).isEqualTo(state);
        assertThat(counts(c)).as("the rows after %s", sql).isEqualTo(before);
    }

    private static String state(SQLException failure) {
        return failure == null ? null : failure.getSQLState();
    }

    private static SQLException failure(Connection c, String sql, Object... params) {
        try {
            update(c, sql, params);
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    private int pid(Connection c) throws SQLException {
        return (int) count(c, "select pg_backend_pid()");
    }

    /** Waits, a few seconds at most, until the backend's statement waits for a lock (or has already ended). */
    private void awaitWaitingForALock(int pid, Future<?> statement) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < until && !statement.isDone()) {
            if ("Lock".equals(jdbc.queryForObject("select wait_event_type from pg_stat_activity where pid = ?", String.class, pid))) {
                return;
            }
            Thread.sleep(20);
        }
        assertThat(statement.isDone()).as("the statement ended before it waited").isFalse();
        throw new AssertionError("the statement did not wait for a lock within 5 seconds");
    }

    private static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : COUNTED) {
            counts.put(table, count(c, "select count(*) from " + table));
        }
        return counts;
    }

    private static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(c, sql, params); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(c, sql, params)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof UUID[] ids) {
                statement.setArray(i + 1, c.createArrayOf("uuid", ids));
            } else {
                statement.setObject(i + 1, params[i]);
            }
        }
        return statement;
    }
}
