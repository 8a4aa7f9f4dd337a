package org.infoshare;

import java.time.Clock;
import java.util.Arrays;

import org.infoshare.database.DatabaseCommands;
import org.infoshare.linkage.extract.EncodeForLinkage;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * infoshare: lawful, proportionate, recorded information sharing for safeguarding partnerships.
 *
 * <p>{@code java -jar infoshare.jar} serves the application; {@code java -jar infoshare.jar verify-ledger}
 * checks the ledger's hash chain and signed checkpoints, prints the result and exits 0 (intact) or 1;
 * {@code backup <directory>} and {@code restore <directory>} back up and restore the embedded database
 * ({@link DatabaseCommands}).
 * {@code linkage-secret} and {@code encode-for-linkage} are a sender's linkage commands (ADR 0070), run without
 * starting the application.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableScheduling
public class InfoshareApplication {

    /** The one clock every rule and record reads, so tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static final String VERIFY_LEDGER_COMMAND = "verify-ledger";

    /** The command's exit status when the ledger could not be read at all (0 is intact, 1 is broken). */
    public static final int COULD_NOT_VERIFY = 2;

    public static void main(String[] args) {
        if (args.length > 0 && EncodeForLinkage.handles(args[0])) {
            System.exit(EncodeForLinkage.run(args, System.out, System.err));
        }
        if (args.length > 0 && VERIFY_LEDGER_COMMAND.equals(args[0])) {
            System.exit(verifyLedger(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && (DatabaseCommands.BACKUP.equals(args[0]) || DatabaseCommands.RESTORE.equals(args[0]))) {
            System.exit(DatabaseCommands.run(args[0], Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(InfoshareApplication.class, args);
    }

    /** Runs {@code verify-ledger} against the configured database and returns its exit status. */
    public static int verifyLedger(String... args) {
        SpringApplication app = new SpringApplication(InfoshareApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles("command");
        try {
            return SpringApplication.exit(app.run(args));
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            System.err.println("COULD NOT VERIFY THE LEDGER: " + cause.getMessage());
            return COULD_NOT_VERIFY;
        }
    }
}
