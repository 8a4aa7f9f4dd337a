package org.infoshare.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

/**
 * Readings on connections of their own that all see one exported snapshot, and the ranges of a table's blocks they
 * read: the verifier's parallel readers (ADR 0098).
 */
final class Snapshots {

    private Snapshots() {
    }

    /** Reads on this connection. */
    interface Reading<T> {
        T read(PGConnection connection) throws SQLException;
    }

    /** A reading on a connection of its own that sees the snapshot {@code snapshot} (from {@code pg_export_snapshot()}). */
    static <T> T read(DataSource dataSource, String snapshot, Reading<T> reading) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set transaction snapshot '" + snapshot.replace("'", "''") + "'");
                }
                return reading.read(connection.unwrap(PGConnection.class));
            } finally {
                connection.rollback();
            }
        }
    }

    /** Work handed to a pool of readers, waiting for what they read. */
    interface Readers<T> {
        T run(ExecutorService pool) throws InterruptedException, ExecutionException;
    }

    /**
     * Runs {@code work} with a pool of {@code threads} daemon threads, shut down after it; a reader's failure, or an
     * interruption, ends the verification with an {@link IllegalStateException} saying which.
     */
    static <T> T inParallel(int threads, Readers<T> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "ledger-verifier");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return work.run(pool);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Verification was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Reading the ledger failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Blocks {@code [from, to)} of a table, as a condition on {@code ctid}; {@code to} negative for every block from {@code from} on. */
    static String blocks(long from, long to) {
        return "ctid >= '(" + from + ",0)'::tid" + (to < 0 ? "" : " and ctid < '(" + to + ",0)'::tid");
    }
}
