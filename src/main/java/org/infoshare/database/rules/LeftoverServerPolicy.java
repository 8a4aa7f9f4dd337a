package org.infoshare.database.rules;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Whether a PostgreSQL server named by a data directory's {@code postmaster.pid} is that directory's own
 * server, left running by an infoshare process that was killed, and so may be stopped before a new start.
 * A process id is reused by the operating system, so the id alone proves nothing: the live process must be a
 * {@code postgres} executable started on this very data directory at the moment the file records. Anything
 * else is someone else's process and is never signalled.
 */
public final class LeftoverServerPolicy {

    /** How far the process's start may lie from the time {@code postmaster.pid} records (it has whole seconds). */
    static final Duration START_TOLERANCE = Duration.ofSeconds(2);

    /** The decision and its reason. */
    public enum Verdict {
        /** No {@code postmaster.pid}, or one naming no live process: nothing to stop. */
        NOTHING_RUNNING(false, false),
        /** The file cannot be read as PostgreSQL writes it: leave it for PostgreSQL to judge. */
        UNREADABLE_PID_FILE(false, false),
        /** The file was written for another data directory (it was copied here): stale. */
        PID_FILE_OF_ANOTHER_DIRECTORY(false, true),
        /** The process is not a postgres executable: the id was reused. */
        NOT_POSTGRES(false, true),
        /** A postgres, but running on another data directory. */
        ANOTHER_DIRECTORYS_SERVER(false, true),
        /** A postgres that started at another time than the file records: the id was reused. */
        STARTED_AT_ANOTHER_TIME(false, true),
        /** What the process is cannot be told (its command line or start time is hidden): leave it alone. */
        CANNOT_TELL(false, false),
        /** This data directory's own server: stop it. */
        THIS_DIRECTORYS_SERVER(true, false);

        private final boolean stop;
        private final boolean pidFileStale;

        Verdict(boolean stop, boolean pidFileStale) {
            this.stop = stop;
            this.pidFileStale = pidFileStale;
        }

        /** Whether to signal the process. */
        public boolean stop() {
            return stop;
        }

        /** Whether the pid file certainly names no server of this directory, so may be removed. */
        public boolean pidFileStale() {
            return pidFileStale;
        }
    }

    /** What the operating system says about the live process the file names. */
    public record ProcessFacts(Optional<String> command, List<String> arguments, Optional<Instant> started) {
    }

    private LeftoverServerPolicy() {
    }

    /**
     * @param pidFileLines {@code postmaster.pid}: pid, data directory, start time (epoch seconds), port, …
     * @param dataDirectory the data directory infoshare is about to start PostgreSQL on
     * @param process       the live process with the file's pid, or empty when there is none
     */
    public static Verdict judge(List<String> pidFileLines, Path dataDirectory, Optional<ProcessFacts> process) {
        if (pidFileLines.size() < 3) {
            return pidFileLines.isEmpty() ? Verdict.NOTHING_RUNNING : Verdict.UNREADABLE_PID_FILE;
        }
        Instant recordedStart;
        try {
            Long.parseLong(pidFileLines.get(0).strip());
            recordedStart = Instant.ofEpochSecond(Long.parseLong(pidFileLines.get(2).strip()));
        } catch (NumberFormatException e) {
            return Verdict.UNREADABLE_PID_FILE;
        }
        Path expected = dataDirectory.toAbsolutePath().normalize();
        if (!Path.of(pidFileLines.get(1).strip()).toAbsolutePath().normalize().equals(expected)) {
            return Verdict.PID_FILE_OF_ANOTHER_DIRECTORY;
        }
        if (process.isEmpty()) {
            return Verdict.NOTHING_RUNNING;
        }
        ProcessFacts facts = process.get();
        if (facts.command().isEmpty() || facts.started().isEmpty()) {
            return Verdict.CANNOT_TELL;
        }
        if (!isPostgres(facts.command().get())) {
            return Verdict.NOT_POSTGRES;
        }
        Optional<Path> runsOn = dataDirectoryArgument(facts.arguments());
        if (runsOn.isEmpty()) {
            return Verdict.CANNOT_TELL;
        }
        if (!runsOn.get().toAbsolutePath().normalize().equals(expected)) {
            return Verdict.ANOTHER_DIRECTORYS_SERVER;
        }
        Duration apart = Duration.between(recordedStart, facts.started().get()).abs();
        if (apart.compareTo(START_TOLERANCE) > 0) {
            return Verdict.STARTED_AT_ANOTHER_TIME;
        }
        return Verdict.THIS_DIRECTORYS_SERVER;
    }

    private static boolean isPostgres(String command) {
        String name = Path.of(command).getFileName().toString();
        return name.equals("postgres") || name.equals("postgres.exe");
    }

    /** The value of {@code -D} (as {@code -D dir} or {@code -Ddir}), as pg_ctl starts the server. */
    private static Optional<Path> dataDirectoryArgument(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("-D") && i + 1 < arguments.size()) {
                return Optional.of(Path.of(arguments.get(i + 1)));
            }
            if (argument.startsWith("-D") && argument.length() > 2) {
                return Optional.of(Path.of(argument.substring(2)));
            }
        }
        return Optional.empty();
    }
}
