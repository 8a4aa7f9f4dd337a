package org.infoshare.database;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.postgresql.util.PasswordUtil;

/**
 * Who may connect to the embedded PostgreSQL, written into its data directory before every start: every
 * connection, over TCP on the loopback interface or over the Unix socket, must prove its password with
 * SCRAM-SHA-256. No connection is trusted for coming from this machine, and data directories written by
 * earlier versions (which trusted every local connection) are brought to the same rules on their next start.
 */
final class ServerAccess {

    static final String HBA = """
            # Written by infoshare on every start; edits here are overwritten.
            # Every connection proves its password (SCRAM-SHA-256): the superuser's is in the data directory's
            # postgres-superuser-password file, readable by its owner only.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    /** Longest Unix socket path Linux and macOS accept, less the terminating NUL. */
    static final int MAX_SOCKET_PATH = 103;

    private ServerAccess() {
    }

    static void writeHostBasedAccess(Path pgData) {
        try {
            Files.writeString(pgData.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + pgData.resolve("pg_hba.conf") + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether PostgreSQL can put its socket in the directory: the path of {@code .s.PGSQL.<port>} has to fit
     * the operating system's limit, or the server would not start, and be a plain path.
     */
    static boolean socketFits(Path socketDirectory, int port) {
        // The setting reaches the server through a command line and a list syntax: keep to plain paths.
        if (!socketDirectory.toString().matches("[A-Za-z0-9/._+-]+")) {
            return false;
        }
        return socketDirectory.resolve(".s.PGSQL." + port).toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH;
    }

    /**
     * Sets the superuser's password while no server runs, in PostgreSQL's single-user mode, so that the server
     * never has to start accepting connections without one. Only the SCRAM verifier reaches PostgreSQL (on its
     * standard input, never a command line), so the password itself is written nowhere but its own file.
     */
    static void setSuperuserPassword(PostgresBinaries binaries, Path pgData, String password) {
        String verifier = PasswordUtil.encodeScramSha256(password.toCharArray());
        List<String> command = binaries.command("postgres", List.of("--single", "-D", pgData.toString(), "-F", "postgres"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        try {
            Process process = builder.start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(("alter role " + EmbeddedPostgresServer.SUPERUSER + " with password '" + verifier + "'\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // Recovery after a crash happens here too, so allow it time.
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("PostgreSQL's single-user mode did not finish");
            }
            if (process.exitValue() != 0 || output.contains("ERROR:") || output.contains("FATAL:") || output.contains("PANIC:")) {
                throw new IllegalStateException("Could not set the embedded database's superuser password (exit "
                        + process.exitValue() + "): " + output.strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run PostgreSQL in single-user mode: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting the embedded database's superuser password", e);
        }
    }
}
