package org.infoshare.database;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Collectors;

import org.infoshare.database.rules.OwnerOnlyPolicy;

/**
 * Files and directories that hold secrets: created readable by their owner only from the first byte (never
 * written first and restricted after), and refused when an operator's copy is readable by anyone else. On
 * file systems without POSIX permissions (Windows) the directory's access-control lists are relied on.
 */
public final class OwnerOnlyFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /**
     * Refuses a secret file that others may read or change.
     *
     * @param what    what the file is, for the message ("The master keyset")
     * @param setting the setting that names it, for the message
     */
    public static void requireOwnerOnly(Path file, String what, String setting) {
        if (!POSIX) {
            return;
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the permissions of " + file + ": " + e.getMessage(), e);
        }
        OwnerOnlyPolicy.Verdict verdict = OwnerOnlyPolicy.judge(permissions);
        if (!verdict.safe()) {
            throw new UnsafeSecretFileException(file, what, setting, permissions, verdict.problems());
        }
    }

    /** Creates the directory (and its parents) if missing; a directory created here is its owner's only. */
    public static Path privateDirectory(Path directory) {
        try {
            if (Files.isDirectory(directory)) {
                return directory;
            }
            Path parent = directory.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (POSIX) {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
            } else {
                Files.createDirectory(directory);
            }
            return directory;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes an existing directory of ours its owner's only (PostgreSQL, for one, insists on it for its socket
     * and data directories).
     */
    public static void restrictDirectory(Path directory) {
        if (!POSIX) {
            return;
        }
        try {
            Files.setPosixFilePermissions(directory, DIRECTORY);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot restrict " + directory + " to its owner: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a secret file whole or not at all: into a temporary file in the same directory, owner-only from
     * creation, forced to disk, then moved into place.
     */
    public static void write(Path file, byte[] content) {
        Path directory = privateDirectory(file.toAbsolutePath().getParent());
        Path temporary = directory.resolve("." + file.getFileName() + ".new");
        try {
            Files.deleteIfExists(temporary);
            FileAttribute<?>[] attributes = POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
            Files.createFile(temporary, attributes);
            try (var channel = Files.newByteChannel(temporary, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(content));
                ((java.nio.channels.FileChannel) channel).force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the original error (if any) is the one to report
            }
        }
    }

    /** A secret file that others may read or change: infoshare will not start with it. */
    public static final class UnsafeSecretFileException extends IllegalStateException {

        private final transient Path file;

        UnsafeSecretFileException(Path file, String what, String setting, Set<PosixFilePermission> permissions,
                                  Set<OwnerOnlyPolicy.Problem> problems) {
            super(what + " " + file.toAbsolutePath() + " is not private to its owner (permissions "
                    + PosixFilePermissions.toString(permissions) + ": "
                    + problems.stream().map(p -> p.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).sorted()
                    .collect(Collectors.joining(", "))
                    + "), so another account on this machine could read it. infoshare will not start until only its owner can"
                    + " read it" + (setting == null ? "" : " (" + setting + ")") + ".");
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }
}
