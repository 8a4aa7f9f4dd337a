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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.infoshare.InfoshareApplication;
import org.infoshare.directory.ApiTokens;
import org.infoshare.directory.DirectoryCommands;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.ActorSource;
import org.infoshare.subject.SubjectCommands;
import org.infoshare.subject.Subjects;
import org.springframework.boot.builder.SpringApplicationBuilder;
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
        Path dataDir = Files.createTempDirectory("infoshare-decision-bench");
        // System properties outrank application.yaml (builder default properties would not).
        System.setProperty("server.port", "0");
        System.setProperty("infoshare.data-dir", dataDir.resolve("data").toString());
        System.setProperty("infoshare.keys.directory", dataDir.resolve("keys").toString());
        System.setProperty("infoshare.demo-data", "true");
        System.setProperty("infoshare.embedded-database.durable", "true");
        System.setProperty("infoshare.embedded-database.ephemeral", "true");
        System.setProperty("logging.level.root", "WARN");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(InfoshareApplication.class).run();
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

            Worker insert = deadline -> {
                try (Connection connection = dataSource.getConnection();
                     PreparedStatement statement = connection.prepareStatement("insert into bench_insert (id, created_at, payload) values (?, ?, ?)")) {
                    connection.setAutoCommit(true);
                    long done = 0;
                    while (System.nanoTime() < deadline) {
                        statement.setObject(1, UUID.randomUUID());
                        statement.setObject(2, OffsetDateTime.now());
                        statement.setString(3, "single-row insert with full durability");
                        statement.executeUpdate();
                        done++;
                    }
                    return done;
                }
            };
            Worker decide = deadline -> {
                long done = 0;
                while (System.nanoTime() < deadline) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 201) {
                        throw new IllegalStateException("Decision refused: " + response.statusCode() + " " + response.body());
                    }
                    done++;
                }
                return done;
            };
            run("warm-up: PostgreSQL inserts", insert, threads, warmup);
            run("warm-up: decisions over HTTP", decide, threads, warmup);
            double inserts = run("PostgreSQL single-row inserts", insert, threads, measure);
            double decisions = run("Recorded decisions over HTTP", decide, threads, measure);
            double inserts2 = run("PostgreSQL single-row inserts (again)", insert, threads, measure);
            double baseline = (inserts + inserts2) / 2;
            String summary = String.format("threads=%d measured=%ds%nPostgreSQL single-row inserts/s (mean of two runs): %.1f%nRecorded decisions over HTTP/s: %.1f%nRatio: %.1f%%%n",
                    threads, measure.toSeconds(), baseline, decisions, 100 * decisions / baseline);
            System.out.printf("%n%s", summary);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "decision-http-benchmark.txt"), summary);
        } finally {
            app.close();
        }
    }

    /** One thread's work until the deadline; returns how many operations it completed. */
    interface Worker {
        long until(long deadlineNanos) throws Exception;
    }

    private static double run(String name, Worker worker, int threads, Duration duration) throws Exception {
        AtomicLong total = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> running = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(() -> {
                try {
                    total.addAndGet(worker.until(deadline));
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
        double rate = total.get() / seconds;
        System.out.printf("%-40s %10d in %5.1fs = %8.1f/s%n", name, total.get(), seconds, rate);
        return rate;
    }
}
