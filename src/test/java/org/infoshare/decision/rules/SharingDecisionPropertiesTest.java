package org.infoshare.decision.rules;

import org.infoshare.shared.SharingPurpose;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.infoshare.agreement.TransferMethod;
import java.util.Map;

import org.infoshare.legal.DataCategory;
import org.infoshare.legal.LegalProvision;
import org.infoshare.legal.ProvisionKind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties that hold for every case, checked over generated cases. Each run prints its seed on failure;
 * replay one with {@code -Dinfoshare.seed=<seed>}.
 */
class SharingDecisionPropertiesTest {

    private static final int CASES = 2_000;
    private static final SharingDecisionEngine ENGINE = new SharingDecisionEngine();
    private static final List<UUID> ORGANISATIONS = List.of(CaseFacts.COUNCIL, CaseFacts.POLICE, CaseFacts.NHS, CaseFacts.CHARITY);
    private static final List<String> GATEWAYS = List.of("CA1989-S17", "CA1989-S47", "CDA1998-S115", "CARE2014-S42", "CA2004-S11",
            "PCSCA2022-S16", "HRA1998-A8", "MCA2005");

    @TestFactory
    Stream<DynamicTest> everyCaseKeepsTheProperties() {
        long base = Long.getLong("infoshare.seed", System.nanoTime());
        return IntStream.range(0, CASES).mapToObj(i -> base + i).map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Random random = new Random(seed);
            DecisionFacts facts = randomFacts(random);
            List<ApplicableAgreement> agreements = randomAgreements(random, facts);
            DecisionResult result = ENGINE.evaluate(facts, agreements);
            String replay = "replay with -Dinfoshare.seed=" + seed + " facts=" + facts;

            // No path returns share without a lawful basis chain.
            if (result.outcome() == Outcome.SHARE) {
                assertThat(result.chain()).as(replay).isNotEmpty();
                assertThat(result.shared()).as(replay).isNotEmpty();
                boolean sensitive = result.shared().stream().anyMatch(item -> item.category() == DataCategory.SPECIAL_CATEGORY);
                if (sensitive && facts.identifiable() && !facts.person().deceased()) {
                    assertThat(result.chain()).as(replay).anyMatch(link -> link.kind().equals(ProvisionKind.ARTICLE_9.name())
                            || link.kind().equals(ProvisionKind.PART_3_SENSITIVE.name()) && !link.code().equals("DPA18-S35-2"));
                }
            } else {
                assertThat(result.shared()).as(replay).isEmpty();
            }
            // Every outcome has a rationale.
            assertThat(result.summary()).as(replay).isNotBlank();
            assertThat(result.path()).as(replay).isNotEmpty();
            assertThat(result.path().get(result.path().size() - 1).answer()).as(replay).isEqualTo(result.outcome().label());
            if (result.outcome() == Outcome.SEEK_ADVICE) {
                assertThat(result.openQuestions()).as(replay).isNotEmpty();
                assertThat(result.adviser()).as(replay).isNotNull();
            }
            // Minimisation never returns an item outside the request or the agreement.
            Set<String> requested = new HashSet<>();
            facts.items().forEach(item -> requested.add(item.code()));
            Set<String> shared = new HashSet<>();
            result.shared().forEach(item -> shared.add(item.code()));
            assertThat(requested).as(replay).containsAll(shared);
            if (result.agreementId() != null && result.outcome() == Outcome.SHARE) {
                ApplicableAgreement agreement = agreements.stream().filter(a -> a.agreementId().equals(result.agreementId())).findFirst().orElseThrow();
                assertThat(agreement.inForce()).as(replay).isTrue();
                for (String code : shared) {
                    assertThat(agreement.items()).as(replay).containsKey(code);
                    assertThat(agreement.items().get(code).mayGoTo(facts.recipientOrganisationId())).as(replay).isTrue();
                }
            }
            if (facts.mode() == DecisionMode.SYSTEMATIC && result.outcome() == Outcome.SHARE) {
                assertThat(result.agreementId()).as(replay).isNotNull();
            }
            Set<String> withheld = new HashSet<>();
            result.withheld().forEach(item -> withheld.add(item.code()));
            assertThat(shared.stream().filter(withheld::contains)).as(replay).isEmpty();
            Set<String> all = new HashSet<>(shared);
            all.addAll(withheld);
            assertThat(all).as(replay).isEqualTo(requested);

            // A missing reason for not seeking consent is asked for, never turned into a refusal (003; 004 rules 1, 3).
            if (result.path().stream().anyMatch(step -> step.answer().equals("Not sought, and the reason is not recorded"))) {
                assertThat(result.outcome()).as(replay).isEqualTo(Outcome.SEEK_ADVICE);
                assertThat(result.openQuestions()).as(replay).contains(Question.CONSENT_NOT_SOUGHT_REASON);
            }
            // The chain cites only gateways the holder can rely on, and never a consideration as a gateway.
            for (DecisionResult.ChainLink link : result.chain()) {
                if (link.kind().equals(ProvisionKind.STATUTORY_GATEWAY.name())) {
                    assertThat(CaseFacts.gateway(link.code()).mayBeReliedOnBy(facts.holder().type())).as(replay + " cites " + link.code()).isTrue();
                }
            }
            // Consent is the UK GDPR basis only for an organisation that may rely on it; para 10 never rests on a refusal;
            // para 18 only with a para 18(2) reason.
            boolean declared = agreements.stream().anyMatch(a -> a.consentBasis().containsKey(facts.holder().organisationId()));
            if (!declared && facts.holder().publicAuthority()) {
                assertThat(result.chain()).as(replay).noneMatch(link -> link.code().equals("UKGDPR-A6-1A") || link.code().equals("UKGDPR-A9-2A"));
            }
            DecisionFacts.ConsentEvidence evidence = facts.consent().record();
            if (evidence != null && evidence.state() != DecisionFacts.ConsentState.GIVEN
                    && (evidence.purposes().isEmpty() || evidence.purposes().contains(facts.purpose()))
                    && (evidence.recipients().isEmpty() || evidence.recipients().contains(facts.recipientOrganisationId()))) {
                assertThat(result.chain()).as(replay).noneMatch(link -> link.code().equals("DPA18-S1-10"));
            }
            result.chain().stream().filter(link -> link.code().equals("DPA18-S1-18") || link.code().equals("DPA18-S8-4"))
                    .forEach(link -> assertThat(link.why()).as(replay).containsPattern("para (18|4)\\(2\\)\\([abc]\\)"));
        }));
    }

    private static DecisionFacts randomFacts(Random random) {
        UUID holder = pick(random, ORGANISATIONS);
        UUID recipient = pick(random, ORGANISATIONS.stream().filter(o -> !o.equals(holder)).toList());
        List<DecisionFacts.RequestedItem> items = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            StandardItems.Item item = pick(random, StandardItems.ALL);
            items.add(new DecisionFacts.RequestedItem(item.code(), item.label(), item.category(), item.specialCategory(),
                    item.opinion(), random.nextInt(6) > 0, random.nextBoolean(), random.nextInt(4) > 0));
        }
        DecisionFacts.ConsentEvidence consent = null;
        if (random.nextBoolean()) {
            Set<SharingPurpose> purposes = EnumSet.noneOf(SharingPurpose.class);
            purposes.add(pick(random, List.of(SharingPurpose.values())));
            Set<UUID> recipients = new HashSet<>();
            if (random.nextBoolean()) {
                recipients.add(recipient);
            }
            recipients.add(pick(random, ORGANISATIONS));
            consent = new DecisionFacts.ConsentEvidence(UUID.randomUUID(), pick(random, List.of(DecisionFacts.ConsentState.values())),
                    random.nextBoolean(), random.nextInt(8) == 0, purposes, recipients, CaseFacts.TODAY.minusDays(random.nextInt(400) - 30),
                    random.nextBoolean() ? null : CaseFacts.TODAY.plusDays(random.nextInt(400) - 200), CaseFacts.TODAY);
        }
        Set<PublicInterest> interests = EnumSet.noneOf(PublicInterest.class);
        for (PublicInterest interest : PublicInterest.values()) {
            if (random.nextInt(5) == 0) {
                interests.add(interest);
            }
        }
        List<LegalProvision> gateways = random.nextInt(4) == 0 ? List.of(CaseFacts.gateway(pick(random, GATEWAYS))) : List.of();
        DecisionFacts.RequestBasis request = random.nextInt(4) == 0
                ? new DecisionFacts.RequestBasis(CaseFacts.gateway(pick(random, List.of("CA2004-S14B", "CA1989-S47", "CA1989-S17"))), answer(random)) : null;
        DecisionFacts.ConfidenceOwed owed = random.nextInt(5) == 0
                ? new DecisionFacts.ConfidenceOwed(pick(random, ORGANISATIONS), pick(random, List.of(Consultation.values())), answer(random)) : null;
        return new DecisionFacts(
                random.nextInt(5) == 0 ? DecisionMode.SYSTEMATIC : DecisionMode.CASE_BY_CASE,
                new DecisionFacts.Person(random.nextInt(10) == 0 ? null : random.nextInt(95), random.nextInt(15) == 0,
                        random.nextInt(3) == 0 ? null : random.nextBoolean()),
                CaseFacts.holder(holder), recipient, CaseFacts.TYPES.get(recipient), pick(random, List.of(SharingPurpose.values())), weighted(random), items,
                random.nextInt(8) > 0, random.nextBoolean(), owed,
                new DecisionFacts.ConsentFacts(consent, random.nextInt(4) == 0 ? null : pick(random, List.of(NotSoughtReason.values())),
                        random.nextBoolean() ? "Justified by the risk" : null, random.nextInt(10) == 0),
                new DecisionFacts.Safeguarding(answer(random), answer(random), answer(random), answer(random), answer(random)),
                interests, new DecisionFacts.Proportionality(weighted(random), answer(random)), gateways, request,
                pick(random, List.of(Urgency.values())), pick(random, List.of(OutsideUk.values())), answer(random),
                new DecisionFacts.Inform(answer(random), random.nextBoolean() ? null : pick(random, List.of(NotInformReason.values()))),
                random.nextInt(20) == 0, CaseFacts.TODAY);
    }

    private static List<ApplicableAgreement> randomAgreements(Random random, DecisionFacts facts) {
        List<ApplicableAgreement> agreements = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            List<ApplicableAgreement.AgreementItem> items = new ArrayList<>();
            for (StandardItems.Item item : StandardItems.ALL) {
                if (random.nextInt(3) == 0) {
                    Set<UUID> to = new HashSet<>();
                    ORGANISATIONS.forEach(o -> { if (random.nextBoolean()) to.add(o); });
                    items.add(new ApplicableAgreement.AgreementItem(item.code(), item.label(), item.category(), item.specialCategory(), to));
                }
            }
            Set<SharingPurpose> purposes = EnumSet.of(random.nextBoolean() ? facts.purpose() : pick(random, List.of(SharingPurpose.values())));
            agreements.add(new ApplicableAgreement(UUID.randomUUID(), "A-" + i, "Generated", random.nextInt(3) > 0, "Terminated",
                    random.nextBoolean(), random.nextBoolean(), CaseFacts.TODAY.minusYears(1),
                    Set.of(facts.holder().organisationId(), facts.recipientOrganisationId()), purposes,
                    ApplicableAgreement.itemsByCode(items), random.nextBoolean() ? Set.of() : Set.of(TransferMethod.VPN),
                    random.nextInt(4) == 0 ? Map.of(facts.holder().organisationId(), random.nextBoolean()) : Map.of()));
        }
        return agreements;
    }

    private static Answer answer(Random random) {
        return pick(random, List.of(Answer.values()));
    }

    private static Answer weighted(Random random) {
        int n = random.nextInt(10);
        return n < 7 ? Answer.YES : n < 9 ? Answer.NO : Answer.NOT_SURE;
    }

    private static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
