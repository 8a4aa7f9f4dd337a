package org.infoshare.delivery.rules;

import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.infoshare.delivery.rules.DisclosureAccess.Addressed;
import org.infoshare.delivery.rules.DisclosureAccess.Outcome;
import org.infoshare.delivery.rules.DisclosureAccess.Reader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureAccessTest {

    static final UUID POLICE = UUID.randomUUID();
    static final UUID COUNCIL = UUID.randomUUID();
    static final UUID ASSESSMENT = UUID.randomUUID();
    static final UUID EARLY_HELP = UUID.randomUUID();
    static final UUID OFFICER = UUID.randomUUID();
    static final UUID SOCIAL_WORKER = UUID.randomUUID();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    static Addressed toTeam(LocalDate until, boolean withdrawn) {
        return new Addressed(POLICE, OFFICER, COUNCIL, ASSESSMENT, null, until, withdrawn);
    }

    @Test
    void theNamedTeamOpensItAndNobodyElseDoes() {
        assertThat(DisclosureAccess.decide(new Reader(SOCIAL_WORKER, COUNCIL, Set.of(ASSESSMENT)), toTeam(null, false), TODAY))
                .isEqualTo(Outcome.RECIPIENT);
        assertThat(DisclosureAccess.decide(new Reader(UUID.randomUUID(), COUNCIL, Set.of(EARLY_HELP)), toTeam(null, false), TODAY))
                .isEqualTo(Outcome.NOT_NAMED);
        assertThat(DisclosureAccess.decide(new Reader(UUID.randomUUID(), POLICE, Set.of(ASSESSMENT)), toTeam(null, false), TODAY))
                .as("the sender's colleague").isEqualTo(Outcome.OTHER_ORGANISATION);
        assertThat(DisclosureAccess.decide(new Reader(OFFICER, POLICE, Set.of()), toTeam(null, false), TODAY)).isEqualTo(Outcome.SENDER);
    }

    @Test
    void aNamedPersonAloneOpensWhatIsAddressedToThem() {
        Addressed toPerson = new Addressed(POLICE, OFFICER, COUNCIL, null, SOCIAL_WORKER, null, false);
        assertThat(DisclosureAccess.decide(new Reader(SOCIAL_WORKER, COUNCIL, Set.of()), toPerson, TODAY)).isEqualTo(Outcome.RECIPIENT);
        assertThat(DisclosureAccess.decide(new Reader(UUID.randomUUID(), COUNCIL, Set.of(ASSESSMENT)), toPerson, TODAY))
                .as("a teammate of the named person").isEqualTo(Outcome.NOT_NAMED);
    }

    @Test
    void accessEndsAtTheEndOfItsLastDayAndAtWithdrawal() {
        Reader reader = new Reader(SOCIAL_WORKER, COUNCIL, Set.of(ASSESSMENT));
        assertThat(DisclosureAccess.decide(reader, toTeam(TODAY, false), TODAY)).isEqualTo(Outcome.RECIPIENT);
        assertThat(DisclosureAccess.decide(reader, toTeam(TODAY.minusDays(1), false), TODAY)).isEqualTo(Outcome.EXPIRED);
        assertThat(DisclosureAccess.decide(reader, toTeam(null, true), TODAY)).isEqualTo(Outcome.WITHDRAWN);
        assertThat(DisclosureAccess.decide(new Reader(OFFICER, POLICE, Set.of()), toTeam(TODAY.minusDays(9), true), TODAY))
                .as("the sender still sees what they sent").isEqualTo(Outcome.SENDER);
    }

    /** Over random readers and disclosures: only the sender, or the addressee within its time and not withdrawn, is let in. */
    @TestFactory
    Stream<DynamicTest> onlyTheAddresseeOrTheSenderIsAllowed() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        UUID[] organisations = {POLICE, COUNCIL, UUID.randomUUID()};
        UUID[] teams = {ASSESSMENT, EARLY_HELP, UUID.randomUUID()};
        UUID[] people = {OFFICER, SOCIAL_WORKER, UUID.randomUUID(), UUID.randomUUID()};
        return IntStream.range(0, 20).mapToObj(batch -> DynamicTest.dynamicTest("batch " + batch + " (seed " + seed + ")", () -> {
            for (int i = 0; i < 500; i++) {
                boolean toPerson = random.nextBoolean();
                Addressed d = new Addressed(organisations[random.nextInt(2)], people[random.nextInt(people.length)], COUNCIL,
                        toPerson ? null : teams[random.nextInt(teams.length)], toPerson ? people[random.nextInt(people.length)] : null,
                        random.nextBoolean() ? null : TODAY.plusDays(random.nextInt(5) - 2), random.nextInt(5) == 0);
                Reader r = new Reader(people[random.nextInt(people.length)], organisations[random.nextInt(organisations.length)],
                        random.nextBoolean() ? Set.of(teams[random.nextInt(teams.length)]) : Set.of());
                Outcome outcome = DisclosureAccess.decide(r, d, TODAY);
                boolean sender = r.userId().equals(d.sentBy()) && r.organisationId().equals(d.senderOrganisationId());
                boolean addressee = r.organisationId().equals(COUNCIL)
                        && (toPerson ? r.userId().equals(d.recipientUserId()) : r.teamIds().contains(d.recipientTeamId()));
                boolean current = !d.withdrawn() && (d.accessUntil() == null || !TODAY.isAfter(d.accessUntil()));
                assertThat(outcome.allowed()).as("seed %d: %s %s", seed, r, d).isEqualTo(sender || (addressee && current));
            }
        }));
    }
}
