package org.infoshare.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.infoshare.database.EmbeddedPostgresServer;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The test-support route to the embedded database as its superuser, for tests that tamper with what the
 * application may not touch (the ledger, the files): it reads the operator's secret from the data directory,
 * exactly as an operator with access to that file would. There is no other way in.
 */
public final class DatabaseSuperuser {

    private DatabaseSuperuser() {
    }

    /** The superuser's password, from the data directory's owner-only file. */
    public static String password(EmbeddedPostgresServer server) {
        try {
            return Files.readString(server.superuserPasswordFile(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Connections to the application's database as the superuser. */
    public static DataSource dataSource(EmbeddedPostgresServer server) {
        return dataSource(server, EmbeddedPostgresServer.DATABASE);
    }

    public static DataSource dataSource(EmbeddedPostgresServer server, String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {server.port()});
        dataSource.setDatabaseName(database);
        dataSource.setUser(EmbeddedPostgresServer.SUPERUSER);
        dataSource.setPassword(password(server));
        return dataSource;
    }

    /**
     * Works on one connection of the superuser with triggers and foreign keys switched off, as an attacker who had
     * the operator's secret would: for tests that change records behind the application's back.
     */
    public static void withoutTriggers(EmbeddedPostgresServer server, Consumer<JdbcTemplate> work) {
        try (Connection connection = dataSource(server).getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
            }
            work.accept(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
