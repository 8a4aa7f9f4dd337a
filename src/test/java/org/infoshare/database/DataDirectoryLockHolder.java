package org.infoshare.database;

import java.nio.file.Path;

/**
 * A separate process holding the data-directory lock, as a running infoshare instance would: it takes the
 * lock, says so on standard output, and keeps it until its standard input closes.
 */
public final class DataDirectoryLockHolder {

    private DataDirectoryLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(Path.of(args[0]))) {
            System.out.println("LOCKED " + lock.lockFile());
            System.out.flush();
            while (System.in.read() != -1) {
                // hold the lock until the parent closes our input
            }
        }
    }
}
