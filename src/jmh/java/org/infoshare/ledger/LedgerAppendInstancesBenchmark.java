package org.infoshare.ledger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import com.zaxxer.hikari.HikariDataSource;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.infra.ThreadParams;
import org.openjdk.jmh.runner.IterationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ledger appends through two application instances sharing one PostgreSQL, beside the same appends through
 * one instance: instance A runs the embedded PostgreSQL with full durability, instance B is a second
 * application context connected to it as an operator's second instance would be (its own connection pool,
 * its own sequencer, which follows while A's leads, {@link SequencerLeadership}). The same {@value #WRITERS}
 * writer threads (another number with JMH's {@code -t}) take turns, round after round, between:
 *
 * <ul>
 *   <li>{@code RAW_INSERT}: the baseline of {@link LedgerAppendBenchmark}, an auto-committed single-row INSERT
 *       through A;</li>
 *   <li>{@code ONE_INSTANCE}: every writer appends through A (a transaction calling the real {@link Ledger#record});</li>
 *   <li>{@code TWO_INSTANCES}: half the writers append through A and half through B, at once.</li>
 * </ul>
 *
 * <p>An append iteration's time includes linking what is still waiting when the writers stop. At the end every
 * entry appended through either instance is checked to have been chained, and the ledger is verified. JMH's own
 * score mixes the three kinds of iteration and is not the result: the table printed at the end of the fork is.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(LedgerAppendInstancesBenchmark.WRITERS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 9, time = 10)
public class LedgerAppendInstancesBenchmark {

    static final int WRITERS = 8;

    enum Kind { RAW_INSERT, ONE_INSTANCE, TWO_INSTANCES }

    /** One application instance and what a writer uses of it. */
    private record Instance(ConfigurableApplicationContext context, JdbcTemplate jdbc, TransactionTemplate transaction, Ledger ledger,
                            LedgerSequencer sequencer) {

        static Instance of(ConfigurableApplicationContext context) {
            return new Instance(context, context.getBean(JdbcTemplate.class),
                    new TransactionTemplate(context.getBean(PlatformTransactionManager.class)), context.getBean(Ledger.class),
                    context.getBean(LedgerSequencer.class));
        }
    }

    private Instance a;
    private Instance b;

    private volatile Kind kind = Kind.ONE_INSTANCE;
    private int iteration;
    private final LongAdder operations = new LongAdder();
    private final LongAdder throughB = new LongAdder();
    private long iterationStarted;
    private boolean measuring;
    private final Map<Kind, List<Double>> rates = new EnumMap<>(Kind.class);
    private final List<double[]> rounds = new ArrayList<>();
    private double[] round = new double[Kind.values().length];
    private int writers;

    @Setup(Level.Trial)
    public void start(BenchmarkParams params) {
        writers = params.getThreads();
        String run = UUID.randomUUID().toString();
        String pool = "spring.datasource.hikari.maximum-pool-size=" + (writers + 4);
        a = Instance.of(BenchmarkApplication.start(BenchmarkApplication.dataDir("append-" + run + "-a"), true, pool));
        HikariDataSource database = (HikariDataSource) a.jdbc().getDataSource();
        b = Instance.of(BenchmarkApplication.start(BenchmarkApplication.dataDir("append-" + run + "-b"), true, pool,
                "spring.datasource.url=" + database.getJdbcUrl(),
                "spring.datasource.username=" + database.getUsername(),
                "spring.datasource.password=" + database.getPassword()));
        a.jdbc().execute(LedgerAppendBenchmark.RAW_TABLE);
        LedgerAppendBenchmark.requireFullDurability(b.jdbc(), writers);
        System.out.printf("instances: A leads the sequencer: %s, B leads: %s; both on %s%n", a.sequencer().leading(),
                b.sequencer().leading(), database.getJdbcUrl());
        for (Kind each : Kind.values()) {
            rates.put(each, new ArrayList<>());
        }
    }

    @Setup(Level.Iteration)
    public void nextKind(IterationParams params) {
        kind = Kind.values()[iteration++ % Kind.values().length];
        measuring = params.getType() == IterationType.MEASUREMENT;
        operations.reset();
        throughB.reset();
        iterationStarted = System.nanoTime();
    }

    @TearDown(Level.Iteration)
    public void recordIteration() {
        int drained = kind == Kind.RAW_INSERT ? 0 : a.sequencer().chainPending();
        double rate = operations.sum() / ((System.nanoTime() - iterationStarted) / 1e9);
        System.out.printf("  [%s %s: %.0f ops/s%s]%n", measuring ? "measured" : "warm-up", kind, rate,
                kind == Kind.RAW_INSERT ? "" : ", " + throughB.sum() + " through B, " + drained + " linked after the writers stopped");
        if (!measuring) {
            return;
        }
        rates.get(kind).add(rate);
        round[kind.ordinal()] = rate;
        if (kind == Kind.TWO_INSTANCES) {
            rounds.add(round);
            round = new double[Kind.values().length];
        }
    }

    /** One writer: the fields of {@link LedgerAppendBenchmark.Writer}, and which instance it uses when there are two. */
    @State(Scope.Thread)
    public static class Writer extends LedgerAppendBenchmark.Writer {
        int number;

        @Setup(Level.Trial)
        public void number(ThreadParams thread) {
            number = thread.getThreadIndex();
        }
    }

    @Benchmark
    public Object alternating(Writer writer) {
        Object result = switch (kind) {
            case RAW_INSERT -> LedgerAppendBenchmark.insertRawRow(a.jdbc(), writer);
            case ONE_INSTANCE -> append(a, writer);
            case TWO_INSTANCES -> {
                boolean second = writer.number % 2 == 1;
                if (second) {
                    throughB.increment();
                }
                yield append(second ? b : a, writer);
            }
        };
        operations.increment();
        return result;
    }

    private static Long append(Instance instance, Writer writer) {
        LedgerEvent event = writer.event();
        return instance.transaction().execute(status -> instance.ledger().record(event));
    }

    @TearDown(Level.Trial)
    public void stop() {
        try {
            System.out.printf("%nPaired result, %d writers, %d measured rounds of %s:%n", writers, rounds.size(), List.of(Kind.values()));
            for (Kind each : Kind.values()) {
                System.out.printf("  %-14s median %8.0f ops/s   (all: %s)%n", each, median(rates.get(each)),
                        rates.get(each).stream().map(Math::round).toList());
            }
            List<Double> oneToRaw = new ArrayList<>();
            List<Double> twoToRaw = new ArrayList<>();
            List<Double> twoToOne = new ArrayList<>();
            for (double[] r : rounds) {
                double raw = r[Kind.RAW_INSERT.ordinal()];
                double one = r[Kind.ONE_INSTANCE.ordinal()];
                double two = r[Kind.TWO_INSTANCES.ordinal()];
                if (raw > 0 && one > 0) {
                    oneToRaw.add(one / raw);
                    twoToRaw.add(two / raw);
                    twoToOne.add(two / one);
                }
            }
            System.out.printf("  one instance / raw insert:   median of rounds %.0f%%   (rounds: %s)%n", 100 * median(oneToRaw), percents(oneToRaw));
            System.out.printf("  two instances / raw insert:  median of rounds %.0f%%   (rounds: %s)%n", 100 * median(twoToRaw), percents(twoToRaw));
            System.out.printf("  two instances / one:         median of rounds %.0f%%   (rounds: %s)%n", 100 * median(twoToOne), percents(twoToOne));
            LedgerAppendBenchmark.checkEveryEntryChained(a.context(), a.jdbc(), a.sequencer());
        } finally {
            b.context().close();
            a.context().close();
        }
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static List<String> percents(List<Double> values) {
        return values.stream().map(v -> Math.round(100 * v) + "%").toList();
    }
}
