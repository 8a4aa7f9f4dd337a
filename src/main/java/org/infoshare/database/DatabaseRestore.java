package org.infoshare.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Puts a backup made by {@link DatabaseBackup} into a data directory that holds no database yet, checks every
 * file against the backup's manifest on the way, and starts PostgreSQL on it once, so that the write-ahead
 * log is replayed and the database is known to open before anyone relies on it. The data directory's lock is
 * held throughout, so no instance can start on it half-restored.
 */
final class DatabaseRestore {

    private final Path dataDir;
    private final InfoshareProperties.EmbeddedDatabase settings;

    DatabaseRestore(Path dataDir, InfoshareProperties.EmbeddedDatabase settings) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.settings = settings;
    }

    /** Restores {@code backup}; returns how many files were restored. */
    int restore(Path backup, PrintStream progress) {
        Path source = backup.resolve(DatabaseBackup.DATABASE_DIRECTORY);
        if (!Files.isDirectory(source) || !Files.exists(backup.resolve(DatabaseBackup.MANIFEST))) {
            throw new IllegalStateException(backup.toAbsolutePath() + " is not an infoshare backup (no "
                    + DatabaseBackup.MANIFEST + " and " + DatabaseBackup.DATABASE_DIRECTORY + " directory)");
        }
        Path pgData = dataDir.resolve(DatabaseBackup.DATABASE_DIRECTORY);
        int restored;
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir)) {
            requireNoDatabase(pgData);
            Map<String, String> checksums = DatabaseBackup.checksums(backup);
            List<String> files = DatabaseBackup.listFiles(source);
            if (files.size() != checksums.size() || !checksums.keySet().containsAll(files)) {
                throw new IllegalStateException("The backup in " + backup.toAbsolutePath() + " does not hold exactly the files its manifest lists");
            }
            // Restored beside, then moved into place whole: a restore that fails leaves no half a database behind.
            Path staging = dataDir.resolve(DatabaseBackup.DATABASE_DIRECTORY + ".restoring");
            deleteTree(staging);
            try {
                OwnerOnlyFiles.privateDirectory(staging);
                OwnerOnlyFiles.restrictDirectory(staging);
                copyDirectories(source, staging);
                for (String file : files) {
                    restoreFile(source.resolve(file), staging.resolve(file), checksums.get(file));
                }
                Files.deleteIfExists(pgData);
                Files.move(staging, pgData);
            } finally {
                deleteTree(staging);
            }
            restored = files.size();
            progress.printf("Restored %d files into %s%n", restored, pgData);
        } catch (IOException e) {
            throw new IllegalStateException("The restore failed: " + e.getMessage(), e);
        }
        // Replays the write-ahead log to the point where the backup stopped, and proves the database opens.
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, settings)) {
            progress.printf("The restored database started and recovered (port %d)%n", server.port());
        }
        return restored;
    }

    private static void requireNoDatabase(Path pgData) throws IOException {
        if (!Files.exists(pgData)) {
            return;
        }
        try (Stream<Path> entries = Files.list(pgData)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalStateException("The data directory already holds a database (" + pgData
                        + "). Restore into a new INFOSHARE_DATA_DIR, or move this one aside first: a restore never overwrites a database.");
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> entries = Files.walk(root)) {
            for (Path entry : entries.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(entry);
            }
        }
    }

    private static void copyDirectories(Path source, Path target) throws IOException {
        try (Stream<Path> directories = Files.walk(source)) {
            for (Path directory : directories.filter(Files::isDirectory).toList()) {
                OwnerOnlyFiles.privateDirectory(target.resolve(source.relativize(directory).toString()));
            }
        }
    }

    private static void restoreFile(Path from, Path to, String expected) throws IOException {
        MessageDigest sha256 = DatabaseBackup.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(from), sha256)) {
            OwnerOnlyFiles.copyPrivately(in, to);
        }
        if (!HexFormat.of().formatHex(sha256.digest()).equals(expected)) {
            throw new IllegalStateException(from + " does not match the backup's manifest: the backup was damaged or altered");
        }
    }
}
