package org.infoshare.delivery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.database.DemoDataPolicy;
import org.infoshare.decision.AuthorisedShare;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.shared.Actor;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.SharingPurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's disclosure: the council's social worker carries out the decision to tell the police public
 * protection desk about Jamie, protecting the neighbour who raised the alarm. The desk's inbox has something
 * to open, and the social worker's Sent page an access history to watch.
 */
@Component
@Order(400)
class DemoDisclosures implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDisclosures.class);

    private final DemoDataPolicy policy;
    private final DisclosureStore store;
    private final Disclosures disclosures;
    private final DisclosureLists lists;
    private final DirectoryLookup directory;
    private final TransactionTemplate transaction;

    DemoDisclosures(DemoDataPolicy policy, DisclosureStore store, Disclosures disclosures, DisclosureLists lists, DirectoryLookup directory,
                    TransactionTemplate transaction) {
        this.policy = policy;
        this.store = store;
        this.disclosures = disclosures;
        this.lists = lists;
        this.directory = directory;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.enabled() || store.any()) {
            return;
        }
        Optional<Actor> socialWorker = actor(DemoDirectory.COUNCIL, "Sam Okafor");
        Optional<UUID> police = organisation(DemoDirectory.POLICE);
        if (socialWorker.isEmpty() || police.isEmpty()) {
            return;
        }
        Optional<AuthorisedShare> share = lists.shareDecisions(socialWorker.get(), DisclosureLists.STILL_TO_DISCLOSE, PageRequest.of(1, PageRequest.MAX_SIZE)).items().stream()
                .filter(s -> s.recipientOrganisationId().equals(police.get()) && s.purpose() == SharingPurpose.SAFEGUARDING_CHILD)
                .findFirst();
        if (share.isEmpty()) {
            return;
        }
        UUID desk = directory.teams(police.get()).stream().filter(t -> t.name().equals("Public Protection Desk")).findFirst()
                .orElseThrow().id();
        List<DisclosureCommands.Item> items = share.get().items().stream().map(item -> new DisclosureCommands.Item(item.code(),
                switch (item.code()) {
                    case "safeguarding-concern" -> "On 18 November Jamie told his teacher that Casey's partner hit him with a belt. Pat Norris, a "
                            + "neighbour, rang the council the same evening after hearing shouting and a child crying; Pat Norris's call is logged.";
                    case "address" -> "14 Elm Road, Westshire WS1 4AB. Jamie lives there with his mother Casey Green and her partner.";
                    case "family-relationships" -> "Mother: Casey Green. Mother's partner: not Jamie's father; moved in about three months ago.";
                    default -> item.label();
                }, item.opinion() ? ItemKind.OPINION : ItemKind.FACT, item.code().equals("family-relationships"),
                item.code().equals("family-relationships") ? "From the early help assessment in August; not rechecked since" : null,
                false)).toList();
        transaction.executeWithoutResult(status -> disclosures.create(socialWorker.get(), new DisclosureCommands.CreateDisclosure(
                share.get().decisionId(), desk, null, null, items, List.of("Pat Norris"))));
        log.info("Loaded the demo disclosure: the council's social worker to the police public protection desk");
    }

    private Optional<UUID> organisation(String name) {
        return directory.organisations().stream().filter(o -> o.name().equals(name)).map(Organisation::id).findFirst();
    }

    private Optional<Actor> actor(String organisationName, String displayName) {
        return organisation(organisationName).flatMap(organisation -> directory.people(organisation).stream()
                .filter(p -> p.active() && p.displayName().equals(displayName)).findFirst()
                .map(p -> new Actor(p.id(), organisation, organisationName, p.displayName(), Actor.Kind.PERSON, p.roles(), p.teamIds(), true)));
    }
}
