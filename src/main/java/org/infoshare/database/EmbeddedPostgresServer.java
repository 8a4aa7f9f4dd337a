package org.infoshare.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL: real PostgreSQL binaries (from Maven Central, via zonky) running on a data
 * directory that survives restarts. Starting it takes the data-directory lock first, so a second
 * instance fails with a clear message instead of corrupting the first.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    public static final String DATABASE = "infoshare";

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(DataDirectoryLock lock, EmbeddedPostgres postgres) {
        this.lock = lock;
        this.postgres = postgres;
    }

    public static EmbeddedPostgresServer start(Path dataDir, int port, boolean durable, boolean ephemeral) {
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
        try {
            Path pgData = dataDir.toAbsolutePath().normalize().resolve("postgres");
            stopOrphanedServer(pgData);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(ephemeral)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("listen_addresses", "localhost")
                    // The embedded server is a real, durable database unless a test says otherwise.
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(lock, postgres);
            server.createApplicationDatabase();
            log.info("Embedded PostgreSQL running on port {} with data in {} (durable: {})",
                    postgres.getPort(), pgData, durable);
            return server;
        } catch (IOException | RuntimeException e) {
            closeQuietly(lock);
            if (e instanceof DataDirectoryLock.DataDirectoryInUseException inUse) {
                throw inUse;
            }
            throw new IllegalStateException("The embedded PostgreSQL could not start: " + e.getMessage(), e);
        }
    }

    /**
     * A server left running by a process that was killed (the lock is free, yet postmaster.pid names a live
     * postgres) would block the start; stop it cleanly first.
     */
    private static void stopOrphanedServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (orphan.isPresent()) {
            log.warn("Stopping an embedded PostgreSQL (pid {}) left running by an earlier instance", pid);
            orphan.get().destroy();
            orphan.get().onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
        }
    }

    private void createApplicationDatabase() {
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(postgres.getPostgresDatabase());
        Integer exists = jdbc.queryForObject("select count(*) from pg_database where datname = ?", Integer.class, DATABASE);
        if (exists == null || exists == 0) {
            jdbc.execute("create database " + DATABASE);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    public DataSource superuserDataSource() {
        return postgres.getDatabase("postgres", DATABASE);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        } finally {
            closeQuietly(lock);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing on a failure path; the original error is the one to report
        }
    }
}
