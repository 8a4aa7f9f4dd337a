package org.infoshare.ledger;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.infoshare.ledger.rules.EntryHashes;
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
import org.openjdk.jmh.runner.IterationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ledger appends against PostgreSQL's own single-row insert rate: one embedded PostgreSQL with full
 * durability (fsync, synchronous_commit and full_page_writes on), {@value #WRITERS} concurrent writer threads
 * (another number with JMH's {@code -t}),
 * and iterations that take turns, again and again:
 *
 * <ul>
 *   <li>{@code RAW_INSERT}: one INSERT of a row as wide as a ledger entry into a plain table, auto-committed:
 *       the baseline;</li>
 *   <li>{@code RAW_INSERT_IN_TRANSACTION}: the same INSERT inside a Spring transaction (BEGIN, INSERT,
 *       COMMIT), as every change in the application is made;</li>
 *   <li>{@code LEDGER_APPEND}: one transaction per operation calling the real {@link Ledger#record} and
 *       committing, while the real {@link LedgerSequencer} links the entries into the chain concurrently; the
 *       iteration's time includes linking whatever is still waiting when the writers stop. At the end every
 *       entry is checked to have been chained and the ledger is verified.</li>
 * </ul>
 *
 * <p>Taking turns compares each ledger iteration with raw iterations run seconds before it, under the same
 * conditions: on a machine shared with other work the load drifts by a factor of two within minutes, and
 * benchmarks run minutes apart give no meaningful ratio there.
 *
 * <p>JMH's own score for this benchmark mixes the three kinds of iteration and is not the result: the
 * result is the table printed at the end of the fork (each kind's median rate over the measured
 * iterations, and the median of the per-round ratios).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(LedgerAppendBenchmark.WRITERS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 15, time = 10)
public class LedgerAppendBenchmark {

    static final int WRITERS = 8;

    enum Kind { RAW_INSERT, RAW_INSERT_IN_TRANSACTION, LEDGER_APPEND }

    private ConfigurableApplicationContext context;
    private JdbcTemplate jdbc;
    private TransactionTemplate transaction;
    private Ledger ledger;
    private LedgerSequencer sequencer;

    private volatile Kind kind = Kind.LEDGER_APPEND;
    private int iteration;
    private final LongAdder operations = new LongAdder();
    private long iterationStarted;
    private boolean measuring;
    private final Map<Kind, List<Double>> rates = new EnumMap<>(Kind.class);
    private final List<double[]> rounds = new ArrayList<>();
    private double[] round = new double[Kind.values().length];
    private int writers;

    @Setup(Level.Trial)
    public void start(BenchmarkParams params) {
        writers = params.getThreads();
        context = BenchmarkApplication.start(BenchmarkApplication.dataDir("append-" + UUID.randomUUID()), true,
                "spring.datasource.hikari.maximum-pool-size=" + (writers + 4));
        jdbc = context.getBean(JdbcTemplate.class);
        transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        ledger = context.getBean(Ledger.class);
        sequencer = context.getBean(LedgerSequencer.class);
        jdbc.execute(RAW_TABLE);
        requireFullDurability(jdbc, writers);
        for (Kind each : Kind.values()) {
            rates.put(each, new ArrayList<>());
        }
    }

    @Setup(Level.Iteration)
    public void nextKind(IterationParams params) {
        kind = Kind.values()[iteration++ % Kind.values().length];
        measuring = params.getType() == IterationType.MEASUREMENT;
        operations.reset();
        iterationStarted = System.nanoTime();
    }

    @TearDown(Level.Iteration)
    public void recordIteration() {
        // An append iteration ends when everything it appended is linked: the sequencer's backlog is drained
        // inside the measured time, so that no linking is left to steal from the next (raw) iteration.
        int drained = kind == Kind.LEDGER_APPEND ? sequencer.chainPending() : 0;
        double rate = operations.sum() / ((System.nanoTime() - iterationStarted) / 1e9);
        System.out.printf("  [%s %s: %.0f ops/s%s]%n", measuring ? "measured" : "warm-up", kind, rate,
                kind == Kind.LEDGER_APPEND ? ", " + drained + " linked after the writers stopped" : "");
        if (!measuring) {
            return;
        }
        rates.get(kind).add(rate);
        round[kind.ordinal()] = rate;
        if (kind == Kind.LEDGER_APPEND) {
            rounds.add(round);
            round = new double[Kind.values().length];
        }
    }

    @Benchmark
    public Object alternating(Writer writer) {
        Object result = switch (kind) {
            case RAW_INSERT -> insertRawRow(jdbc, writer);
            case RAW_INSERT_IN_TRANSACTION -> transaction.execute(status -> insertRawRow(jdbc, writer));
            case LEDGER_APPEND -> {
                LedgerEvent event = writer.event();
                yield transaction.execute(status -> ledger.record(event));
            }
        };
        operations.increment();
        return result;
    }

    @TearDown(Level.Trial)
    public void stop() {
        try {
            System.out.printf("%nPaired result, %d writers, %d measured rounds of %s:%n", writers, rounds.size(), List.of(Kind.values()));
            for (Kind each : Kind.values()) {
                System.out.printf("  %-26s median %8.0f ops/s   (all: %s)%n", each, median(rates.get(each)), rounded(rates.get(each)));
            }
            List<Double> toRaw = new ArrayList<>();
            List<Double> toRawInTransaction = new ArrayList<>();
            for (double[] r : rounds) {
                if (r[Kind.RAW_INSERT.ordinal()] > 0 && r[Kind.RAW_INSERT_IN_TRANSACTION.ordinal()] > 0) {
                    toRaw.add(r[Kind.LEDGER_APPEND.ordinal()] / r[Kind.RAW_INSERT.ordinal()]);
                    toRawInTransaction.add(r[Kind.LEDGER_APPEND.ordinal()] / r[Kind.RAW_INSERT_IN_TRANSACTION.ordinal()]);
                }
            }
            System.out.printf("  ledger / raw insert:                median of rounds %.0f%%   (rounds: %s)%n", 100 * median(toRaw), percents(toRaw));
            System.out.printf("  ledger / raw insert in transaction: median of rounds %.0f%%   (rounds: %s)%n",
                    100 * median(toRawInTransaction), percents(toRawInTransaction));
            checkEveryEntryChained(context, jdbc, sequencer);
        } finally {
            context.close();
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

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }

    private static List<String> percents(List<Double> values) {
        return values.stream().map(v -> Math.round(100 * v) + "%").toList();
    }

    /** A plain table with the ledger entry's columns: the same row width, without the ledger's rules. */
    static final String RAW_TABLE = """
            create table benchmark_raw_row (
                id              bigint generated always as identity primary key,
                recorded_at     timestamptz not null,
                action          text        not null,
                actor_id        uuid,
                organisation_id uuid,
                subject_type    text        not null,
                subject_id      text        not null,
                details         text        not null,
                entry_hash      bytea       not null)""";

    static void requireFullDurability(JdbcTemplate jdbc, int writers) {
        String durability = jdbc.queryForObject(
                "select current_setting('fsync') || '/' || current_setting('synchronous_commit') || '/' || current_setting('full_page_writes')",
                String.class);
        System.out.println("PostgreSQL " + jdbc.queryForObject("show server_version", String.class)
                + ", fsync/synchronous_commit/full_page_writes = " + durability + ", writers = " + writers);
        if (!"on/on/on".equals(durability)) {
            throw new IllegalStateException("The benchmark needs full durability, found " + durability);
        }
    }

    /** One writer: an organisation and a person, and a counter for distinct records. */
    @State(Scope.Thread)
    public static class Writer {
        final UUID actor = UUID.randomUUID();
        final UUID organisation = UUID.randomUUID();
        final byte[] hash = new byte[32];
        long counter;

        @Setup(Level.Trial)
        public void seed() {
            new SecureRandom().nextBytes(hash);
        }

        LedgerEvent event() {
            counter++;
            return LedgerEvent.of("directory.token.issued", "api-token", new UUID(actor.getMostSignificantBits(), counter))
                    .actor(actor).organisation(organisation)
                    .detail("user", actor).detail("expiresOn", "2027-11-21")
                    .build();
        }
    }

    static int insertRawRow(JdbcTemplate jdbc, Writer writer) {
        LedgerEvent event = writer.event();
        return jdbc.update("""
                        insert into benchmark_raw_row (recorded_at, action, actor_id, organisation_id, subject_type, subject_id, details, entry_hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(Instant.now()), event.action(), event.actorId(), event.organisationId(), event.subjectType(),
                event.subjectId(), EntryHashes.canonicalDetails(event.details()), writer.hash);
    }

    /** After a run: drains the sequencer, checks that every entry appended was chained, and verifies the ledger. */
    static void checkEveryEntryChained(ConfigurableApplicationContext context, JdbcTemplate jdbc, LedgerSequencer sequencer) {
        long entries = count(jdbc, "select count(*) from ledger_entry");
        if (entries == 0) {
            return;
        }
        long pendingBefore = count(jdbc, "select count(*) from ledger_pending");
        int drained = sequencer.chainPending();
        long chained = count(jdbc, "select count(*) from ledger_chain");
        long pending = count(jdbc, "select count(*) from ledger_pending");
        System.out.printf("%nledger: %d entries appended; the sequencer had chained all but %d during the run "
                + "(drained %d at the end); chained %d, still pending %d%n", entries, pendingBefore, drained, chained, pending);
        if (chained != entries || pending != 0) {
            throw new IllegalStateException("Not every entry was chained: " + chained + " of " + entries);
        }
        VerificationReport report = context.getBean(LedgerVerifier.class).verify();
        System.out.printf("ledger verified after the run: intact=%s, %d entries%n", report.intact(), report.entriesVerified());
        if (!report.intact()) {
            throw new IllegalStateException("The ledger does not verify: " + report.firstBreak());
        }
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
