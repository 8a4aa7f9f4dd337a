package org.infoshare.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.infoshare.database.rules.BaseBackupPolicy;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A consistent, online base backup of the embedded database, made with PostgreSQL's own low-level backup API
 * (the procedure pg_basebackup follows; the embedded binaries do not include pg_basebackup itself): a
 * temporary replication slot keeps the write-ahead log from being recycled, {@code pg_backup_start} marks the
 * start, the data directory's files are copied while the server runs, {@code pg_backup_stop} returns the
 * backup label, and the log from start to stop is copied. Restored and started, the server replays that log
 * and is exactly as it was when the backup stopped. Nothing of the keys is copied: the master keyset lives
 * beside the data directory and is backed up separately (ADR 0061).
 */
final class DatabaseBackup {

    static final String MANIFEST = "infoshare-backup.properties";
    static final String DATABASE_DIRECTORY = "postgres";
    private static final Pattern START_SEGMENT = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");

    private final Path pgData;
    private final int port;
    private final String superuserPassword;

    /**
     * @param pgData the running server's data directory
     * @param port   where it listens on the loopback interface
     */
    DatabaseBackup(Path pgData, int port, String superuserPassword) {
        this.pgData = pgData;
        this.port = port;
        this.superuserPassword = superuserPassword;
    }

    /** What the backup holds, as its manifest states it. */
    record Result(Path target, int files, long bytes, int walSegments, String startLsn, String stopLsn,
                  long ledgerHead, String ledgerHeadHash) {
    }

    /** Backs up into {@code target}, which must not exist yet or be empty. */
    Result backUp(Path target, PrintStream progress) {
        prepareTarget(target);
        Path copy = target.resolve(DATABASE_DIRECTORY);
        Map<String, String> digests = new TreeMap<>();
        long[] bytes = {0};
        try (Connection connection = superuser("postgres").getConnection(); Statement statement = connection.createStatement()) {
            long segmentBytes = segmentBytes(statement);
            // A temporary slot, reserved now, holds every write-ahead log segment from here until the session ends.
            statement.execute("select pg_create_physical_replication_slot('infoshare_backup_" + ProcessHandle.current().pid()
                    + "', true, true)");
            String startLsn = single(statement, "select pg_backup_start('infoshare backup " + Instant.now() + "', true)::text");
            progress.println("Backup started at " + startLsn + "; copying " + pgData);
            copyDataDirectory(copy, digests, bytes);
            String stopLsn;
            String label;
            String tablespaceMap;
            try (ResultSet stop = statement.executeQuery("select lsn::text, labelfile, spcmapfile from pg_backup_stop(false)")) {
                stop.next();
                stopLsn = stop.getString(1);
                label = stop.getString(2);
                tablespaceMap = stop.getString(3);
            }
            // Switching segments flushes the log, so the stop record is on disk before its segment is copied.
            statement.execute("select pg_switch_wal()");
            write(copy.resolve("backup_label"), label, digests, bytes);
            if (tablespaceMap != null && !tablespaceMap.isBlank()) {
                write(copy.resolve("tablespace_map"), tablespaceMap, digests, bytes);
            }
            String firstSegment = startSegment(label);
            String lastSegment = single(statement, "select pg_walfile_name('" + stopLsn + "'::pg_lsn)");
            List<String> segments = copyWriteAheadLog(copy, firstSegment, lastSegment, segmentBytes, digests, bytes);
            long[] head = {0};
            String[] headHash = {""};
            ledgerHead(head, headHash);
            Result result = new Result(target, digests.size(), bytes[0], segments.size(), startLsn, stopLsn, head[0], headHash[0]);
            writeManifest(target, result, digests, serverVersion(statement));
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
        }
    }

