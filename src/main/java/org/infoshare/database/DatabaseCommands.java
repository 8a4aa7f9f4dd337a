package org.infoshare.database;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar infoshare.jar backup <directory>} and {@code restore <directory>} for the embedded database.
 * They read the same settings as the application ({@code INFOSHARE_DATA_DIR}, ...) and nothing else of it.
 * A backup is taken online from a running instance (found through its data directory), or, when none runs,
 * from the database started for the purpose. With {@code INFOSHARE_DB_URL} set there is no embedded database:
 * the operator's PostgreSQL is backed up with its own tools.
 *
 * <p>Exit status: 0 done, 1 failed, 2 nothing to do here (wrong arguments, an external database).
 */
public final class DatabaseCommands {

    public static final String BACKUP = "backup";
    public static final String RESTORE = "restore";
    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int NOT_APPLICABLE = 2;
    static final String KEYS_REMINDER = """
            The master keyset is not in the backup, by design: keep a copy of it elsewhere (INFOSHARE_KEYS_DIR, by default the
            "keys" directory beside the data directory, or INFOSHARE_MASTER_KEYSET_FILE). Without it nothing sealed in the
            database can be read; with it beside the backup, whoever holds both holds everything.""";

    private DatabaseCommands() {
    }

    /** Only the settings: the application's beans are not started. */
    @EnableConfigurationProperties(InfoshareProperties.class)
    static class Settings {
    }

    public static int run(String command, String[] args, PrintStream out, PrintStream err) {
        List<String> positional = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
        String[] options = Arrays.stream(args).filter(arg -> arg.startsWith("--")).toArray(String[]::new);
        if (positional.size() != 1) {
            err.println("Usage: java -jar infoshare.jar " + command + " <directory>");
            return NOT_APPLICABLE;
        }
        Path directory = Path.of(positional.get(0)).toAbsolutePath().normalize();
        SpringApplication settings = new SpringApplication(Settings.class);
        settings.setWebApplicationType(WebApplicationType.NONE);
        settings.setAdditionalProfiles("command");
        settings.setBannerMode(Banner.Mode.OFF);
        settings.setLogStartupInfo(false);
        try (ConfigurableApplicationContext context = settings.run(options)) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            if (url != null && !url.isBlank()) {
                err.println("infoshare is configured for an external PostgreSQL (INFOSHARE_DB_URL): back it up and restore it with its own"
                        + " tools (pg_basebackup and point-in-time recovery, or pg_dump); see docs/operator-guide.md.");
                return NOT_APPLICABLE;
            }
            InfoshareProperties properties = context.getBean(InfoshareProperties.class);
            if (BACKUP.equals(command)) {
                return backup(properties, directory, out);
            }
            int files = new DatabaseRestore(properties.dataDir(), properties.embeddedDatabase()).restore(directory, out);
            out.printf("RESTORED %d files into %s.%nStart infoshare on this data directory with the deployment's master keyset.%n",
                    files, properties.dataDir().toAbsolutePath().normalize());
            return DONE;
        } catch (RuntimeException e) {
            err.println((BACKUP.equals(command) ? "BACKUP" : "RESTORE") + " FAILED: " + e.getMessage());
            return FAILED;
        }
    }

    private static int backup(InfoshareProperties properties, Path target, PrintStream out) {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        Path pgData = dataDir.resolve(DatabaseBackup.DATABASE_DIRECTORY);
        if (!Files.isDirectory(pgData)) {
            throw new IllegalStateException("There is no database in " + dataDir + " (INFOSHARE_DATA_DIR)");
        }
        DatabaseBackup.Result result;
        DataDirectoryLock lock;
        try {
            lock = DataDirectoryLock.acquire(dataDir);
        } catch (DataDirectoryLock.DataDirectoryInUseException running) {
            lock = null;
        }
        if (lock == null) {
            out.println("infoshare is running on " + dataDir + ": backing up online");
            result = new DatabaseBackup(pgData, runningPort(pgData), superuserPassword(dataDir)).backUp(target, out);
        } else {
            closeQuietly(lock);
            out.println("No instance is running on " + dataDir + ": starting its database for the backup");
            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, properties.embeddedDatabase())) {
                result = new DatabaseBackup(pgData, server.port(), superuserPassword(dataDir)).backUp(target, out);
            }
        }
        out.printf("BACKED UP %d files (%,d bytes, %d write-ahead log segments) into %s%n", result.files(), result.bytes(),
                result.walSegments(), result.target());
        out.printf("ledger head when the backup stopped: position %d, hash %s%n", result.ledgerHead(), result.ledgerHeadHash());
        out.println(KEYS_REMINDER);
        return DONE;
    }

    /** The port the running server listens on: the fourth line of its postmaster.pid. */
    static int runningPort(Path pgData) {
        try {
            List<String> lines = Files.readAllLines(pgData.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            return Integer.parseInt(lines.get(3).strip());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot tell where the running database listens (" + pgData.resolve("postmaster.pid") + "): "
                    + e.getMessage(), e);
        }
    }

    private static String superuserPassword(Path dataDir) {
        Path file = SuperuserSecret.file(dataDir);
        OwnerOnlyFiles.requireOwnerOnly(file, "The embedded database's superuser password file", null);
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // released: the server start takes it again
        }
    }
}
