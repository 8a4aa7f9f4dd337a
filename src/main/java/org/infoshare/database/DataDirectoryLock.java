package org.infoshare.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive operating-system lock on the data directory, held for the life of the process, so that two
 * instances can never run one embedded database. The lock dies with the process, so a crash leaves no
 * stale lock behind.
 */
public final class DataDirectoryLock implements AutoCloseable {

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    public static DataDirectoryLock acquire(Path dataDir) {
        Path lockFile = dataDir.toAbsolutePath().normalize().resolve("infoshare.lock");
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException alreadyHeldHere) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DataDirectoryInUseException(dataDir.toAbsolutePath().normalize());
            }
            return new DataDirectoryLock(lockFile, channel, lock);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot lock the data directory " + lockFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        if (lock.isValid()) {
            lock.release();
        }
        channel.close();
    }

    public Path lockFile() {
        return lockFile;
    }

    /** Another infoshare process already runs on this data directory. */
    public static final class DataDirectoryInUseException extends IllegalStateException {
        DataDirectoryInUseException(Path dataDir) {
            super("Another infoshare instance is already running on the data directory " + dataDir
                    + ". Stop that instance first, or start this one with a different INFOSHARE_DATA_DIR.");
        }
    }
}