    private static void prepareTarget(Path target) {
        try {
            if (Files.exists(target)) {
                try (Stream<Path> entries = Files.list(target)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalStateException("The backup's directory " + target.toAbsolutePath()
                                + " is not empty: give a new or empty directory");
                    }
                }
            }
            OwnerOnlyFiles.privateDirectory(target);
            OwnerOnlyFiles.restrictDirectory(target);
            OwnerOnlyFiles.privateDirectory(target.resolve(DATABASE_DIRECTORY));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare " + target + ": " + e.getMessage(), e);
        }
    }

    private void copyDataDirectory(Path copy, Map<String, String> digests, long[] bytes) {
        try {
            Files.walkFileTree(pgData, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                    if (directory.equals(pgData)) {
                        return FileVisitResult.CONTINUE;
                    }
                    BaseBackupPolicy.Verdict verdict = BaseBackupPolicy.judge(relative(directory), true);
                    if (verdict.action() == BaseBackupPolicy.Action.LEAVE_OUT) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    OwnerOnlyFiles.privateDirectory(copy.resolve(relative(directory)));
                    return verdict.action() == BaseBackupPolicy.Action.KEEP_EMPTY ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (attributes.isRegularFile() && BaseBackupPolicy.judge(relative(file), false).action() == BaseBackupPolicy.Action.COPY) {
                        copyFile(file, copy.resolve(relative(file)), relative(file), digests, bytes);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    // A file the server removed while it was being copied (a dropped table, a finished temporary
                    // file) is no longer part of the database; the log replayed at restore says so too.
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
            Files.createDirectories(copy.resolve("pg_wal").resolve("archive_status"));
        } catch (IOException e) {
            throw new IllegalStateException("Copying the data directory failed: " + e.getMessage(), e);
        }
    }

    private List<String> copyWriteAheadLog(Path copy, String first, String last, long segmentBytes,
                                           Map<String, String> digests, long[] bytes) {
        Path wal = pgData.resolve("pg_wal");
        try (Stream<Path> files = Files.list(wal)) {
            List<String> present = files.map(path -> path.getFileName().toString()).toList();
            List<String> needed = BaseBackupPolicy.segmentsToCopy(present, first, last);
            if (!BaseBackupPolicy.complete(needed, first, last, segmentBytes)) {
                throw new IllegalStateException("The write-ahead log from " + first + " to " + last + " is not all there: " + needed);
            }
            for (String segment : needed) {
                copyFile(wal.resolve(segment), copy.resolve("pg_wal").resolve(segment), "pg_wal/" + segment, digests, bytes);
            }
            return needed;
        } catch (IOException e) {
            throw new IllegalStateException("Copying the write-ahead log failed: " + e.getMessage(), e);
        }
    }

    private static void copyFile(Path from, Path to, String name, Map<String, String> digests, long[] bytes) throws IOException {
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(from), sha256)) {
            bytes[0] += OwnerOnlyFiles.copyPrivately(in, to);
        }
        digests.put(name, HexFormat.of().formatHex(sha256.digest()));
    }

    private static void write(Path file, String content, Map<String, String> digests, long[] bytes) {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        OwnerOnlyFiles.write(file, data);
        bytes[0] += data.length;
        digests.put(file.getParent().relativize(file).toString(), HexFormat.of().formatHex(sha256().digest(data)));
    }

    private void ledgerHead(long[] head, String[] hash) {
        try (Connection connection = superuser(EmbeddedPostgresServer.DATABASE).getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     select seq, encode(chain_hash, 'hex') from ledger_chain where seq = (select max(seq) from ledger_chain)""")) {
            if (row.next()) {
                head[0] = row.getLong(1);
                hash[0] = row.getString(2);
            }
        } catch (SQLException e) {
            // No ledger yet (a database never started by infoshare): the manifest says position 0.
        }
    }

    private static void writeManifest(Path target, Result result, Map<String, String> digests, String serverVersion) {
        StringBuilder manifest = new StringBuilder()
                .append("# An infoshare embedded-database backup. Restore: java -jar infoshare.jar restore <this directory>\n")
                .append("# The keys are not in it: restore needs the deployment's master keyset as well.\n")
                .append("format=1\n")
                .append("made-at=").append(Instant.now()).append('\n')
                .append("postgresql=").append(serverVersion).append('\n')
                .append("start-lsn=").append(result.startLsn()).append('\n')
                .append("stop-lsn=").append(result.stopLsn()).append('\n')
                .append("ledger-head-position=").append(result.ledgerHead()).append('\n')
                .append("ledger-head-hash=").append(result.ledgerHeadHash()).append('\n')
                .append("files=").append(digests.size()).append('\n');
        digests.forEach((name, digest) -> manifest.append("sha256.").append(name.replace('\\', '/')).append('=').append(digest).append('\n'));
        OwnerOnlyFiles.write(target.resolve(MANIFEST), manifest.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String startSegment(String label) {
        Matcher matcher = START_SEGMENT.matcher(label);
        if (!matcher.find()) {
            throw new IllegalStateException("The backup label names no starting segment: " + label);
        }
        return matcher.group(1);
    }

    private String relative(Path path) {
        return pgData.relativize(path).toString().replace('\\', '/');
    }

    private static long segmentBytes(Statement statement) throws SQLException {
        try (ResultSet size = statement.executeQuery("select setting::bigint * (case unit when '8kB' then 8192 when 'B' then 1 else 1048576 end)"
                + " from pg_settings where name = 'wal_segment_size'")) {
            size.next();
            return size.getLong(1);
        }
    }

    private static String serverVersion(Statement statement) throws SQLException {
        return single(statement, "show server_version");
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private PGSimpleDataSource superuser(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(database);
        dataSource.setUser(EmbeddedPostgresServer.SUPERUSER);
        dataSource.setPassword(superuserPassword);
        dataSource.setApplicationName("infoshare backup");
        return dataSource;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The manifest's checksums, by file name; empty if the directory holds no manifest. */
    static Map<String, String> checksums(Path backup) throws IOException {
        Map<String, String> checksums = new TreeMap<>();
        Path manifest = backup.resolve(MANIFEST);
        if (!Files.exists(manifest)) {
            return checksums;
        }
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.startsWith("sha256.")) {
                int equals = line.lastIndexOf('=');
                checksums.put(line.substring("sha256.".length(), equals), line.substring(equals + 1));
            }
        }
        return checksums;
    }

    static List<String> listFiles(Path root) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(file -> names.add(root.relativize(file).toString().replace('\\', '/')));
        }
        return names;
    }
}
