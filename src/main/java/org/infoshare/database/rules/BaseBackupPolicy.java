package org.infoshare.database.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a base backup of a PostgreSQL data directory holds, as PostgreSQL's own documentation for a backup
 * made with its low-level API says (and pg_basebackup does): every file, except those the server rebuilds or
 * that describe the running server only, and the write-ahead log copied separately, from the segment where
 * the backup started to the one where it stopped.
 */
public final class BaseBackupPolicy {

    /** What to do with one entry of the data directory. */
    public enum Action {
        /** Copy the file. */
        COPY,
        /** Keep the directory, but none of what is in it. */
        KEEP_EMPTY,
        /** Leave it out. */
        LEAVE_OUT
    }

    /** Why, as a stable code. */
    public enum Reason {
        DATA,
        /** pg_wal: its segments are copied after the backup stops, only those the backup needs. */
        WRITE_AHEAD_LOG,
        /** Rebuilt or emptied by the server at start (notifications, temporary statistics, shared memory, ...). */
        REBUILT_AT_START,
        /** Describes the running server (its process, its options): wrong for any other. */
        RUNNING_SERVER_ONLY,
        /** Replication slots of the running server: a restored copy must not keep WAL for them. */
        REPLICATION_SLOTS,
        /** Temporary files of queries in progress. */
        TEMPORARY,
        /** Written by the backup itself from what the server returns when it stops. */
        WRITTEN_BY_THE_BACKUP
    }

    public record Verdict(Action action, Reason reason) {
    }

    private static final Set<String> EMPTIED_DIRECTORIES = Set.of("pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots",
            "pg_stat_tmp", "pg_subtrans");
    private static final Set<String> SERVER_FILES = Set.of("postmaster.pid", "postmaster.opts", "current_logfiles");
    private static final Set<String> BACKUP_FILES = Set.of("backup_label", "tablespace_map", "backup_manifest");
    /** A write-ahead log segment's file name: timeline, log and segment, eight hexadecimal digits each. */
    private static final Pattern SEGMENT = Pattern.compile("[0-9A-F]{24}");

    private BaseBackupPolicy() {
    }

    /**
     * @param path      the entry's path inside the data directory, with {@code /} between names
     * @param directory whether the entry is a directory
     */
    public static Verdict judge(String path, boolean directory) {
        String[] names = path.split("/");
        String top = names[0];
        String name = names[names.length - 1];
        if (name.startsWith("pgsql_tmp") || name.equals("pg_internal.init")) {
            return new Verdict(Action.LEAVE_OUT, Reason.TEMPORARY);
        }
        if (names.length == 1 && !directory && SERVER_FILES.contains(top)) {
            return new Verdict(Action.LEAVE_OUT, Reason.RUNNING_SERVER_ONLY);
        }
        if (names.length == 1 && !directory && BACKUP_FILES.contains(top)) {
            return new Verdict(Action.LEAVE_OUT, Reason.WRITTEN_BY_THE_BACKUP);
        }
        if (top.equals("pg_wal")) {
            return inside(names, directory, Reason.WRITE_AHEAD_LOG);
        }
        if (top.equals("pg_replslot")) {
            return inside(names, directory, Reason.REPLICATION_SLOTS);
        }
        if (EMPTIED_DIRECTORIES.contains(top)) {
            return inside(names, directory, Reason.REBUILT_AT_START);
        }
        return new Verdict(Action.COPY, Reason.DATA);
    }

    /** The directory itself is kept empty (the server expects it); what is in it is left out. */
    private static Verdict inside(String[] names, boolean directory, Reason reason) {
        if (names.length == 1 && directory) {
            return new Verdict(Action.KEEP_EMPTY, reason);
        }
        return new Verdict(Action.LEAVE_OUT, reason);
    }

    /**
     * The write-ahead log segments a backup needs: those from the segment holding the backup's starting
     * point to the one holding its end, inclusive. Names sort in the order they were written, on one timeline.
     *
     * @param present the file names in pg_wal, in any order (other files are ignored)
     */
    public static List<String> segmentsToCopy(List<String> present, String first, String last) {
        if (!SEGMENT.matcher(first).matches() || !SEGMENT.matcher(last).matches()) {
            throw new IllegalArgumentException("Not write-ahead log segment names: " + first + ", " + last);
        }
        return present.stream()
                .filter(name -> SEGMENT.matcher(name).matches())
                .filter(name -> name.compareTo(first) >= 0 && name.compareTo(last) <= 0)
                .sorted()
                .toList();
    }

    /**
     * Whether the segments cover the range without a gap: the backup is unusable otherwise (a segment was
     * recycled before it was copied).
     *
     * @param segmentBytes the server's {@code wal_segment_size}
     */
    public static boolean complete(List<String> segments, String first, String last, long segmentBytes) {
        if (segments.isEmpty() || !segments.get(0).equals(first) || !segments.get(segments.size() - 1).equals(last)) {
            return false;
        }
        for (int i = 1; i < segments.size(); i++) {
            if (!next(segments.get(i - 1), segmentBytes).equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The segment after this one, on the same timeline: a log file is 4 GB, so it holds 4 GB / segment size segments. */
    static String next(String segment, long segmentBytes) {
        long perLog = 0x1_0000_0000L / segmentBytes;
        String timeline = segment.substring(0, 8);
        long log = Long.parseLong(segment.substring(8, 16), 16);
        long seg = Long.parseLong(segment.substring(16, 24), 16) + 1;
        if (seg >= perLog) {
            seg = 0;
            log++;
        }
        return timeline + String.format("%08X%08X", log, seg);
    }
}
