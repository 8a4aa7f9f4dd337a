package benchmarks.linkage;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.infoshare.linkage.rules.clustering.PersonClustering;
import org.infoshare.linkage.rules.encoding.EncodedIdentity;
import org.infoshare.linkage.rules.encoding.EncodedText;
import org.infoshare.linkage.rules.encoding.EncodingSchema;
import org.infoshare.linkage.rules.encoding.IdentityEncoder;
import org.infoshare.linkage.rules.encoding.LinkageSecret;
import org.infoshare.linkage.rules.encoding.Nicknames;
import org.infoshare.linkage.rules.encoding.PersonIdentity;
import org.infoshare.linkage.rules.matching.CandidatePairs;
import org.infoshare.linkage.rules.matching.LinkageSettings;
import org.infoshare.linkage.rules.matching.PairComparator;
import org.infoshare.linkage.rules.matching.PairVisitor;
import org.infoshare.linkage.rules.matching.Parallel;
import org.infoshare.linkage.rules.outcomes.StandardPlan;
import org.infoshare.linkage.rules.pipeline.LinkageInput;
import org.infoshare.linkage.rules.pipeline.LinkagePipeline;
import org.infoshare.linkage.synthetic.PairwiseAccuracy;
import org.infoshare.linkage.synthetic.SyntheticPartnership;
import org.infoshare.linkage.synthetic.SyntheticRun;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Supporting Families linkage end to end at a county's scale: five partners' datasets of the seeded synthetic
 * partnership (500,000 true people, about two million person-records) encoded by their senders, read by the hub
 * as uploaded text, then linked (blocking, learning the model, comparing, scoring), clustered into people and
 * families, and every family assessed against the outcomes plan, on {@code threads} threads. One cold run per
 * iteration, timed whole; generating the partners' clear data is not timed.
 *
 * <p>After each run (untimed) the report prints each step's time, comparisons per second, the peak heap, the
 * accuracy against the truth (pairwise precision, recall and F1 of people and of families), and the in-run
 * baseline: one million of the run's candidate pairs compared again from the clear strings of both records each
 * time, beside the same pairs compared on the encodings, on one thread each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class LinkageBenchmark {

    static final long SEED = 20_261_121L;
    static final int BATCH = 8_192;
    static final int BASELINE_PAIRS = 1_000_000;

    @Param("500000")
    int people;

    @Param("2")
    int threads;

    private SyntheticPartnership.Settings settings;
    private List<SyntheticPartnership.Record> records;
    private int[] truePerson;
    private int[] trueFamily;
    private LinkagePipeline.Result result;
    private long encodeNanos;
    private long readNanos;
    private long loadMillis;
    private long hubPeak;
    private long overallPeak;
    private long generateMillis;

    @Setup(Level.Iteration)
    public void generate() {
        settings = SyntheticPartnership.Settings.of(SEED, people);
        long start = System.nanoTime();
        records = SyntheticRun.generate(settings);
        generateMillis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
    }

    @Benchmark
    public int endToEnd() {
        try (HeapWatch overall = new HeapWatch()) {
            long start = System.nanoTime();
            LinkageInput input = load();
            records = null;
            loadMillis = (System.nanoTime() - start) / 1_000_000;
            try (HeapWatch hub = new HeapWatch()) {
                result = LinkagePipeline.run(input, LinkageSettings.STANDARD, null, PersonClustering.Decisions.NONE,
                        StandardPlan.version1(), settings.today(), threads);
                hubPeak = hub.peakBytes();
            }
            overallPeak = overall.peakBytes();
        }
        return result.assessments().size();
    }

    /** Each sender encodes its records to the text it uploads; the hub reads the text; in batches on the threads. */
    private LinkageInput load() {
        int n = records.size();
        LinkageSecret secret = LinkageSecret.of("benchmark partnership linkage secret of 32+ bytes".getBytes());
        LinkageInput input = new LinkageInput(EncodingSchema.V1, secret.fingerprint(), n);
        IdentityEncoder[] encoders = new IdentityEncoder[threads];
        for (int t = 0; t < threads; t++) {
            encoders[t] = new IdentityEncoder(secret, EncodingSchema.V1, Nicknames.standard());
        }
        truePerson = new int[n];
        trueFamily = new int[n];
        AtomicLong encoding = new AtomicLong();
        AtomicLong reading = new AtomicLong();
        EncodedIdentity[] round = new EncodedIdentity[BATCH * threads];
        for (int from = 0; from < n; from += round.length) {
            int base = from;
            int count = Math.min(round.length, n - from);
            Parallel.run(threads, worker -> {
                long encode = 0;
                long read = 0;
                for (int i = worker * BATCH; i < Math.min(count, (worker + 1) * BATCH); i++) {
                    long t0 = System.nanoTime();
                    String text = EncodedText.write(encoders[worker].encode(records.get(base + i).identity()));
                    long t1 = System.nanoTime();
                    round[i] = EncodedText.read(text).value().orElseThrow();
                    read += System.nanoTime() - t1;
                    encode += t1 - t0;
                }
                encoding.addAndGet(encode);
                reading.addAndGet(read);
            });
            for (int i = 0; i < count; i++) {
                SyntheticPartnership.Record r = records.get(base + i);
                input.add(r.source().ordinal(), round[i], SyntheticRun.key(r.source(), r.localRef()), SyntheticRun.key(r.source(), r.householdRef()),
                        SyntheticRun.key(r.source(), r.parentRef()), r.asOf(), r.ageGroup(), r.facts());
                truePerson[base + i] = r.truePerson();
                trueFamily[base + i] = r.trueFamily();
            }
        }
        encodeNanos = encoding.get();
        readNanos = reading.get();
        return input;
    }

    @TearDown(Level.Iteration)
    public void report() {
        LinkagePipeline.Timings t = result.timings();
        var stats = result.linkage().statistics();
        var training = result.linkage().training();
        long comparisons = stats.comparisons() + training.randomPairs() + training.dateSessionPairs() + training.nameSessionPairs();
        int[] personOf = result.people().people().labels();
        int[] familyOf = new int[personOf.length];
        for (int r = 0; r < personOf.length; r++) {
            familyOf[r] = result.families().families().groupOf(personOf[r]);
        }
        PairwiseAccuracy people = PairwiseAccuracy.of(personOf, truePerson);
        PairwiseAccuracy families = PairwiseAccuracy.of(familyOf, trueFamily);
        print("records %,d over %,d true people in %,d true families (clear data generated in %,d ms, not timed)", personOf.length,
                java.util.Arrays.stream(truePerson).max().orElse(-1) + 1, java.util.Arrays.stream(trueFamily).max().orElse(-1) + 1, generateMillis);
        print("total %,d ms: encode and load %,d ms (encoding %,d ms and reading %,d ms of thread time), link %,d ms, people %,d ms, "
                + "families %,d ms, outcomes %,d ms", loadMillis + t.totalMillis(), loadMillis, encodeNanos / 1_000_000, readNanos / 1_000_000,
                t.linkMillis(), t.clusterMillis(), t.familyMillis(), t.outcomesMillis());
        print("comparisons %,d (scoring %,d of %,d pairs in blocks; learning %,d) = %,.0f comparisons/s over the link step",
                comparisons, stats.comparisons(), stats.pairsInBlocks(), comparisons - stats.comparisons(), comparisons * 1000.0 / t.linkMillis());
        print("links kept %,d, above threshold %,d, held for review %,d; people %,d; families %,d; families meeting an area %,d",
                stats.linksKept(), stats.aboveMatch(), stats.held(), result.people().people().count(), result.families().families().count(),
                result.assessments().size());
        print("peak heap in use: %,d MB during the hub's work, %,d MB overall (senders' clear records included)",
                hubPeak >> 20, overallPeak >> 20);
        print("people:   %s", people);
        print("families: %s", families);
        baseline();
    }

    /** The same candidate pairs compared on encodings and, the plain way, on clear strings: one thread each. */
    private void baseline() {
        List<SyntheticPartnership.Record> clear = SyntheticRun.generate(settings);
        PairComparator encoded = new PairComparator(result.table(), LinkageSettings.STANDARD.comparison());
        CandidatePairs candidates = new CandidatePairs(result.table(), LinkageSettings.STANDARD.blocking(), LinkageSettings.STANDARD.maxBlockSize());
        long stride = Math.max(1, candidates.pairsInBlocks() / BASELINE_PAIRS);
        int[][] sample = new int[2][BASELINE_PAIRS];
        int[] taken = {0};
        long[] seen = {0};
        candidates.visit(1, () -> (PairVisitor) (a, b, rule) -> {
            if (seen[0]++ % stride == 0 && taken[0] < BASELINE_PAIRS) {
                sample[0][taken[0]] = a;
                sample[1][taken[0]] = b;
                taken[0]++;
            }
        });
        int n = taken[0];
        PersonIdentity[] left = new PersonIdentity[n];
        PersonIdentity[] right = new PersonIdentity[n];
        for (int i = 0; i < n; i++) {
            left[i] = clear.get(sample[0][i]).identity();
            right[i] = clear.get(sample[1][i]).identity();
        }
        PlainComparison plain = new PlainComparison(LinkageSettings.STANDARD.comparison());
        long bestEncoded = Long.MAX_VALUE;
        long bestPlain = Long.MAX_VALUE;
        long agree = 0;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            int sink = 0;
            for (int i = 0; i < n; i++) {
                sink += encoded.pattern(sample[0][i], sample[1][i]);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink -= plain.pattern(left[i], right[i]);
            }
            long t2 = System.nanoTime();
            bestEncoded = Math.min(bestEncoded, t1 - t0);
            bestPlain = Math.min(bestPlain, t2 - t1);
            if (sink == 42) {
                print("(sink)");
            }
        }
        for (int i = 0; i < n; i++) {
            if (encoded.pattern(sample[0][i], sample[1][i]) == plain.pattern(left[i], right[i])) {
                agree++;
            }
        }
        print("baseline on %,d candidate pairs, one thread: encoded %,.0f comparisons/s, plain (clear strings) %,.0f comparisons/s: "
                + "encoded is %.1f× the plain way; the two give the same comparison vector for %.2f%% of pairs", n,
                n * 1e9 / bestEncoded, n * 1e9 / bestPlain, (double) bestPlain / bestEncoded, 100.0 * agree / n);
    }

    private static void print(String format, Object... args) {
        System.out.println("LINKAGE-BENCHMARK " + String.format(Locale.UK, format, args));
    }
}
