package benchmarks.oversight;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.infoshare.InfoshareApplication;
import org.infoshare.database.EmbeddedPostgresServer;
import org.infoshare.oversight.BoardReports;
import org.infoshare.oversight.rules.ReportPeriod;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.ActorSource;
import org.infoshare.support.DatabaseSuperuser;
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
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The partnership's whole report (ten tables, every figure through small-number suppression) over 10,000,000 recorded
 * decisions spread over three years, read from the monthly decision summary, beside a plain PostgreSQL GROUP BY over
 * the decisions themselves for the same four decision tables, in the same run on the same database. Average time per
 * report in milliseconds.
 *
 * <p>The decisions are loaded once, in bulk, by SQL (the superuser, with triggers off), then the summary is rebuilt
 * from them by its own function; the database is kept in target/partnership-report-benchmark so that the second fork
 * and later runs reuse it (delete that directory to load afresh). The row count can be lowered with
 * {@code -Doversight.decisions=N}.
 *
 * <pre>./mvnw -Pbenchmarks verify -DskipTests -Djmh.args=PartnershipReportBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class PartnershipReportBenchmark {

    static final long DECISIONS = Long.getLong("oversight.decisions", 10_000_000L);
    static final ReportPeriod PERIOD = new ReportPeriod(YearMonth.of(2024, 1), YearMonth.of(2026, 12));
    static final String ADMIN = "admin@westshire-council.example";

    private ConfigurableApplicationContext context;
    private BoardReports reports;
    private DataSource dataSource;
    private Actor admin;

    @Setup(Level.Trial)
    public void start() throws Exception {
        Path dir = Path.of("target", "partnership-report-benchmark").toAbsolutePath();
        Files.createDirectories(dir);
        context = new SpringApplicationBuilder(InfoshareApplication.class)
                .run("--infoshare.data-dir=" + dir.resolve("data"),
                        "--infoshare.keys.directory=" + dir.resolve("keys"),
                        "--infoshare.embedded-database.durable=false",
                        "--infoshare.embedded-database.ephemeral=false",
                        "--infoshare.demo-data=true",
                        "--infoshare.background-jobs=false",
                        "--server.port=0",
                        "--logging.level.root=WARN");
        reports = context.getBean(BoardReports.class);
        dataSource = context.getBean(DataSource.class);
        ActorSource actors = context.getBean(ActorSource.class);
        admin = actors.activeActor(actors.localAccount(ADMIN).orElseThrow().userId()).orElseThrow();
        DataSource superuser = DatabaseSuperuser.dataSource(context.getBean(EmbeddedPostgresServer.class));
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            long present = single(s, "select count(*) from sharing_decision where engine_version = 'benchmark'");
            if (present < DECISIONS) {
                load(s, present);
            }
            System.out.printf("%nDecisions: %,d; summary rows: %,d; sharing_decision %s, decision_summary %s%n",
                    single(s, "select count(*) from sharing_decision"), single(s, "select count(*) from decision_summary"),
                    text(s, "select pg_size_pretty(pg_total_relation_size('sharing_decision'))"),
                    text(s, "select pg_size_pretty(pg_total_relation_size('decision_summary'))"));
            for (String setting : List.of("max_parallel_workers_per_gather", "shared_buffers", "work_mem", "server_version")) {
                System.out.printf("PostgreSQL %s = %s%n", setting, text(s, "show " + setting));
            }
        }
    }

    /** Ten million rows by generate_series in batches, ids and codes only, the sealed record a single byte. */
    private static void load(Statement s, long present) throws Exception {
        long started = System.nanoTime();
        s.execute("set session_replication_role = replica");
        s.execute("create temporary table bench_org as select row_number() over (order by id) as n, id from organisation");
        s.execute("create temporary table bench_basis (n int, code text)");
        s.execute("insert into bench_basis values (0, 'UKGDPR-A6-1E'), (1, 'UKGDPR-A6-1C'), (2, 'UKGDPR-A6-1D'), (3, 'UKGDPR-A6-1A'), (4, 'UKGDPR-A6-1F'), (5, 'UKGDPR-A6-1E')");
        long organisations = single(s, "select count(*) from bench_org");
        String subject = text(s, "select id::text from data_subject limit 1");
        String user = text(s, "select id::text from app_user limit 1");
        long batch = 1_000_000;
        for (long from = present + 1; from <= DECISIONS; from += batch) {
            long to = Math.min(DECISIONS, from + batch - 1);
            s.execute("""
                    insert into sharing_decision (id, organisation_id, subject_id, recipient_organisation_id, mode, purpose, outcome, status,
                        engine_version, schema_version, record_enc, consent_overridden, decided_by, decided_by_teams, decided_at, completed_at,
                        review_status, lawful_basis)
                    select gen_random_uuid(), o.id, '%s', r.id, 'CASE_BY_CASE',
                           (array['SAFEGUARDING_CHILD','SAFEGUARDING_ADULT','CHILD_IN_NEED','EARLY_HELP','HEALTH_AND_CARE',
                                  'PREVENTING_DETECTING_CRIME','PUBLIC_PROTECTION','PARTNERSHIP_REVIEW','SERVICE_PLANNING','OTHER'])[1 + (g * 7) %% 10],
                           case when g %% 10 < 7 then 'SHARE' when g %% 10 < 9 then 'DO_NOT_SHARE' else 'SEEK_ADVICE' end,
                           case when g %% 10 = 9 then 'AWAITING_ADVICE' else 'DECIDED' end,
                           'benchmark', 2, '\\x00'::bytea, g %% 20 = 0, '%s', '{}', t.at, case when g %% 10 = 9 then null else t.at end,
                           case when g %% 20 = 0 then (array['OPEN','AGREED','DISAGREED'])[1 + (g / 20) %% 3] end,
                           case when g %% 10 < 7 then (select code from bench_basis where n = g %% 6) end
                    from generate_series(%d, %d) g
                    cross join lateral (select timestamptz '2024-01-01 00:00Z' + (g::double precision / %d) * interval '1095 days' as at) t
                    join bench_org o on o.n = 1 + (g * 13) %% %d
                    join bench_org r on r.n = 1 + (g * 13 + 1) %% %d""".formatted(subject, user, from, to, DECISIONS, organisations, organisations));
            System.out.printf("Loaded %,d decisions (%.0f s)%n", to, (System.nanoTime() - started) / 1e9);
        }
        s.execute("set session_replication_role = origin");
        long rebuilt = System.nanoTime();
        s.execute("select decision_summary_rebuild()");
        System.out.printf("Summary rebuilt from the decisions in %.1f s%n", (System.nanoTime() - rebuilt) / 1e9);
        s.execute("vacuum analyze sharing_decision");
        s.execute("vacuum analyze decision_summary");
        System.out.printf("Load, rebuild and analyse: %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The whole report as the page and the API produce it: ten tables, every figure suppressed. */
    @Benchmark
    public int partnershipReport() {
        return reports.report(admin, PERIOD).tables().size();
    }

    /** The same four decision tables by a plain GROUP BY over every decision in the period. */
    @Benchmark
    public long plainGroupBy() throws Exception {
        long total = 0;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String dimension : List.of("to_char(date_trunc('month', decided_at at time zone 'Europe/London'), 'YYYY-MM')",
                    "coalesce(lawful_basis, 'UNRECORDED')", "purpose", "organisation_id::text")) {
                try (ResultSet rs = s.executeQuery("select " + dimension + ", outcome, count(*) from sharing_decision "
                        + "where decided_at >= timestamptz '2024-01-01 00:00 Europe/London' and decided_at < timestamptz '2027-01-01 00:00 Europe/London' "
                        + "group by 1, 2")) {
                    while (rs.next()) {
                        total += rs.getLong(3);
                    }
                }
            }
        }
        return total;
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
