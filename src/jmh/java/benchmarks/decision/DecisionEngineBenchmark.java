package benchmarks.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.infoshare.agreement.AgreementStatus;
import org.infoshare.agreement.AgreementTerms;
import org.infoshare.agreement.DataItemTerms;
import org.infoshare.agreement.SharingMode;
import org.infoshare.agreement.TransferMethod;
import org.infoshare.directory.OrganisationType;
import org.infoshare.decision.rules.AgreementIndex;
import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.ApplicableAgreement;
import org.infoshare.decision.rules.DecisionFacts;
import org.infoshare.decision.rules.DecisionMode;
import org.infoshare.decision.rules.DecisionResult;
import org.infoshare.decision.rules.NotInformReason;
import org.infoshare.decision.rules.NotSoughtReason;
import org.infoshare.decision.rules.OutsideUk;
import org.infoshare.decision.rules.PublicInterest;
import org.infoshare.decision.rules.SharingDecisionEngine;
import org.infoshare.decision.rules.StandardItems;
import org.infoshare.decision.rules.Urgency;
import org.infoshare.shared.SharingPurpose;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The decision engine with 10,000 agreements loaded (built as AgreementTerms, as the agreement register
 * returns them, across 200 organisations): each operation finds the agreements between holder and recipient
 * and decides one realistic case. Two threads, as on the target two-core machine.
 */
@State(Scope.Benchmark)
@Threads(2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
public class DecisionEngineBenchmark {

    static final int AGREEMENTS = 10_000;
    static final int ORGANISATIONS = 200;
    static final int CASES = 4_096;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private final SharingDecisionEngine engine = new SharingDecisionEngine();
    private AgreementIndex index;
    private DecisionFacts[] cases;

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void load() {
        Random random = new Random(20261121);
        List<UUID> organisations = new ArrayList<>();
        for (int i = 0; i < ORGANISATIONS; i++) {
            organisations.add(new UUID(0x1F05L, i));
        }
        List<ApplicableAgreement> agreements = new ArrayList<>(AGREEMENTS);
        List<SharingPurpose> purposes = List.of(SharingPurpose.SAFEGUARDING_CHILD, SharingPurpose.EARLY_HELP,
                SharingPurpose.SAFEGUARDING_ADULT, SharingPurpose.PREVENTING_DETECTING_CRIME, SharingPurpose.HEALTH_AND_CARE);
        for (int i = 0; i < AGREEMENTS; i++) {
            Set<UUID> parties = new HashSet<>();
            int size = 2 + random.nextInt(4);
            while (parties.size() < size) {
                parties.add(organisations.get(random.nextInt(ORGANISATIONS)));
            }
            List<DataItemTerms> items = new ArrayList<>();
            for (StandardItems.Item item : StandardItems.ALL) {
                if (random.nextInt(3) > 0) {
                    Set<UUID> to = new HashSet<>();
                    parties.forEach(p -> { if (random.nextInt(4) > 0) to.add(p); });
                    items.add(new DataItemTerms(item.code(), item.label(), item.category(), item.specialCategory(), to));
                }
            }
            AgreementStatus status = random.nextInt(10) == 0 ? AgreementStatus.TERMINATED : AgreementStatus.ACTIVE;
            AgreementTerms terms = new AgreementTerms(UUID.randomUUID(), 1, "DSA-" + i, "Agreement " + i, status,
                    SharingMode.values()[random.nextInt(3)], TODAY.minusDays(random.nextInt(700)),
                    status == AgreementStatus.TERMINATED ? TODAY.minusDays(5) : null, parties,
                    Set.of(purposes.get(random.nextInt(purposes.size())), purposes.get(random.nextInt(purposes.size()))),
                    Set.of("UKGDPR-A6-1E", "UKGDPR-A9-2G", "DPA18-S1-18"), items,
                    EnumSet.of(TransferMethod.INFOSHARE_PLATFORM, TransferMethod.ENCRYPTED_EMAIL), Map.of());
            agreements.add(ApplicableAgreement.from(terms));
        }
        index = new AgreementIndex(agreements);
        cases = new DecisionFacts[CASES];
        for (int i = 0; i < CASES; i++) {
            cases[i] = facts(random, organisations);
        }
    }

    private static DecisionFacts facts(Random random, List<UUID> organisations) {
        UUID holder = organisations.get(random.nextInt(organisations.size()));
        UUID recipient = organisations.get(random.nextInt(organisations.size()));
        List<DecisionFacts.RequestedItem> items = new ArrayList<>();
        for (int i = 0; i < 2 + random.nextInt(4); i++) {
            StandardItems.Item item = StandardItems.ALL.get(random.nextInt(StandardItems.ALL.size()));
            items.add(new DecisionFacts.RequestedItem(item.code(), item.label(), item.category(), item.specialCategory(), item.opinion(), true, random.nextInt(5) == 0));
        }
        DecisionFacts.ConsentEvidence consent = random.nextInt(3) == 0
                ? new DecisionFacts.ConsentEvidence(UUID.randomUUID(), DecisionFacts.ConsentState.values()[random.nextInt(3)], random.nextBoolean(), false,
                Set.of(SharingPurpose.SAFEGUARDING_CHILD, SharingPurpose.EARLY_HELP), Set.of(recipient), TODAY.minusDays(90), TODAY.plusDays(random.nextInt(400) - 100), TODAY)
                : null;
        Answer risk = random.nextInt(4) == 0 ? Answer.NOT_SURE : random.nextBoolean() ? Answer.YES : Answer.NO;
        return new DecisionFacts(random.nextInt(6) == 0 ? DecisionMode.SYSTEMATIC : DecisionMode.CASE_BY_CASE,
                new DecisionFacts.Person(random.nextInt(90), random.nextInt(40) == 0),
                new DecisionFacts.Holder(holder, OrganisationType.values()[random.nextInt(OrganisationType.values().length)]), recipient,
                OrganisationType.values()[random.nextInt(OrganisationType.values().length)],
                SharingPurpose.values()[random.nextInt(SharingPurpose.values().length)], Answer.YES, items, true, random.nextInt(4) > 0, null,
                new DecisionFacts.ConsentFacts(consent, NotSoughtReason.values()[random.nextInt(NotSoughtReason.values().length)],
                        random.nextBoolean() ? "A child disclosed harm" : null),
                new DecisionFacts.Safeguarding(risk, Answer.YES, Answer.YES, random.nextBoolean() ? Answer.YES : Answer.NO, Answer.NO),
                random.nextBoolean() ? EnumSet.of(PublicInterest.PROTECTING_VULNERABLE) : EnumSet.noneOf(PublicInterest.class),
                new DecisionFacts.Proportionality(Answer.YES, Answer.NO), List.of(), null, Urgency.ROUTINE, OutsideUk.NO, Answer.NO,
                new DecisionFacts.Inform(Answer.NO, NotInformReason.WOULD_CREATE_OR_INCREASE_RISK), false, TODAY);
    }

    /** Decisions per second on two threads. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public DecisionResult throughput(Cursor cursor) {
        return engine.evaluate(cases[cursor.next++ & (CASES - 1)], index);
    }

    /** The distribution of one decision's latency (the median is the p0.50 line). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public DecisionResult latency(Cursor cursor) {
        return engine.evaluate(cases[cursor.next++ & (CASES - 1)], index);
    }
}
