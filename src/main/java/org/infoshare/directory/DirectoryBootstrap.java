package org.infoshare.directory;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.problem.Violation;
import org.infoshare.validation.CommandValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a new installation gets its first partnership administrator: on a start with an empty directory and
 * {@code INFOSHARE_BOOTSTRAP_*} set, the first organisation and its administrator are created, checked by
 * the same rules as any other. Once the directory holds an organisation the settings are ignored (and may
 * be removed); every later organisation is onboarded by an administrator. Runs before the demo data, which
 * a bootstrapped installation therefore never receives.
 */
@Component
@Order(90)
@EnableConfigurationProperties(BootstrapProperties.class)
class DirectoryBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectoryBootstrap.class);

    private final BootstrapProperties settings;
    private final DirectoryStore store;
    private final OrganisationStore organisationStore;
    private final CommandValidator validator;
    private final PasswordEncoder passwords;
    private final Ledger ledger;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean oidcConfigured;

    DirectoryBootstrap(BootstrapProperties settings, DirectoryStore store, OrganisationStore organisationStore,
                       CommandValidator validator, PasswordEncoder passwords,
                       Ledger ledger, TransactionTemplate transaction, Clock clock, Environment environment) {
        this.settings = settings;
        this.store = store;
        this.organisationStore = organisationStore;
        this.validator = validator;
        this.passwords = passwords;
        this.ledger = ledger;
        this.transaction = transaction;
        this.clock = clock;
        this.oidcConfigured = BootstrapProperties.hasText(environment.getProperty("infoshare.oidc.issuer-uri"));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.configured()) {
            return;
        }
        if (!organisationStore.organisations().isEmpty()) {
            log.info("The directory already holds organisations: the INFOSHARE_BOOTSTRAP_* settings are ignored and can be removed");
            return;
        }
        DirectoryCommands.CreateOrganisation command = command();
        check(command);
        UUID administrator = transaction.execute(status -> create(command));
        log.info("Created {} and its first partnership administrator {} (user {}). Remove the INFOSHARE_BOOTSTRAP_* settings.",
                command.name().strip(), command.firstAdministrator().username(), administrator);
    }

    private DirectoryCommands.CreateOrganisation command() {
        String username = settings.administratorUsername();
        String password = BootstrapProperties.hasText(settings.administratorPassword()) ? settings.administratorPassword() : null;
        DirectoryCommands.NewStaffMember administrator = new DirectoryCommands.NewStaffMember(Actor.Kind.PERSON, username,
                settings.administratorName(), username != null && username.contains("@") ? username : null, "Partnership administrator",
                Set.of(Role.PARTNERSHIP_ADMINISTRATOR), Set.of(), password, null, null, null, null, null);
        return new DirectoryCommands.CreateOrganisation(settings.organisationName(), settings.organisationType(), null,
                ControllerRole.CONTROLLER, null, null, administrator);
    }

    /** A setting that breaks a rule stops the start, naming the variable to fix. */
    private void check(DirectoryCommands.CreateOrganisation command) {
        List<Violation> violations = new java.util.ArrayList<>(validator.violations(command));
        DirectoryCommands.NewStaffMember administrator = command.firstAdministrator();
        if (administrator.password() == null && !oidcConfigured) {
            violations.add(new Violation("firstAdministrator.password", "required",
                    "Set a password, or configure OIDC sign-in so that the administrator can sign in"));
        }
        if (administrator.password() != null && administrator.username() != null
                && administrator.password().toLowerCase(java.util.Locale.ROOT).contains(DirectoryStore.normaliseUsername(administrator.username()))) {
            violations.add(new Violation("firstAdministrator.password", "not-username", "Password must not contain the username"));
        }
        if (!violations.isEmpty()) {
            throw new IllegalStateException("The INFOSHARE_BOOTSTRAP_* settings are not valid: " + violations.stream()
                    .map(v -> variable(v.field()) + ": " + v.message())
                    .collect(Collectors.joining("; ")));
        }
    }

    private static String variable(String field) {
        return switch (field) {
            case "name" -> "INFOSHARE_BOOTSTRAP_ORGANISATION";
            case "type" -> "INFOSHARE_BOOTSTRAP_ORGANISATION_TYPE";
            case "firstAdministrator.username" -> "INFOSHARE_BOOTSTRAP_ADMIN_USERNAME";
            case "firstAdministrator.displayName" -> "INFOSHARE_BOOTSTRAP_ADMIN_NAME";
            case "firstAdministrator.password" -> "INFOSHARE_BOOTSTRAP_ADMIN_PASSWORD";
            default -> field;
        };
    }

    private UUID create(DirectoryCommands.CreateOrganisation command) {
        UUID organisation = UUID.randomUUID();
        organisationStore.insertOrganisation(organisation, command, clock.instant());
        ledger.record(DirectoryEvents.organisationCreated(DirectoryEvents.Source.BOOTSTRAP, organisation, command.type(),
                command.controllerRole()));
        UUID administrator = UUID.randomUUID();
        DirectoryCommands.NewStaffMember person = command.firstAdministrator();
        store.insertStaff(administrator, organisation, person,
                person.password() == null ? null : passwords.encode(person.password()), clock.instant());
        ledger.record(DirectoryEvents.userCreated(DirectoryEvents.Source.BOOTSTRAP, organisation, administrator, Actor.Kind.PERSON,
                Set.of(Role.PARTNERSHIP_ADMINISTRATOR)));
        return administrator;
    }
}
