package org.infoshare.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded PostgreSQL superuser's password: generated on the first start into a file readable by its
 * owner only, beside the database in the data directory. It is the operator's key to the database (backups,
 * repairs); infoshare itself uses it only at start, to set up the application's own role. A file that others
 * could read stops the start.
 */
final class SuperuserSecret {

    static final String FILE_NAME = "postgres-superuser-password";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SuperuserSecret() {
    }

    /** The secret in the data directory, generated if there is none yet. */
    static String loadOrCreate(Path dataDir) {
        Path file = file(dataDir);
        if (!Files.exists(file)) {
            OwnerOnlyFiles.write(file, (randomPassword() + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        OwnerOnlyFiles.requireOwnerOnly(file, "The embedded database's superuser password file", null);
        try {
            String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (secret.length() < 16) {
                throw new IllegalStateException("The embedded database's superuser password in " + file.toAbsolutePath()
                        + " is shorter than 16 characters; delete the file to have a new one generated on the next start.");
            }
            return secret;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    static Path file(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    /** 256 random bits, URL-safe so that it can sit in a connection string or a shell variable as it is. */
    static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
