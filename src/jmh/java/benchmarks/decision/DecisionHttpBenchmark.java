package benchmarks.decision;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import benchmarks.BenchmarkApplication;

import org.infoshare.directory.ApiTokens;
import org.infoshare.directory.DirectoryCommands;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.ActorSource;
import org.infoshare.subject.SubjectCommands;
import org.infoshare.subject.Subjects;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Recorded decisions over HTTP (token authentication, the engine, encryption, the decision row and its
 * ledger entry in one transaction) against PostgreSQL's own single-row insert rate, at the same concurrency,
 * in the same run, on the same embedded PostgreSQL with full durability (fsync and synchronous commit on).
 * System properties: {@code threads} (default 4), {@code warmupSeconds} (10), {@code seconds} (30); the results are
 * also written to {@code target/decision-http-benchmark.txt}.
 */
@State(Scope.Benchmark)
public class DecisionHttpBenchmark {

    /**
     * Runs the whole comparison once under JMH ({@code -Djmh.args="DecisionHttpBenchmark"}); the figures are
     * printed by the run itself, JMH's single-shot time is only how long it took.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx1g"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public void recordedDecisionsAgainstInserts() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.getInteger("threads", 4);
        Duration warmup = Duration.ofSeconds(Integer.getInteger("warmupSeconds", 10));
        Duration measure = Duration.ofSeconds(Integer.getInteger("seconds", 30));
        ConfigurableApplicationContext app = BenchmarkApplication.start("infoshare-decision-bench");
        try {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            ActorSource actors = app.getBean(ActorSource.class);
            UUID userId = actors.localAccount("practitioner@westshire-council.example").orElseThrow().userId();
            Actor actor = actors.activeActor(userId).orElseThrow();
            String token = app.getBean(ApiTokens.class).issue(actor, userId,
                    new DirectoryCommands.IssueToken("decision benchmark", LocalDate.now().plusDays(1))).secret();
            UUID subject = app.getBean(Subjects.class).record(actor,
                    new SubjectCommands.RecordSubject("BENCH-" + UUID.randomUUID().toString().substring(0, 8), "Benchmark Child", LocalDate.of(2016, 1, 1))).id();
            UUID police = app.getBean(DirectoryLookup.class).organisations().stream()
                    .filter(o -> o.name().equals("Westshire Police")).findFirst().orElseThrow().id();
            DataSource dataSource = app.getBean(DataSource.class);
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("create table if not exists bench_insert (id uuid primary key, created_at timestamptz not null, payload text not null)");
            }
            String body = """
                    {"subjectId":"%s","recipientOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","purposeLegitimate":"YES",
                     "items":[{"code":"safeguarding-concern"},{"code":"address"},{"code":"domestic-abuse-incidents"}],"identifiable":true,
                     "confidential":true,"consentNotSoughtReason":"WOULD_PLACE_CHILD_AT_RISK","childAtRisk":"YES","vitalInterests":"NO",
                     "proportionate":"YES","lessIntrusiveMeans":"NO","outsideUk":"NO","informPerson":"NO",
                     "notInformReason":"WOULD_CREATE_OR_INCREASE_RISK","rationale":"Bruising seen twice; police need to know before the strategy discussion"}"""
                    .formatted(subject, police);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/decisions");

            Worker insert = (deadline, latencies) -> {
                try (Connection connection = dataSource.getConnection();
                     PreparedStatement statement = connection.prepareStatement("insert into bench_insert (id, created_at, payload) values (?, ?, ?)")) {
                    connection.setAutoCommit(true);
                    long started;
                    while ((started = System.nanoTime()) < deadline) {
                        statement.setObject(1, UUID.randomUUID());
                        statement.setObject(2, OffsetDateTime.now());
                        statement.setString(3, "single-row insert with full durability");
                        statement.executeUpdate();
                        latencies.add(System.nanoTime() - started);
                    }
                }
            };
            Worker decide = (deadline, latencies) -> {
                long started;
                while ((started = System.nanoTime()) < deadline) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 201) {
                        throw new IllegalStateException("Decision refused: " + response.statusCode() + " " + response.body());
                    }
                    latencies.add(System.nanoTime() - started);
                }
            };
            run("warm-up: PostgreSQL inserts", insert, threads, warmup);
            run("warm-up: decisions over HTTP", decide, threads, warmup);
            Phase inserts = run("PostgreSQL single-row inserts", insert, threads, measure);
            Phase decisions = run("Recorded decisions over HTTP", decide, threads, measure);
            Phase inserts2 = run("PostgreSQL single-row inserts (again)", insert, threads, measure);
            double baseline = (inserts.rate() + inserts2.rate()) / 2;
            String summary = String.format("threads=%d measured=%ds%nPostgreSQL single-row inserts/s (mean of two runs): %.1f (p50 %.2f ms, p99 %.2f ms)%n"
                            + "Recorded decisions over HTTP/s: %.1f (p50 %.2f ms, p99 %.2f ms)%nRatio: %.1f%%%n",
                    threads, measure.toSeconds(), baseline, inserts.p50Millis(), inserts.p99Millis(),
                    decisions.rate(), decisions.p50Millis(), decisions.p99Millis(), 100 * decisions.rate() / baseline);
            System.out.printf("%n%s", summary);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "decision-http-benchmark.txt"), summary);
        } finally {
            app.close();
        }
    }

    /** One thread's work until the deadline, adding each completed operation's latency in nanoseconds. */
    interface Worker {
        void until(long deadlineNanos, List<Long> latencies) throws Exception;
    }

    /** A phase's rate and its latencies at the median and the 99th percentile. */
    record Phase(double rate, double p50Millis, double p99Millis) {
    }

    private static Phase run(String name, Worker worker, int threads, Duration duration) throws Exception {
        List<Long> all = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> running = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(() -> {
                List<Long> latencies = new ArrayList<>();
                try {
                    worker.until(deadline, latencies);
                    all.addAll(latencies);
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            });
            running.add(thread);
            thread.start();
        }
        for (Thread thread : running) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        double rate = sorted.length / seconds;
        Phase phase = new Phase(rate, percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6);
        System.out.printf("%-40s %10d in %5.1fs = %8.1f/s, p50 %.2f ms, p99 %.2f ms%n", name, sorted.length, seconds, rate,
                phase.p50Millis(), phase.p99Millis());
        return phase;
    }

    /** The nearest-rank percentile of sorted latencies; zero when there are none. */
    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
