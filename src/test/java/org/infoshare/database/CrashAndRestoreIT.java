package org.infoshare.database;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.InstanceApi;
import org.infoshare.support.InstanceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crashes and a restore, as an operator would suffer and perform them on the embedded database. Writers have
 * records acknowledged while the instance is killed ({@code kill -9}): once the JVM alone, once the JVM and the
 * PostgreSQL server together. Each time the instance restarts on the same data with no manual step, every
 * acknowledged record is there and the ledger verifies. Then an online backup is taken, restored into a fresh
 * data directory with the deployment's keyset, and an instance started on it reads back everything the backup
 * held, and nothing written after it.
 */
class CrashAndRestoreIT {

    private static final Duration START = Duration.ofMinutes(4);
    private static final int WRITERS = 3;

    @TempDir
    Path dataDir;

    @TempDir
    Path keys;

    @TempDir
    Path backup;

    @TempDir
    Path restored;

    private final InstanceApi api = new InstanceApi();
    private final List<InstanceProcess> started = new ArrayList<>();

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void acknowledgedRecordsSurviveKillsAndARestoreIntoAFreshDirectory() throws Exception {
        try {
            InstanceProcess instance = start("crash-first", dataDir);
            String token = InstanceApi.token(instance, DemoPartnership.COUNCIL_ADMIN);
            String organisation = JsonPath.read(api.get(instance, "/api/v1/me", token).body(), "$.organisationId");
            String teams = "/api/v1/organisations/" + organisation + "/teams";
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();

            // The JVM killed mid-write: the database server it started is left running, and the next start deals with it.
            writeWhile(instance, token, teams, acknowledged, instance::kill);
            instance = start("crash-after-jvm", dataDir);
            assertAllPresentAndLedgerIntact(instance, token, teams, acknowledged);

            // The JVM and the database server killed together, as a power cut would.
            InstanceProcess running = instance;
            writeWhile(running, token, teams, acknowledged, () -> {
                running.kill();
                killDatabaseServer(dataDir);
            });
            instance = start("crash-after-both", dataDir);
            assertAllPresentAndLedgerIntact(instance, token, teams, acknowledged);

            // An online backup, then one more record that the backup cannot hold.
            Output backedUp = command(DatabaseCommands.BACKUP, backup, dataDir);
            assertThat(backedUp.status()).as(backedUp.text()).isEqualTo(DatabaseCommands.DONE);
            assertThat(backedUp.text()).contains("backing up online").contains("The master keyset is not in the backup");
            Set<String> inBackup = new HashSet<>(acknowledged);
            String later = JsonPath.read(api.post(instance, teams, token, "{\"name\":\"Written after the backup\"}").body(), "$.id");
            instance.close();

            // Restored into a fresh directory, with the same keyset beside it.
            Output restore = command(DatabaseCommands.RESTORE, backup, restored);
            assertThat(restore.status()).as(restore.text()).isEqualTo(DatabaseCommands.DONE);
            InstanceProcess fromBackup = start("restored", restored);
            assertAllPresentAndLedgerIntact(fromBackup, token, teams, inBackup);
            assertThat(api.get(fromBackup, teams, token).body()).doesNotContain(later);

            // Restoring over a data directory that holds a database is refused and changes nothing.
            Output over = command(DatabaseCommands.RESTORE, backup, dataDir);
            assertThat(over.status()).as(over.text()).isEqualTo(DatabaseCommands.FAILED);
            System.out.printf("CrashAndRestoreIT: %d records acknowledged through two kills, %d in the backup%n", acknowledged.size(), inBackup.size());
        } finally {
            started.forEach(InstanceProcess::close);
        }
    }

    private InstanceProcess start(String name, Path data) {
        InstanceProcess instance = InstanceProcess.start(name, Map.of(
                "INFOSHARE_DATA_DIR", data.toString(),
                "INFOSHARE_KEYS_DIR", keys.toString(),
                "INFOSHARE_DEMO_DATA", "true"));
        started.add(instance);
        return instance.awaitReady(START);
    }

    /** Writers create teams until some are acknowledged, then the crash happens under them; they stop when it has. */
    private void writeWhile(InstanceProcess instance, String token, String teams, Set<String> acknowledged, Runnable crash) throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> running = new ArrayList<>();
        int before = acknowledged.size();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            running.add(writers.submit(() -> {
                for (int n = 0; writing.get(); n++) {
                    try {
                        var created = api.post(instance, teams, token, "{\"name\":\"Crash team " + writer + "-" + n + "-" + Instant.now().toEpochMilli() + "\"}");
                        if (created.statusCode() == 201) {
                            acknowledged.add(JsonPath.read(created.body(), "$.id"));
                        }
                    } catch (RuntimeException cutOff) {
                        // the instance died under the request: not acknowledged, so not expected
                        pause();
                    }
                }
            }));
        }
        Instant deadline = Instant.now().plusSeconds(60);
        while (acknowledged.size() < before + 30 && Instant.now().isBefore(deadline)) {
            pause();
        }
        assertThat(acknowledged.size()).as("records acknowledged before the crash").isGreaterThanOrEqualTo(before + 30);
        crash.run();
        writing.set(false);
        for (Future<?> writer : running) {
            writer.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();
    }

    private void assertAllPresentAndLedgerIntact(InstanceProcess instance, String token, String teams, Set<String> expected) {
        String listed = api.get(instance, teams, token).body();
        List<String> ids = JsonPath.read(listed, "$[*].id");
        assertThat(ids).as("every acknowledged record is present").containsAll(expected);
        String dpo = InstanceApi.token(instance, DemoPartnership.COUNCIL_DPO);
        String verification = api.get(instance, "/api/v1/ledger/verification", dpo).body();
        assertThat(JsonPath.<Boolean>read(verification, "$.intact")).as(verification).isTrue();
    }

    /** {@code kill -9} of the embedded server: its postmaster's pid is the first line of postmaster.pid. */
    private static void killDatabaseServer(Path data) {
        try {
            Path pidFile = data.resolve(DatabaseBackup.DATABASE_DIRECTORY).resolve("postmaster.pid");
            long pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).strip());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            Instant deadline = Instant.now().plusSeconds(30);
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && Instant.now().isBefore(deadline)) {
                pause();
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot find the embedded database server to kill", e);
        }
    }

    private record Output(int status, String text) {
    }

    private Output command(String command, Path directory, Path data) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);
        int status = DatabaseCommands.run(command, new String[] {directory.toString(), "--INFOSHARE_DATA_DIR=" + data,
                "--INFOSHARE_KEYS_DIR=" + keys}, out, out);
        return new Output(status, text.toString(StandardCharsets.UTF_8));
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
