package org.infoshare.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataDirectoryLockTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondLockOnTheSameDirectoryFailsAndTellsTheOperatorWhatToDo() throws Exception {
        try (DataDirectoryLock first = DataDirectoryLock.acquire(dataDir)) {
            assertThat(first.lockFile()).exists().hasFileName("infoshare.lock");

            assertThatThrownBy(() -> DataDirectoryLock.acquire(dataDir))
                    .isInstanceOf(DataDirectoryLock.DataDirectoryInUseException.class)
                    .hasMessageContaining("Another infoshare instance is already running on the data directory " + dataDir.toAbsolutePath().normalize())
                    .hasMessageContaining("Stop that instance first")
                    .hasMessageContaining("INFOSHARE_DATA_DIR");
            // The same directory named another way is the same directory.
            assertThatThrownBy(() -> DataDirectoryLock.acquire(dataDir.resolve("sub").resolve("..")))
                    .isInstanceOf(DataDirectoryLock.DataDirectoryInUseException.class);
        }
    }

    @Test
    void theLockIsFreeAgainOnceReleased() throws Exception {
        DataDirectoryLock.acquire(dataDir).close();

        try (DataDirectoryLock again = DataDirectoryLock.acquire(dataDir)) {
            assertThat(again.lockFile()).exists();
        }
    }

    @Test
    void differentDirectoriesDoNotBlockEachOther() throws Exception {
        try (DataDirectoryLock one = DataDirectoryLock.acquire(dataDir.resolve("one"));
             DataDirectoryLock two = DataDirectoryLock.acquire(dataDir.resolve("two"))) {
            assertThat(one.lockFile()).isNotEqualTo(two.lockFile());
        }
    }

    @Test
    void aLockHeldByAnotherProcessIsRefusedAndDiesWithThatProcess() throws Exception {
        Process holder = new ProcessBuilder(List.of(java(), "-cp", classpath(), DataDirectoryLockHolder.class.getName(), dataDir.toString()))
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.readLine()).startsWith("LOCKED");

            assertThatThrownBy(() -> DataDirectoryLock.acquire(dataDir))
                    .isInstanceOf(DataDirectoryLock.DataDirectoryInUseException.class)
                    .hasMessageContaining("INFOSHARE_DATA_DIR");

            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // A crashed instance leaves no stale lock: the operating system released it with the process.
            try (DataDirectoryLock after = DataDirectoryLock.acquire(dataDir)) {
                assertThat(Files.exists(after.lockFile())).isTrue();
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String classpath() throws Exception {
        return String.join(java.io.File.pathSeparator,
                Path.of(DataDirectoryLock.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
                Path.of(DataDirectoryLockHolder.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
}
