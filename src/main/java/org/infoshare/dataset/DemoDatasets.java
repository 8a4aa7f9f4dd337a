package org.infoshare.dataset;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.agreement.AgreementRegister;
import org.infoshare.agreement.AgreementTerms;
import org.infoshare.database.DemoDataPolicy;
import org.infoshare.dataset.rules.ColumnMode;
import org.infoshare.dataset.rules.ValueType;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.directory.Team;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's systematic sharing under the Supporting Families agreement (seed 002): the police send the council's
 * Early Help team a monthly list of people involved in crime (identifiers pseudonymised), and the council sends
 * the police's Public Protection Desk names and dates of birth. One small police dataset is published.
 */
@Component
@Order(300)
class DemoDatasets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDatasets.class);
    static final String AGREEMENT = "Westshire Supporting Families Data Sharing Agreement";

    private final DemoDataPolicy policy;
    private final DatasetStore store;
    private final DatasetSpecifications specifications;
    private final DatasetIngest ingest;
    private final AgreementRegister agreements;
    private final DirectoryLookup directory;

    DemoDatasets(DemoDataPolicy policy, DatasetStore store, DatasetSpecifications specifications, DatasetIngest ingest,
                 AgreementRegister agreements, DirectoryLookup directory) {
        this.policy = policy;
        this.store = store;
        this.specifications = specifications;
        this.ingest = ingest;
        this.agreements = agreements;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.enabled()) {
            return;
        }
        Optional<UUID> council = organisation(DemoDirectory.COUNCIL);
        Optional<UUID> police = organisation(DemoDirectory.POLICE);
        if (council.isEmpty() || police.isEmpty() || !store.specificationsOf(police.get()).isEmpty()) {
            return;
        }
        Optional<AgreementTerms> terms = agreements.between(council.get(), police.get()).stream()
                .filter(t -> t.title().equals(AGREEMENT) && t.inForce()).findFirst();
        if (terms.isEmpty()) {
            return;
        }
        UUID agreement = terms.get().agreementId();
        String names = "name-and-contact-details";
        specifications.create(person(police.get(), Role.DATA_PROTECTION_OFFICER), new DatasetCommands.CreateSpecification(agreement,
                council.get(), team(council.get(), "Early Help"), List.of(
                new DatasetCommands.Column("person-ref", names, ValueType.TEXT, true, true, 20, null),
                new DatasetCommands.Column("family-ref", names, ValueType.TEXT, true, true, 20, null),
                new DatasetCommands.Column("date-of-birth", "date-of-birth", ValueType.DATE, true, false, null, null),
                new DatasetCommands.Column("crime-involvement", "crime-involvement", ValueType.BOOLEAN, true, false, null, null),
                new DatasetCommands.Column("crime-quarter", "crime-quarter", ValueType.YEAR_QUARTER, false, false, null, null),
                new DatasetCommands.Column("victim-or-perpetrator", "victim-or-perpetrator", ValueType.CODE, false, false, null,
                        List.of("VICTIM", "PERPETRATOR", "BOTH")))));
        specifications.create(person(council.get(), Role.DATA_PROTECTION_OFFICER), new DatasetCommands.CreateSpecification(agreement,
                police.get(), team(police.get(), "Public Protection Desk"), List.of(
                new DatasetCommands.Column("person-ref", names, ValueType.TEXT, true, false, 20, null),
                new DatasetCommands.Column("given-name", names, ValueType.TEXT, true, false, 100, null),
                new DatasetCommands.Column("family-name", names, ValueType.TEXT, true, false, 100, null),
                new DatasetCommands.Column("date-of-birth", "date-of-birth", ValueType.DATE, true, false, null, null))));
        String rows = """
                person-ref,family-ref,date-of-birth,crime-involvement,crime-quarter,victim-or-perpetrator
                WP-100231,WF-5531,2011-04-17,true,2026-Q2,VICTIM
                WP-100232,WF-5531,1988-09-02,true,2026-Q2,PERPETRATOR
                WP-100540,WF-5602,2013-01-23,false,,
                WP-100541,WF-5602,2015-06-30,false,,
                WP-100777,WF-5710,1979-12-11,true,2026-Q1,BOTH
                """;
        DatasetIngest.Result result = ingest.upload(person(police.get(), Role.PRACTITIONER), new DatasetCommands.Upload(agreement,
                council.get(), DatasetFormat.CSV, ColumnMode.REFUSE, "demo-supporting-families-1"),
                new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)));
        log.info("Loaded the demo datasets: two specifications under '{}' and a police dataset of {} rows for the council's Early Help team",
                AGREEMENT, result.upload().rowCount());
    }

    private Optional<UUID> organisation(String name) {
        return directory.organisations().stream().filter(o -> o.name().equals(name)).map(Organisation::id).findFirst();
    }

    private UUID team(UUID organisation, String name) {
        return directory.teams(organisation).stream().filter(t -> t.name().equals(name)).map(Team::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo directory has no team " + name));
    }

    private Actor person(UUID organisation, Role role) {
        Organisation org = directory.organisation(organisation).orElseThrow();
        DirectoryLookup.Person person = directory.people(organisation).stream()
                .filter(p -> p.active() && p.roles().contains(role)).findFirst()
                .orElseThrow(() -> new IllegalStateException(org.name() + " has no " + role.label()));
        return new Actor(person.id(), organisation, org.name(), person.displayName(), Actor.Kind.PERSON, person.roles(),
                person.teamIds(), true);
    }
}
