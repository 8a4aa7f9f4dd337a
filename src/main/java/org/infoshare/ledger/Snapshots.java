package org.infoshare.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

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

    /** Blocks {@code [from, to)} of a table, as a condition on {@code ctid}; {@code to} negative for every block from {@code from} on. */
    static String blocks(long from, long to) {
        return "ctid >= '(" + from + ",0)'::tid" + (to < 0 ? "" : " and ctid < '(" + to + ",0)'::tid");
    }
}
