package org.infoshare.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.infoshare.agreement.AgreementCommands.FileFormat;
import org.infoshare.database.DemoDataPolicy;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.ledger.Ledger;
import org.infoshare.legal.LegalCatalogue;
import org.infoshare.legal.LegalCommands;
import org.infoshare.legal.ProvisionKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.validation.CommandValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The demo partnership's agreements, imported from their files (under {@code demo/agreements/}) and screened,
 * assessed and signed through the same service as everyone else's (so they obey every rule), with the clock
 * set back so that they have a history:
 * <ol>
 *   <li>the Westshire Supporting Families Data Sharing Agreement, modelled on the pan-London DSA (seed 002):
 *       council and police, active since nearly six months ago, its first review near, published;</li>
 *   <li>the Westshire Family Safeguarding Information Sharing Agreement, modelled on the Hertfordshire guide
 *       (seed 003): five partners, submitted, signed by all but Family Lifeline.</li>
 * </ol>
 * It also adds one provision to the legal catalogue (Care Act 2014 s1, which 002 Appendix C relies on), to
 * show the catalogue growing.
 */
@Component
@Order(200)
class DemoAgreements implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAgreements.class);
    static final String SUPPORTING_FAMILIES = "Westshire Supporting Families Data Sharing Agreement";
    static final String FAMILY_SAFEGUARDING = "Westshire Family Safeguarding Information Sharing Agreement";
    static final String CARE_ACT_S1 = "CARE2014-S1";
    static final String SUPPORTING_FAMILIES_FILE = "supporting-families";
    static final String FAMILY_SAFEGUARDING_FILE = "family-safeguarding";
    private static final String RESOURCES = "/demo/agreements/";
    /** The Supporting Families agreement took effect this many days short of six months ago. */
    static final int DAYS_BEFORE_FIRST_REVIEW = 12;

    private final DemoDataPolicy policy;
    private final AgreementStore store;
    private final LegalCatalogue catalogue;
    private final DirectoryLookup directory;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final AgreementAccess access;
    private final AgreementImport imports;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoAgreements(DemoDataPolicy policy, AgreementStore store, LegalCatalogue catalogue, DirectoryLookup directory,
                   CommandValidator validator, Ledger ledger, AgreementAccess access, AgreementImport imports,
                   TransactionTemplate transaction, Clock clock) {
        this.access = access;
        this.imports = imports;
        this.policy = policy;
        this.store = store;
        this.catalogue = catalogue;
        this.directory = directory;
        this.validator = validator;
        this.ledger = ledger;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.enabled() || !store.allIds().isEmpty() || directory.organisations().isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Loaded the demo agreements: '{}' (active) and '{}' (awaiting a signature)", SUPPORTING_FAMILIES, FAMILY_SAFEGUARDING);
    }

    private void load() {
        UUID council = organisation(DemoDirectory.COUNCIL);
        UUID police = organisation(DemoDirectory.POLICE);
        UUID nhs = organisation(DemoDirectory.NHS);
        UUID probation = organisation(DemoDirectory.PROBATION);
        LocalDate today = UkCalendar.today(clock);

        // Supporting Families: drafted about seven months ago, in force since six months less a few days.
        LocalDate effective = today.minusMonths(6).plusDays(DAYS_BEFORE_FIRST_REVIEW);
        Services early = at(effective.minusWeeks(4));
        Actor councilDpo = person(council, Role.DATA_PROTECTION_OFFICER);
        if (catalogue.current().provision(CARE_ACT_S1).isEmpty()) {
            catalogue.add(councilDpo, new LegalCommands.AddProvision(CARE_ACT_S1, ProvisionKind.STATUTORY_GATEWAY,
                    "Care Act 2014 s1", "Promoting individual well-being",
                    "A local authority's general duty to promote an individual's well-being, and to integrate care and support with health provision.",
                    java.util.Set.of(org.infoshare.directory.OrganisationType.LOCAL_AUTHORITY)));
        }
        Agreement families = draft(early, councilDpo, SUPPORTING_FAMILIES_FILE);
        early.dpias().signOffDpia(councilDpo, families.id());
        early.agreements().submit(councilDpo, families.id());
        at(effective.minusDays(3)).agreements().sign(councilDpo, families.id(), 1);
        Agreements onEffectiveDay = at(effective).agreements();
        onEffectiveDay.sign(person(police, Role.DATA_PROTECTION_OFFICER), families.id(), 1);
        onEffectiveDay.publish(councilDpo, families.id());

        // Family Safeguarding: drafted a month ago, signed over the last fortnight by all but Family Lifeline.
        Services recent = at(today.minusMonths(1));
        Actor nhsDpo = person(nhs, Role.DATA_PROTECTION_OFFICER);
        Agreement safeguarding = draft(recent, councilDpo, FAMILY_SAFEGUARDING_FILE);
        recent.dpias().signOffDpia(nhsDpo, safeguarding.id());
        recent.agreements().submit(councilDpo, safeguarding.id());
        at(today.minusDays(14)).agreements().sign(councilDpo, safeguarding.id(), 1);
        at(today.minusDays(10)).agreements().sign(person(police, Role.DATA_PROTECTION_OFFICER), safeguarding.id(), 1);
        at(today.minusDays(7)).agreements().sign(person(nhs, Role.CALDICOTT_GUARDIAN), safeguarding.id(), 1);
        at(today.minusDays(3)).agreements().sign(person(probation, Role.DATA_PROTECTION_OFFICER), safeguarding.id(), 1);
    }

    /** Imports the agreement file as a new draft and screens and assesses it with its DPIA file. */
    private static Agreement draft(Services on, Actor dpo, String name) {
        Agreement draft = on.agreements().importAgreement(dpo, new AgreementCommands.ImportAgreement(FileFormat.YAML, agreementFile(name), null));
        DemoDpia dpia = dpia(name);
        on.dpias().screen(dpo, draft.id(), dpia.screening());
        on.dpias().assess(dpo, draft.id(), new AgreementCommands.AssessDpia(dpia.assessment()));
        return draft;
    }

    /** The services as they ran on an earlier day (the ledger still records when each entry was written). */
    private Services at(LocalDate day) {
        Clock then = Clock.fixed(day.atTime(10, 0).atZone(UkCalendar.ZONE).toInstant(), ZoneOffset.UTC);
        Clock shifted = Clock.offset(clock, Duration.between(then.instant(), clock.instant()).negated());
        return new Services(new Agreements(store, access, imports, catalogue, directory, validator, ledger, shifted),
                new DpiaAssessments(store, access, validator, ledger, shifted));
    }

    private record Services(Agreements agreements, DpiaAssessments dpias) {
    }

    private UUID organisation(String name) {
        return directory.organisations().stream().filter(o -> o.name().equals(name)).map(Organisation::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo directory has no " + name));
    }

    private Actor person(UUID organisation, Role role) {
        Organisation org = directory.organisation(organisation).orElseThrow();
        DirectoryLookup.Person person = directory.people(organisation).stream()
                .filter(p -> p.active() && p.roles().contains(role)).findFirst()
                .orElseThrow(() -> new IllegalStateException(org.name() + " has no " + role.label()));
        return new Actor(person.id(), organisation, org.name(), person.displayName(), Actor.Kind.PERSON, person.roles(),
                person.teamIds(), true);
    }

    /** A demo agreement file, as a partnership would keep it. */
    static String agreementFile(String name) {
        return resource(name + ".yaml");
    }

    /** A demo agreement's DPIA: the screening answers and the assessment, in the API's own shape. */
    static DemoDpia dpia(String name) {
        return YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                .readValue(resource(name + "-dpia.yaml"), DemoDpia.class);
    }

    record DemoDpia(Dpia.ScreeningAnswers screening, Dpia.Assessment assessment) {
    }

    private static String resource(String file) {
        try (InputStream in = DemoAgreements.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IllegalStateException("The demo agreement file " + file + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
