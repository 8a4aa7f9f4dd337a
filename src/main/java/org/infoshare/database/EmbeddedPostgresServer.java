package org.infoshare.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.infoshare.database.rules.LeftoverServerPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL: real PostgreSQL binaries (from Maven Central, via zonky) running on a data
 * directory that survives restarts. Starting it takes the data-directory lock first, so a second
 * instance fails with a clear message instead of corrupting the first.
 *
 * <p>Nothing on the machine is trusted (ADR 0040): the server listens on the loopback interface and on a
 * Unix socket in a directory private to its owner, and every connection must prove a password with
 * SCRAM-SHA-256. The superuser's password is the operator's, in a file readable by its owner only; the
 * application connects as its own ordinary role, which owns its schema and nothing else.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    public static final String DATABASE = "infoshare";
    public static final String SUPERUSER = "postgres";

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final Optional<Path> socketDirectory;
    private final String applicationPassword;

    private EmbeddedPostgresServer(DataDirectoryLock lock, EmbeddedPostgres postgres, Path dataDir, Optional<Path> socketDirectory,
                                   String applicationPassword) {
        this.lock = lock;
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.socketDirectory = socketDirectory;
        this.applicationPassword = applicationPassword;
    }

    public static EmbeddedPostgresServer start(Path dataDir, InfoshareProperties.EmbeddedDatabase settings) {
        Path home = dataDir.toAbsolutePath().normalize();
        DataDirectoryLock lock = DataDirectoryLock.acquire(home);
        try {
            Path pgData = home.resolve("postgres");
            stopLeftoverServer(pgData);
            String superuserPassword = SuperuserSecret.loadOrCreate(home);
            PostgresBinaries binaries = PostgresBinaries.in(settings.binariesCache());
            Path socketParent = OwnerOnlyFiles.privateDirectory(home.resolve("run"));
            OwnerOnlyFiles.restrictDirectory(socketParent);
            boolean durable = settings.durable();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(binaries.workingDirectory().toFile())
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(settings.ephemeral())
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setServerConfig("unix_socket_permissions", "0700")
                    // The embedded server is a real, durable database unless a test says otherwise.
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setConnectConfig("password", superuserPassword)
                    .setDataDirectoryCustomizer(directory -> {
                        ServerAccess.writeHostBasedAccess(directory.toPath());
                        ServerAccess.setSuperuserPassword(binaries, directory.toPath(), superuserPassword);
                    });
            int port = settings.port() > 0 ? settings.port() : freePort();
            builder.setPort(port);
            Optional<Path> socketDirectory = ServerAccess.socketFits(socketParent, port) ? Optional.of(socketParent) : Optional.empty();
            // Without a directory of its own the socket would go to /tmp; with none that fits, there is no socket.
            builder.setServerConfig("unix_socket_directories", socketDirectory.map(Path::toString).orElse(""));
            if (socketDirectory.isEmpty()) {
                log.info("The data directory's path is too long for a Unix socket in {}; the embedded PostgreSQL listens on TCP only", socketParent);
            }
            EmbeddedPostgres postgres = builder.start();
            String applicationPassword = SuperuserSecret.randomPassword();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(lock, postgres, home, socketDirectory, applicationPassword);
            ApplicationRole.prepareCluster(postgres.getDatabase(SUPERUSER, "postgres"), applicationPassword);
            ApplicationRole.prepareSchema(postgres.getDatabase(SUPERUSER, DATABASE));
            log.info("Embedded PostgreSQL running on port {} with data in {} (durable: {})", postgres.getPort(), pgData, durable);
            return server;
        } catch (IOException | RuntimeException e) {
            closeQuietly(lock);
            if (e instanceof DataDirectoryLock.DataDirectoryInUseException || e instanceof OwnerOnlyFiles.UnsafeSecretFileException) {
                throw (RuntimeException) e;
            }
            throw new IllegalStateException("The embedded PostgreSQL could not start: " + e.getMessage(), e);
        }
    }

    /**
     * A server left running by an infoshare process that was killed (the lock is free, yet postmaster.pid names
     * a live postgres) would block the start; stop it cleanly first, but only once it is certain to be this
     * data directory's own server (LeftoverServerPolicy). A pid file that certainly names no server of ours is
     * stale and is removed, so that PostgreSQL does not refuse to start on it.
     */
    static LeftoverServerPolicy.Verdict stopLeftoverServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return LeftoverServerPolicy.Verdict.NOTHING_RUNNING;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0)).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive);
        Optional<LeftoverServerPolicy.ProcessFacts> facts = process.map(p -> new LeftoverServerPolicy.ProcessFacts(
                p.info().command(), p.info().arguments().map(List::of).orElse(List.of()), p.info().startInstant()));
        LeftoverServerPolicy.Verdict verdict = LeftoverServerPolicy.judge(lines, pgData, facts);
        if (verdict.stop()) {
            ProcessHandle server = process.orElseThrow();
            log.warn("Stopping this data directory's PostgreSQL (pid {}), left running by an earlier instance", server.pid());
            server.destroy();
            server.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        } else if (verdict.pidFileStale()) {
            log.warn("Removing {}: it names process {}, which is not this data directory's PostgreSQL ({}); that process is left alone",
                    pidFile, lines.get(0).strip(), verdict);
            Files.deleteIfExists(pidFile);
        } else if (verdict != LeftoverServerPolicy.Verdict.NOTHING_RUNNING) {
            log.warn("Not stopping the process named by {} ({}); PostgreSQL will judge the file itself", pidFile, verdict);
        }
        return verdict;
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The application's connection: its own role, never the superuser. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    String applicationUser() {
        return ApplicationRole.NAME;
    }

    String applicationPassword() {
        return applicationPassword;
    }

    public int port() {
        return postgres.getPort();
    }

    /** The data directory this server belongs to. */
    public Path dataDirectory() {
        return dataDir;
    }

    /** The file holding the superuser's password: the operator's way in, and the only one. */
    public Path superuserPasswordFile() {
        return SuperuserSecret.file(dataDir);
    }

    /** The private directory holding the server's Unix socket, if the path was short enough for one. */
    public Optional<Path> socketDirectory() {
        return socketDirectory;
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
