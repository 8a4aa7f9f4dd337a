package org.infoshare.database;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.infoshare.database.rules.LeftoverServerPolicy.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clean-up of a PostgreSQL left running by a killed instance signals only this data directory's own
 * server: a process id in postmaster.pid that now belongs to another program, or to another directory's
 * server, is left alone (and the stale file removed so the start can go ahead).
 */
class LeftoverServerIT {

    @TempDir
    Path dataDir;

    @TempDir
    Path otherDir;

    @Test
    void thisDirectorysLeftoverServerIsStoppedAndTheStartGoesAhead() throws Exception {
        InfoshareProperties.EmbeddedDatabase settings = new InfoshareProperties.EmbeddedDatabase(0, false, false, null);
        EmbeddedPostgresServer.start(dataDir, settings).close();
        Path pgData = dataDir.toAbsolutePath().normalize().resolve("postgres");
        // The same server started by a process of its own that no infoshare holds, as when the JVM was killed.
        PostgresBinaries binaries = PostgresBinaries.in(settings.binariesCache());
        Process pgCtl = new ProcessBuilder(binaries.command("pg_ctl", List.of("-D", pgData.toString(), "-w", "-o",
                "-c listen_addresses=localhost -c unix_socket_directories= -c fsync=off", "start")))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(pgCtl.waitFor()).isZero();
        ProcessHandle postmaster = postmaster(pgData);
        assertThat(postmaster.isAlive()).isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, settings)) {
            assertThat(postmaster.isAlive()).as("the leftover server was stopped").isFalse();
            assertThat(postmaster(pgData).pid()).isNotEqualTo(postmaster.pid());
            assertThat(server.port()).isPositive();
        }
    }

    @Test
    void aReusedProcessIdIsNeverSignalled() throws Exception {
        Path pgData = Files.createDirectories(dataDir.resolve("postgres"));
        Process unrelated = new ProcessBuilder("sleep", "60").start();
        try {
            writePidFile(pgData, unrelated.pid(), pgData, unrelated.info().startInstant().orElseThrow());

            assertThat(EmbeddedPostgresServer.stopLeftoverServer(pgData)).isEqualTo(Verdict.NOT_POSTGRES);

            assertThat(unrelated.isAlive()).isTrue();
            assertThat(pgData.resolve("postmaster.pid").toFile()).as("the stale file is removed").doesNotExist();
        } finally {
            unrelated.destroy();
        }
    }

    @Test
    void anotherDirectorysServerIsNeverSignalled() throws Exception {
        Path pgData = Files.createDirectories(dataDir.resolve("postgres"));
        try (EmbeddedPostgres neighbour = EmbeddedPostgres.builder().setDataDirectory(otherDir.resolve("postgres"))
                .setCleanDataDirectory(true).setServerConfig("fsync", "off").setRegisterShutdownHook(false).start()) {
            ProcessHandle theirs = postmaster(otherDir.resolve("postgres"));
            // This directory's pid file names the neighbour's postmaster, start time and all: only its -D differs.
            writePidFile(pgData, theirs.pid(), pgData, theirs.info().startInstant().orElseThrow());

            assertThat(EmbeddedPostgresServer.stopLeftoverServer(pgData)).isEqualTo(Verdict.ANOTHER_DIRECTORYS_SERVER);

            assertThat(theirs.isAlive()).isTrue();
            assertThat(neighbour.getPostgresDatabase().getConnection().isValid(5)).isTrue();
        }
    }

    private static ProcessHandle postmaster(Path pgData) throws Exception {
        List<String> lines = Files.readAllLines(pgData.resolve("postmaster.pid"), StandardCharsets.UTF_8);
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).orElseThrow();
    }

    private static void writePidFile(Path pgData, long pid, Path recordedDirectory, Instant started) throws Exception {
        Files.writeString(pgData.resolve("postmaster.pid"), String.join("\n", String.valueOf(pid), recordedDirectory.toString(),
                String.valueOf(started.getEpochSecond()), "5432", "", "localhost", "  0 0", "ready   ") + "\n");
    }
}
