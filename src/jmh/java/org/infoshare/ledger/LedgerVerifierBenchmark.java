package org.infoshare.ledger;

import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The full verifier, {@link LedgerVerifier#verify()}, over a database holding a million chained entries and
 * a signed checkpoint: streaming the chain joined to its entries, re-deriving every hash, checking the
 * checkpoint's signature and that every entry is accounted for. Throughput is in entries per second.
 *
 * <p>The entries are written by the real {@link Ledger#record} (a thousand to a transaction) and linked by the
 * real {@link LedgerSequencer}. The database is kept under {@code target/benchmark-data/verify-1m} and reused
 * by later runs, since writing a million entries takes a minute or two.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(LedgerVerifierBenchmark.ENTRIES)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class LedgerVerifierBenchmark {

    static final int ENTRIES = 1_000_000;
    private static final int PER_TRANSACTION = 1_000;

    private ConfigurableApplicationContext context;
    private LedgerVerifier verifier;

    @Setup(Level.Trial)
    public void start() {
        context = BenchmarkApplication.start(BenchmarkApplication.dataDir("verify-1m"), false,
                "infoshare.background-jobs=false");
        verifier = context.getBean(LedgerVerifier.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long present = jdbc.queryForObject("select count(*) from ledger_entry", Long.class);
        if (present < ENTRIES) {
            populate(present);
        }
        context.getBean(LedgerSequencer.class).chainPending();
        context.getBean(LedgerCheckpoints.class).checkpoint();
        VerificationReport report = verifier.verify();
        System.out.printf("%nprepared: %d entries, intact=%s, %d checkpoints, took %d ms (%.0f entries/s)%n",
                report.entriesVerified(), report.intact(), report.checkpointsVerified(), report.took().toMillis(),
                report.entriesPerSecond());
        if (!report.intact() || report.entriesVerified() != ENTRIES || report.checkpointsVerified() < 1) {
            throw new IllegalStateException("The benchmark ledger is not as expected: " + report);
        }
    }

    private void populate(long present) {
        Ledger ledger = context.getBean(Ledger.class);
        LedgerSequencer sequencer = context.getBean(LedgerSequencer.class);
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        Random random = new Random(present);
        UUID[] people = new UUID[50];
        for (int i = 0; i < people.length; i++) {
            people[i] = new UUID(random.nextLong(), random.nextLong());
        }
        UUID organisation = new UUID(random.nextLong(), random.nextLong());
        String[] actions = {"directory.token.issued", "directory.user.updated", "access.signed-in", "audit.ledger.verified"};
        long written = present;
        long started = System.nanoTime();
        while (written < ENTRIES) {
            int batch = (int) Math.min(PER_TRANSACTION, ENTRIES - written);
            transaction.executeWithoutResult(status -> {
                for (int i = 0; i < batch; i++) {
                    ledger.record(LedgerEvent.of(actions[random.nextInt(actions.length)], "api-token", new UUID(random.nextLong(), random.nextLong()))
                            .actor(people[random.nextInt(people.length)]).organisation(organisation)
                            .detail("user", people[random.nextInt(people.length)])
                            .detail("expiresOn", "2027-11-" + (10 + random.nextInt(18)))
                            .build());
                }
            });
            written += batch;
            if (written % 100_000 == 0) {
                sequencer.chainPending();
                System.out.printf("written %d entries (%.0f s)%n", written, (System.nanoTime() - started) / 1e9);
            }
        }
    }

    @Benchmark
    public VerificationReport verify() {
        VerificationReport report = verifier.verify();
        if (!report.intact() || report.entriesVerified() != ENTRIES) {
            throw new IllegalStateException("Unexpected report: " + report);
        }
        return report;
    }

    @TearDown(Level.Trial)
    public void stop() {
        VerificationReport report = verifier.verify();
        System.out.printf("%nlast verification's own figures: %d entries in %d ms = %.0f entries/s%n",
                report.entriesVerified(), report.took().toMillis(), report.entriesPerSecond());
        context.close();
    }
}
