package org.infoshare.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * Where the PostgreSQL binaries are unpacked, and how to run one of them. They go into a directory private to
 * the account infoshare runs as: the library's default is a world-writable directory under /tmp, where
 * another local account could plant its own {@code postgres} for infoshare to run.
 */
final class PostgresBinaries {

    private static volatile String archiveDigest;

    private final Path workingDirectory;

    private PostgresBinaries(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /**
     * @param cache where to keep them: the library unpacks into {@code <cache>/unpacked}, which it makes
     *              writable by anyone, so the cache itself is kept private to its owner
     */
    static PostgresBinaries in(Path cache) {
        Path privateCache = cache.toAbsolutePath().normalize();
        OwnerOnlyFiles.privateDirectory(privateCache);
        OwnerOnlyFiles.restrictDirectory(privateCache);
        return new PostgresBinaries(privateCache.resolve("unpacked"));
    }

    /** The default cache: {@code ~/.cache/infoshare/postgres}. */
    static Path defaultCache() {
        return Path.of(System.getProperty("user.home"), ".cache", "infoshare", "postgres");
    }

    /** The directory the library is told to unpack into. */
    Path workingDirectory() {
        return workingDirectory;
    }

    /**
     * A command line running one of the binaries (after the library has unpacked them). When infoshare runs as
     * root, PostgreSQL runs inside a user namespace where it is not, as the library does for its own commands.
     */
    List<String> command(String binary, List<String> arguments) {
        Path executable = unpacked().resolve("bin").resolve(operatingSystem().equals("Windows") ? binary + ".exe" : binary);
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("The PostgreSQL binaries were not found at " + unpacked());
        }
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(executable.toString());
        command.addAll(arguments);
        return command;
    }

    /** The library names the unpacked directory after the MD5 digest of the archive it unpacked. */
    private Path unpacked() {
        return workingDirectory.resolve("PG-" + archiveDigest());
    }

    private static String archiveDigest() {
        String digest = archiveDigest;
        if (digest == null) {
            try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(operatingSystem(), architecture());
                 DigestInputStream in = new DigestInputStream(archive, MessageDigest.getInstance("MD5"))) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                digest = HexFormat.of().formatHex(in.getMessageDigest().digest());
                archiveDigest = digest;
            } catch (IOException | NoSuchAlgorithmException e) {
                throw new IllegalStateException("Cannot read the PostgreSQL binaries: " + e.getMessage(), e);
            }
        }
        return digest;
    }

    private static String operatingSystem() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return "Windows";
        }
        return name.startsWith("mac") ? "Darwin" : "Linux";
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }
}
