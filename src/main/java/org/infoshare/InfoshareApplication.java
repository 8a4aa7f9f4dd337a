package org.infoshare;

import java.time.Clock;
import java.util.Arrays;

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
 * checks the ledger's hash chain and signed checkpoints, prints the result and exits 0 (intact) or 1.
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

    public static void main(String[] args) {
        if (args.length > 0 && VERIFY_LEDGER_COMMAND.equals(args[0])) {
            SpringApplication app = new SpringApplication(InfoshareApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("command");
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            System.exit(SpringApplication.exit(app.run(rest)));
        }
        SpringApplication.run(InfoshareApplication.class, args);
    }
}
