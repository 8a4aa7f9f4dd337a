package org.infoshare.ledger;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

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
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ledger appends against PostgreSQL's own single-row insert rate, same database, same durability (fsync,
 * synchronous_commit and full_page_writes on), same number of concurrent writers, same run.
 *
 * <ul>
 *   <li>{@code rawInsert}: one INSERT of a row as wide as a ledger entry into a plain table, auto-committed:
 *       the baseline.</li>
 *   <li>{@code rawInsertInTransaction}: the same INSERT inside a Spring transaction (BEGIN, INSERT, COMMIT),
 *       to show what the transaction itself costs.</li>
 *   <li>{@code ledgerAppend}: one transaction per operation calling the real {@link Ledger#record} and
 *       committing, while the real {@link LedgerSequencer} links the entries into the chain concurrently.
 *       At the end every entry is checked to have been chained.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(LedgerAppendBenchmark.WRITERS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
public class LedgerAppendBenchmark {

    static final int WRITERS = 8;

    private ConfigurableApplicationContext context;
    private JdbcTemplate jdbc;
    private TransactionTemplate transaction;
    private Ledger ledger;
    private LedgerSequencer sequencer;

    @Setup(Level.Trial)
    public void start() {
        context = BenchmarkApplication.start(BenchmarkApplication.dataDir("append-" + UUID.randomUUID()), true,
                "spring.datasource.hikari.maximum-pool-size=" + (WRITERS + 4));
        jdbc = context.getBean(JdbcTemplate.class);
        transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        ledger = context.getBean(Ledger.class);
        sequencer = context.getBean(LedgerSequencer.class);
        // A plain table with the ledger entry's columns: the same row width, without the ledger's rules.
        jdbc.execute("""
                create table benchmark_raw_row (
                    id              bigint generated always as identity primary key,
                    recorded_at     timestamptz not null,
                    action          text        not null,
                    actor_id        uuid,
                    organisation_id uuid,
                    subject_type    text        not null,
                    subject_id      text        not null,
                    details         text        not null,
                    entry_hash      bytea       not null)""");
        String durability = jdbc.queryForObject(
                "select current_setting('fsync') || '/' || current_setting('synchronous_commit') || '/' || current_setting('full_page_writes')",
                String.class);
        System.out.println("PostgreSQL " + jdbc.queryForObject("show server_version", String.class)
                + ", fsync/synchronous_commit/full_page_writes = " + durability + ", writers = " + WRITERS);
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

    @Benchmark
    public int rawInsert(Writer writer) {
        return insertRawRow(writer);
    }

    @Benchmark
    public Integer rawInsertInTransaction(Writer writer) {
        return transaction.execute(status -> insertRawRow(writer));
    }

    @Benchmark
    public Long ledgerAppend(Writer writer) {
        LedgerEvent event = writer.event();
        return transaction.execute(status -> ledger.record(event));
    }

    private int insertRawRow(Writer writer) {
        LedgerEvent event = writer.event();
        return jdbc.update("""
                        insert into benchmark_raw_row (recorded_at, action, actor_id, organisation_id, subject_type, subject_id, details, entry_hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(Instant.now()), event.action(), event.actorId(), event.organisationId(), event.subjectType(),
                event.subjectId(), org.infoshare.ledger.rules.EntryHashes.canonicalDetails(event.details()), writer.hash);
    }

    @TearDown(Level.Trial)
    public void stop() {
        try {
            long entries = count("select count(*) from ledger_entry");
            if (entries > 0) {
                long pendingBefore = count("select count(*) from ledger_pending");
                int drained = sequencer.chainPending();
                long chained = count("select count(*) from ledger_chain");
                long pending = count("select count(*) from ledger_pending");
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
        } finally {
            context.close();
        }
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
