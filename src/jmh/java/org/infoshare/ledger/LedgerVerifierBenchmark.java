package org.infoshare.ledger;

import java.util.List;
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
import org.openjdk.jmh.annotations.Param;
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
 * The full verifier over a database holding a million chained entries and a signed checkpoint: streaming the
 * chain joined to its entries, re-deriving every hash, checking the checkpoint's signature and that every entry
 * is accounted for ({@code CHAIN}, {@link LedgerVerifier#verifyChainOnly()}), and the same with every protected
 * record's digest re-derived from its row and compared with the ledger's ({@code CHAIN_AND_RECORDS},
 * {@link LedgerVerifier#verify()}, ADR 0063). JMH runs the two in the same run. Throughput is in entries per second.
 *
 * <p>The entries are written by the real {@link Ledger#record} (a thousand to a transaction) and linked by the
 * real {@link LedgerSequencer}. One entry in ten is about one of {@value #DECISIONS} sharing decisions, each a
 * row with a sealed document of about a kilobyte, so that the records checked are as many as a tenth of the
 * ledger. The decisions' references to people, organisations and users are dropped in this database, which holds
 * no directory. The database is kept under {@code target/benchmark-data/verify-1m-records} and reused by later
 * runs, since writing a million entries takes a few minutes.
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
    static final int DECISIONS = 100_000;
    private static final int PER_TRANSACTION = 1_000;

    public enum Check { CHAIN, CHAIN_AND_RECORDS }

    @Param({"CHAIN", "CHAIN_AND_RECORDS"})
    public Check check;

    private ConfigurableApplicationContext context;
    private LedgerVerifier verifier;

    @Setup(Level.Trial)
    public void start() {
        context = BenchmarkApplication.start(BenchmarkApplication.dataDir("verify-1m-records"), false,
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
        long decisions = jdbc.queryForObject("select count(*) from sharing_decision", Long.class);
        System.out.printf("%nprepared: %d entries, %d decisions, intact=%s, %d checkpoints, %d records not as recorded, took %d ms (%.0f entries/s)%n",
                report.entriesVerified(), decisions, report.intact(), report.checkpointsVerified(), report.recordFindings(),
                report.took().toMillis(), report.entriesPerSecond());
        if (!report.intact() || report.entriesVerified() != ENTRIES || report.checkpointsVerified() < 1 || decisions != DECISIONS) {
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
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.execute("""
                do $$ declare c record; begin
                  for c in select conname from pg_constraint where conrelid = 'sharing_decision'::regclass and contype = 'f' loop
                    execute format('alter table sharing_decision drop constraint %I', c.conname);
                  end loop;
                end $$""");
        while (written < ENTRIES) {
            int batch = (int) Math.min(PER_TRANSACTION, ENTRIES - written);
            boolean decisions = (written / PER_TRANSACTION) % (ENTRIES / DECISIONS) == 0;
            transaction.executeWithoutResult(status -> {
                if (decisions) {
                    for (UUID id : insertDecisions(jdbc, batch, organisation, people[0])) {
                        ledger.record(LedgerEvent.of("decision.recorded", "decision", id).actor(people[0]).organisation(organisation)
                                .detail("outcome", "SHARE").build());
                    }
                    return;
                }
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

    /** Decision rows as the application stores them, each with a sealed document of about a kilobyte. */
    private static List<UUID> insertDecisions(JdbcTemplate jdbc, int count, UUID organisation, UUID user) {
        return jdbc.queryForList("""
                insert into sharing_decision (id, organisation_id, subject_id, recipient_organisation_id, mode, purpose, outcome, status,
                    engine_version, consent_overridden, decided_by, decided_by_teams, decided_at, completed_at, schema_version, record_enc, lawful_basis)
                select gen_random_uuid(), ?, gen_random_uuid(), gen_random_uuid(), 'CASE_BY_CASE', 'SAFEGUARDING_CHILD', 'SHARE', 'DECIDED',
                    '1', false, ?, array[gen_random_uuid()], now(), now(), 2, decode(repeat(md5(random()::text), 32), 'hex'), 'UKGDPR-A6-1-E'
                from generate_series(1, ?)
                returning id""", UUID.class, organisation, user, count);
    }

    @Benchmark
    public VerificationReport verify() {
        VerificationReport report = check == Check.CHAIN ? verifier.verifyChainOnly() : verifier.verify();
        if (!report.intact() || report.entriesVerified() != ENTRIES) {
            throw new IllegalStateException("Unexpected report: " + report);
        }
        return report;
    }

    @TearDown(Level.Trial)
    public void stop() {
        VerificationReport report = check == Check.CHAIN ? verifier.verifyChainOnly() : verifier.verify();
        System.out.printf("%nlast verification's own figures (%s): %d entries in %d ms = %.0f entries/s%n",
                check, report.entriesVerified(), report.took().toMillis(), report.entriesPerSecond());
        context.close();
    }
}
