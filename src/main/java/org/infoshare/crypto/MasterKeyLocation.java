package org.infoshare.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.infoshare.database.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the master keyset lives (ADR 0041): by default in a {@code keys} directory beside the data directory,
 * never inside it, so that copying the data directory (a backup of the embedded database) never copies the
 * key that decrypts it. A keyset left inside the data directory by an earlier version is moved out on the
 * next start.
 */
final class MasterKeyLocation {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyLocation.class);
    static final String FILE_NAME = "master-keyset.json";

    private MasterKeyLocation() {
    }

    /** The default keys directory: {@code keys} beside the data directory. */
    static Path defaultDirectory(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        return absolute.getParent() == null ? absolute.resolve("keys") : absolute.resolveSibling("keys");
    }

    /** Where earlier versions generated the keyset: inside the data directory. */
    static Path formerFile(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("keys").resolve(FILE_NAME);
    }

    /**
     * Moves a keyset from inside the data directory to its own place, if it is still there: copied (owner-only,
     * forced to disk), then removed from the data directory. When both places hold one, they must be the same
     * key, or the start stops: choosing would risk orphaning every record.
     */
    static void moveOutOfDataDirectory(Path former, Path keysetFile) {
        if (!Files.exists(former)) {
            return;
        }
        try {
            byte[] content = Files.readAllBytes(former);
            if (Files.exists(keysetFile)) {
                if (!Arrays.equals(content, Files.readAllBytes(keysetFile))) {
                    throw new IllegalStateException("Two different master keysets exist: " + keysetFile + " and " + former
                            + " (inside the data directory, where earlier versions kept it). Keep the one that opens this"
                            + " database's keys in " + keysetFile + " and move the other away.");
                }
            } else {
                OwnerOnlyFiles.privateDirectory(keysetFile.toAbsolutePath().getParent());
                OwnerOnlyFiles.write(keysetFile, content);
            }
            Files.delete(former);
            try (var left = Files.list(former.getParent())) {
                if (left.findAny().isEmpty()) {
                    Files.delete(former.getParent());
                }
            }
            log.warn("Moved the master keyset out of the data directory, from {} to {}. Back it up apart from the data"
                    + " directory, and delete copies of it in earlier backups of the data directory.", former, keysetFile);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot move the master keyset from " + former + " to " + keysetFile + ": " + e.getMessage(), e);
        }
    }
}
