package org.infoshare.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.database.DemoDataPolicy;
import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PARTNERSHIP_ADMINISTRATOR;
import static org.infoshare.shared.Role.PRACTITIONER;

/**
 * The Westshire Safeguarding Partnership: six fictional partners with staff in every role, loaded on the
 * first start of a demo instance. Every demo account's password is {@value #PASSWORD}. Training dates are
 * set relative to the day of loading so the demo stays current; one practitioner's training has lapsed and
 * one leaver's access is revoked, to show both rules.
 */
@Component
@Order(100)
public class DemoDirectory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);
    public static final String PASSWORD = "share-safely-2026";

    public static final String COUNCIL = "Westshire County Council";
    public static final String POLICE = "Westshire Police";
    public static final String NHS = "Westshire Community Health NHS Trust";
    public static final String SCHOOL = "Riverside Academy";
    public static final String PROBATION = "Probation Service – Westshire";
    public static final String CHARITY = "Family Lifeline";

    private final DemoDataPolicy policy;
    private final DirectoryStore store;
    private final OrganisationStore organisationStore;
    private final SignInStore signIn;
    private final Ledger ledger;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoDirectory(DemoDataPolicy policy, DirectoryStore store, OrganisationStore organisationStore, SignInStore signIn,
                  Ledger ledger, PasswordEncoder passwords, TransactionTemplate transaction, Clock clock) {
        this.policy = policy;
        this.store = store;
        this.organisationStore = organisationStore;
        this.signIn = signIn;
        this.ledger = ledger;
        this.passwords = passwords;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.enabled() || !organisationStore.organisations().isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Loaded the demo partnership. Sign in as, for example, practitioner@westshire-council.example with password {}", PASSWORD);
    }

    private record Person(String username, String name, String jobTitle, Set<Role> roles, List<String> teams) {
    }

    private void load() {
        LocalDate today = UkCalendar.today(clock);
        // One Argon2 hash for every demo account: they share a published password anyway, and hashing
        // forty times would slow every first start.
        String hash = passwords.encode(PASSWORD);

        UUID council = organisation(COUNCIL, OrganisationType.LOCAL_AUTHORITY, "Z5512345",
                contact("Priya Shah", "dpo@westshire-council.example", "01632 960 101"),
                contact("Dr Helen Morgan", "caldicott@westshire-council.example", "01632 960 102"));
        Map<String, UUID> councilTeams = teams(council,
                "Children's Social Care – Assessment", "Adult Social Care", "Early Help", "Information Governance");
        people(council, councilTeams, hash, today, List.of(
                new Person("practitioner@westshire-council.example", "Sam Okafor", "Social worker", Set.of(PRACTITIONER), List.of("Children's Social Care – Assessment")),
                new Person("manager@westshire-council.example", "Jo Reid", "Team manager (designated safeguarding lead)", Set.of(MANAGER, PRACTITIONER), List.of("Children's Social Care – Assessment")),
                new Person("adults@westshire-council.example", "Ravi Desai", "Adult social care practitioner", Set.of(PRACTITIONER), List.of("Adult Social Care")),
                new Person("earlyhelp@westshire-council.example", "Megan Price", "Early help worker", Set.of(PRACTITIONER), List.of("Early Help")),
                new Person("dpo@westshire-council.example", "Priya Shah", "Data Protection Officer", Set.of(DATA_PROTECTION_OFFICER), List.of("Information Governance")),
                new Person("caldicott@westshire-council.example", "Dr Helen Morgan", "Caldicott Guardian", Set.of(CALDICOTT_GUARDIAN), List.of("Information Governance")),
                new Person("admin@westshire-council.example", "Alex Turner", "Partnership administrator", Set.of(PARTNERSHIP_ADMINISTRATOR), List.of("Information Governance")),
                new Person("auditor@westshire-council.example", "Chris Walker", "Information governance auditor", Set.of(AUDITOR), List.of("Information Governance"))));
        UUID lapsed = person(council, councilTeams, hash, today, new Person("lapsed@westshire-council.example", "Dana Fox",
                "Social worker", Set.of(PRACTITIONER), List.of("Children's Social Care – Assessment")));
        store.recordTraining(lapsed, today.minusYears(1).minusDays(1), today.minusDays(1), clock.instant());
        UUID leaver = person(council, councilTeams, hash, today, new Person("leaver@westshire-council.example", "Lee Marsh",
                "Former social worker", Set.of(PRACTITIONER), List.of("Children's Social Care – Assessment")));
        store.revoke(leaver, RevocationReason.LEFT_ORGANISATION, clock.instant());
        ledger.record(DirectoryEvents.revoked(council, leaver, RevocationReason.LEFT_ORGANISATION));
        systemClient(council, "case-system@westshire-council.example", "Westshire children's case management system");

        UUID police = organisation(POLICE, OrganisationType.POLICE, "Z6623456",
                contact("Mark Ellis", "dpo@westshire-police.example", "01632 960 201"), null);
        Map<String, UUID> policeTeams = teams(police, "Public Protection Desk", "Information Management");
        people(police, policeTeams, hash, today, List.of(
                new Person("practitioner@westshire-police.example", "DC Aisha Khan", "Detective constable, public protection", Set.of(PRACTITIONER), List.of("Public Protection Desk")),
                new Person("manager@westshire-police.example", "DS Tom Harris", "Detective sergeant, public protection desk", Set.of(MANAGER, PRACTITIONER), List.of("Public Protection Desk")),
                new Person("dpo@westshire-police.example", "Mark Ellis", "Data Protection Officer", Set.of(DATA_PROTECTION_OFFICER), List.of("Information Management")),
                new Person("admin@westshire-police.example", "Nina Brooks", "Partnership administrator", Set.of(PARTNERSHIP_ADMINISTRATOR), List.of("Information Management")),
                new Person("auditor@westshire-police.example", "Paul Grant", "Professional standards auditor", Set.of(AUDITOR), List.of("Information Management"))));

        UUID nhs = organisation(NHS, OrganisationType.HEALTH, "Z7734567",
                contact("Grace Liu", "dpo@westshire-nhs.example", "01632 960 301"),
                contact("Dr Owen Hughes", "caldicott@westshire-nhs.example", "01632 960 302"));
        Map<String, UUID> nhsTeams = teams(nhs, "Safeguarding Children Team", "Health Visiting", "Information Governance");
        people(nhs, nhsTeams, hash, today, List.of(
                new Person("practitioner@westshire-nhs.example", "Laura Bennett", "Health visitor", Set.of(PRACTITIONER), List.of("Health Visiting")),
                new Person("manager@westshire-nhs.example", "Fiona Clarke", "Named nurse for safeguarding children", Set.of(MANAGER, PRACTITIONER), List.of("Safeguarding Children Team")),
                new Person("dpo@westshire-nhs.example", "Grace Liu", "Data Protection Officer", Set.of(DATA_PROTECTION_OFFICER), List.of("Information Governance")),
                new Person("caldicott@westshire-nhs.example", "Dr Owen Hughes", "Caldicott Guardian", Set.of(CALDICOTT_GUARDIAN), List.of("Information Governance")),
                new Person("admin@westshire-nhs.example", "Imran Ali", "Partnership administrator", Set.of(PARTNERSHIP_ADMINISTRATOR), List.of("Information Governance")),
                new Person("auditor@westshire-nhs.example", "Ruth Evans", "Information governance auditor", Set.of(AUDITOR), List.of("Information Governance"))));

        UUID school = organisation(SCHOOL, OrganisationType.EDUCATION, "ZA345678",
                contact("Kevin Moore", "dpo@riverside-academy.example", "01632 960 401"), null);
        Map<String, UUID> schoolTeams = teams(school, "Safeguarding", "Pastoral Care");
        people(school, schoolTeams, hash, today, List.of(
                new Person("practitioner@riverside-academy.example", "Hannah Scott", "Head of year 9", Set.of(PRACTITIONER), List.of("Pastoral Care")),
                new Person("manager@riverside-academy.example", "Michael Adams", "Designated safeguarding lead", Set.of(MANAGER, PRACTITIONER), List.of("Safeguarding")),
                new Person("dpo@riverside-academy.example", "Kevin Moore", "Data Protection Officer", Set.of(DATA_PROTECTION_OFFICER), List.of("Safeguarding")),
                new Person("admin@riverside-academy.example", "Zoe Hall", "School business manager", Set.of(PARTNERSHIP_ADMINISTRATOR), List.of("Safeguarding")),
                new Person("auditor@riverside-academy.example", "Gareth Lewis", "Governor, safeguarding link", Set.of(AUDITOR), List.of("Safeguarding"))));

        UUID probation = organisation(PROBATION, OrganisationType.PROBATION, "Z8845678",
                contact("Sarah Kemp", "dpo@westshire-probation.example", "01632 960 501"), null);
        Map<String, UUID> probationTeams = teams(probation, "Offender Management", "Business Support");
        people(probation, probationTeams, hash, today, List.of(
                new Person("practitioner@westshire-probation.example", "Daniel Wright", "Probation officer", Set.of(PRACTITIONER), List.of("Offender Management")),
                new Person("manager@westshire-probation.example", "Olivia Green", "Senior probation officer", Set.of(MANAGER, PRACTITIONER), List.of("Offender Management")),
                new Person("dpo@westshire-probation.example", "Sarah Kemp", "Data Protection Officer", Set.of(DATA_PROTECTION_OFFICER), List.of("Business Support")),
                new Person("admin@westshire-probation.example", "Peter Young", "Partnership administrator", Set.of(PARTNERSHIP_ADMINISTRATOR), List.of("Business Support")),
                new Person("auditor@westshire-probation.example", "Emma Baker", "Quality assurance auditor", Set.of(AUDITOR), List.of("Business Support"))));

        UUID charity = organisation(CHARITY, OrganisationType.VOLUNTARY, "ZB456789",
                contact("Rachel Ward", "dpo@family-lifeline.example", "01632 960 601"), null);
        Map<String, UUID> charityTeams = teams(charity, "Family Support");
        people(charity, charityTeams, hash, today, List.of(
                new Person("practitioner@family-lifeline.example", "Kofi Mensah", "Family support worker", Set.of(PRACTITIONER), List.of("Family Support")),
                new Person("manager@family-lifeline.example", "Beth Cole", "Service manager (safeguarding lead)", Set.of(MANAGER, PRACTITIONER), List.of("Family Support")),
                new Person("dpo@family-lifeline.example", "Rachel Ward", "Data protection lead", Set.of(DATA_PROTECTION_OFFICER), List.of("Family Support")),
                new Person("admin@family-lifeline.example", "Tariq Aziz", "Operations manager", Set.of(PARTNERSHIP_ADMINISTRATOR), List.of("Family Support")),
                new Person("auditor@family-lifeline.example", "Joan Pike", "Trustee, safeguarding", Set.of(AUDITOR), List.of("Family Support"))));

        assurance(council, AssuranceScheme.ISO_27001, "Certified", "IS 712345", today.plusMonths(14));
        assurance(council, AssuranceScheme.PSN, "Compliant", "PSN-2026-0412", today.plusMonths(7));
        assurance(police, AssuranceScheme.ISO_27001, "Certified", "IS 798765", today.plusMonths(20));
        assurance(nhs, AssuranceScheme.DSPT, "Standards Met", "ODS RXX", today.plusMonths(8));
        assurance(school, AssuranceScheme.CYBER_ESSENTIALS, "Certified", "CE-55123", today.plusMonths(5));
        assurance(probation, AssuranceScheme.ISO_27001, "Certified", "IS 765432", today.plusMonths(11));
        assurance(charity, AssuranceScheme.CYBER_ESSENTIALS_PLUS, "Certified", "CEP-88123", today.minusDays(20));
    }

    private UUID organisation(String name, OrganisationType type, String ico, DirectoryCommands.ContactDetails dpo,
                              DirectoryCommands.ContactDetails caldicott) {
        UUID id = UUID.randomUUID();
        organisationStore.insertOrganisation(id, new DirectoryCommands.CreateOrganisation(name, type, ico, ControllerRole.CONTROLLER,
                dpo, caldicott, null), clock.instant());
        // The demo's published accounts sign in with the password alone (ADR 0044): a demo organisation
        // requires a second step for no role until an administrator chooses some.
        signIn.replaceTwoStepRoles(id, Set.of());
        ledger.record(DirectoryEvents.organisationCreated(DirectoryEvents.Source.DEMO, id, type, null));
        return id;
    }

    private Map<String, UUID> teams(UUID organisation, String... names) {
        Map<String, UUID> teams = new HashMap<>();
        for (String name : names) {
            UUID id = UUID.randomUUID();
            organisationStore.insertTeam(id, organisation, new DirectoryCommands.SaveTeam(name, null), clock.instant());
            ledger.record(DirectoryEvents.teamCreated(organisation, id));
            teams.put(name, id);
        }
        return teams;
    }

    private void people(UUID organisation, Map<String, UUID> teams, String hash, LocalDate today, List<Person> people) {
        people.forEach(person -> person(organisation, teams, hash, today, person));
    }

    private UUID person(UUID organisation, Map<String, UUID> teams, String hash, LocalDate today, Person person) {
        UUID id = UUID.randomUUID();
        Set<UUID> teamIds = new LinkedHashSet<>();
        person.teams().forEach(team -> teamIds.add(teams.get(team)));
        store.insertStaff(id, organisation, new DirectoryCommands.NewStaffMember(Actor.Kind.PERSON, person.username(),
                person.name(), person.username(), person.jobTitle(), person.roles(), teamIds, null,
                today.minusMonths(2), today.plusMonths(10), VettingLevel.DBS_ENHANCED, today.minusYears(1), today.plusYears(2)),
                hash, clock.instant());
        ledger.record(DirectoryEvents.userCreated(DirectoryEvents.Source.DEMO, organisation, id, Actor.Kind.PERSON, null));
        return id;
    }

    private void systemClient(UUID organisation, String username, String name) {
        UUID id = UUID.randomUUID();
        store.insertStaff(id, organisation, new DirectoryCommands.NewStaffMember(Actor.Kind.SYSTEM, username, name, null,
                "Partner system", Set.of(PRACTITIONER), Set.of(), null, null, null, null, null, null), null, clock.instant());
        ledger.record(DirectoryEvents.userCreated(DirectoryEvents.Source.DEMO, organisation, id, Actor.Kind.SYSTEM, null));
    }

    private void assurance(UUID organisation, AssuranceScheme scheme, String level, String reference, LocalDate validUntil) {
        UUID id = UUID.randomUUID();
        organisationStore.insertAssurance(organisation, id, new DirectoryCommands.AddAssurance(scheme, level, reference, validUntil));
        ledger.record(DirectoryEvents.assuranceAdded(organisation, id, scheme));
    }

    private static DirectoryCommands.ContactDetails contact(String name, String email, String phone) {
        return new DirectoryCommands.ContactDetails(name, email, phone);
    }
}
