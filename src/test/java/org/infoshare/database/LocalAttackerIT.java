package org.infoshare.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.infoshare.support.DatabaseSuperuser;
import org.infoshare.support.PostgresProbe;
import org.infoshare.support.PostgresProbe.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A local attacker against the embedded PostgreSQL: another account on the same machine, or a process of this
 * account without the operator's secret. Every way in without the secret is refused, over TCP and over the Unix
 * socket, as the superuser, as the application's role or as anyone; the application's own role cannot do what
 * only a superuser may (run programs, read server files, change the server's settings, create roles).
 */
class LocalAttackerIT {

    private static final List<String> ROLES = List.of("postgres", "infoshare", "attacker");

    @TempDir
    static Path dataDir;

    static EmbeddedPostgresServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedPostgresServer.start(dataDir, new InfoshareProperties.EmbeddedDatabase(0, false, true, null));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noRoleGetsInWithoutItsPasswordOverTcpOrTheSocket() {
        Path socket = server.socketDirectory().orElseThrow().resolve(".s.PGSQL." + server.port());
        assertThat(socket.toFile()).exists();
        for (String role : ROLES) {
            for (String database : List.of("infoshare", "postgres", "template1")) {
                PostgresProbe.Result tcp = PostgresProbe.overTcp(server.port(), role, database);
                PostgresProbe.Result unix = PostgresProbe.overSocket(socket, role, database);
                assertThat(tcp.outcome()).as("TCP as %s to %s: %s", role, database, tcp).isEqualTo(Outcome.REFUSED);
                assertThat(tcp.asked()).isEqualTo("SCRAM-SHA-256");
                assertThat(tcp.sqlState()).isEqualTo("28P01");
                assertThat(unix.outcome()).as("socket as %s to %s: %s", role, database, unix).isEqualTo(Outcome.REFUSED);
                assertThat(unix.sqlState()).isEqualTo("28P01");
            }
        }
        // The driver, with no password or a wrong one, is refused the same way.
        for (String role : ROLES) {
            SQLException wrong = catchThrowableOfType(SQLException.class, () -> connect(role, "not-the-secret"));
            assertThat(wrong.getSQLState()).as(role).isEqualTo("28P01");
            assertThat((Object) catchThrowableOfType(SQLException.class, () -> connect(role, null))).as(role).isNotNull();
        }
        // Positive control: with the operator's secret the superuser gets in, over the same port.
        assertThat(new JdbcTemplate(DatabaseSuperuser.dataSource(server)).queryForObject("select current_user", String.class))
                .isEqualTo("postgres");
    }

    /**
     * Positive control: the probe does find the hole when it is there. A server set up as earlier versions set
     * theirs (the library's defaults: every local connection trusted) lets every role in without a secret.
     */
    @Test
    void theProbeFindsAServerThatTrustsLocalConnections(@TempDir Path trustingDir) throws IOException {
        try (var trusting = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().setDataDirectory(trustingDir)
                .setCleanDataDirectory(true).setServerConfig("fsync", "off").start()) {
            for (String role : List.of("postgres")) {
                assertThat(PostgresProbe.overTcp(trusting.getPort(), role, "postgres").outcome()).isEqualTo(Outcome.LET_IN);
                assertThat(PostgresProbe.overSocket(Path.of("/tmp/.s.PGSQL." + trusting.getPort()), role, "postgres").outcome())
                        .isEqualTo(Outcome.LET_IN);
            }
        }
    }

    @Test
    void theSecretAndTheSocketArePrivateToTheirOwner() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.superuserPasswordFile()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.socketDirectory().orElseThrow()))).isEqualTo("rwx------");
        assertThat(Files.readString(server.superuserPasswordFile()).strip()).hasSizeGreaterThanOrEqualTo(43);
        // Nothing is left in the world-writable places PostgreSQL would use by default.
        assertThat(Path.of("/tmp/.s.PGSQL." + server.port()).toFile()).doesNotExist();
        assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).doesNotContain("trust").contains("scram-sha-256");
    }

    /** Another operating-system user (nobody) runs the same probe on its own: it cannot even reach the socket. */
    @Test
    void anotherOperatingSystemUserCannotConnect() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "switching to another operating-system user needs root and setpriv");
        Path probeDir = Files.createTempDirectory("infoshare-probe");
        try {
            Files.setPosixFilePermissions(probeDir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path source = probeDir.resolve("PostgresProbe.java");
            Files.copy(Path.of("src/test/java/org/infoshare/support/PostgresProbe.java"), source);
            Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-r--r--"));
            Path socket = server.socketDirectory().orElseThrow().resolve(".s.PGSQL." + server.port());
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                    java.toString(), "-Duser.home=" + probeDir, source.toString(), String.valueOf(server.port()), socket.toString(),
                    "postgres", "infoshare", "attacker")
                    .directory(probeDir.toFile()).redirectErrorStream(true).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(output).isZero();
            for (String role : ROLES) {
                assertThat(output).as(output).contains("tcp " + role + " outcome=REFUSED sqlstate=28P01 asked=SCRAM-SHA-256");
                assertThat(output).as(output).containsPattern("socket " + role + " outcome=UNREACHABLE .*(?i)permission denied");
            }
        } finally {
            try (var files = Files.walk(probeDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theApplicationsRoleCannotDoWhatOnlyASuperuserMay() throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.applicationUser(), server.applicationPassword())) {
            JdbcTemplate app = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            assertThat(app.queryForObject("select current_user", String.class)).isEqualTo("infoshare");
            Map<String, String> forbidden = Map.of(
                    "copy (select 1) to program 'id'", "COPY TO PROGRAM",
                    "copy (select 1) to '/tmp/infoshare-attacker'", "COPY TO a server file",
                    "select pg_read_file('postgresql.conf')", "pg_read_file",
                    "select pg_read_binary_file('/etc/passwd')", "pg_read_binary_file",
                    "select pg_ls_dir('.')", "pg_ls_dir",
                    "alter system set log_statement = 'all'", "ALTER SYSTEM",
                    "create role intruder superuser login", "CREATE ROLE",
                    "create database intruder", "CREATE DATABASE",
                    "set session_replication_role = replica", "switching triggers off",
                    "alter role infoshare superuser", "making itself a superuser");
            for (Map.Entry<String, String> attempt : forbidden.entrySet()) {
                SQLException refused = catchThrowableOfType(SQLException.class, () -> {
                    try (var statement = connection.createStatement()) {
                        statement.execute(attempt.getKey());
                    }
                });
                assertThat((Object) refused).as(attempt.getValue()).isNotNull();
                assertThat(refused.getSQLState()).as(attempt.getValue() + ": " + refused.getMessage()).isEqualTo("42501");
            }
            assertThat(Path.of("/tmp/infoshare-attacker").toFile()).doesNotExist();
            Map<String, Object> role = app.queryForMap("""
                    select rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls,
                           (select count(*) from pg_auth_members where member = r.oid) as memberships
                    from pg_roles r where rolname = 'infoshare'""");
            assertThat(role).containsEntry("rolsuper", false).containsEntry("rolcreaterole", false).containsEntry("rolcreatedb", false)
                    .containsEntry("rolreplication", false).containsEntry("rolbypassrls", false).containsEntry("memberships", 0L);
            // It owns its schema, and may work in it.
            assertThat(app.queryForObject("select pg_get_userbyid(nspowner) from pg_namespace where nspname = 'public'", String.class))
                    .isEqualTo("infoshare");
            app.execute("create table attacker_probe (id int)");
            app.execute("drop table attacker_probe");
        }
        // It cannot reach the maintenance database at all.
        SQLException maintenance = catchThrowableOfType(SQLException.class, () -> DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + server.port() + "/postgres", server.applicationUser(), server.applicationPassword()).close());
        assertThat(maintenance.getSQLState()).isEqualTo("42501");
    }

    @Test
    void aSecretFileOthersCouldReadStopsTheStart(@TempDir Path otherDataDir) throws IOException {
        Path secret = otherDataDir.resolve("postgres-superuser-password");
        Files.writeString(secret, "a-secret-that-others-can-read-0123456789\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));

        OwnerOnlyFiles.UnsafeSecretFileException refused = catchThrowableOfType(OwnerOnlyFiles.UnsafeSecretFileException.class,
                () -> EmbeddedPostgresServer.start(otherDataDir, new InfoshareProperties.EmbeddedDatabase(0, false, true, null)).close());

        assertThat(refused.getMessage()).contains(secret.toAbsolutePath().toString()).contains("rw-r--r--")
                .contains("group can read").contains("others can read");
        assertThat(otherDataDir.resolve("postgres").toFile()).as("no server was set up").doesNotExist();
        // The lock was let go: once the file is private, the start goes ahead.
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        EmbeddedPostgresServer.start(otherDataDir, new InfoshareProperties.EmbeddedDatabase(0, false, true, null)).close();
    }

    private static void connect(String role, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role);
        if (password != null) {
            properties.setProperty("password", password);
        }
        DriverManager.getConnection(server.jdbcUrl(), properties).close();
    }
}
