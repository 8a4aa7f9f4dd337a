package benchmarks.dataset;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.infoshare.InfoshareApplication;
import org.infoshare.agreement.AgreementRegister;
import org.infoshare.agreement.AgreementTerms;
import org.infoshare.dataset.DatasetCommands;
import org.infoshare.dataset.DatasetFormat;
import org.infoshare.dataset.DatasetIngest;
import org.infoshare.dataset.DatasetSpecifications;
import org.infoshare.dataset.rules.ColumnMode;
import org.infoshare.dataset.rules.ValueType;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.directory.Team;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.ActorSource;
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
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * 1,000,000 rows x 10 columns through the real ingest pipeline (read, minimise against the agreement, validate
 * types and required values, pseudonymise 2 identifier columns under the agreement's key, seal in AES-GCM
 * blocks, store, publish) on the embedded PostgreSQL with full durability (fsync, synchronous commit, full
 * page writes), beside PostgreSQL's own COPY of the same file into a plain 10-column table in the same run.
 * Scores are rows per second. The fork runs with a 256 MB heap; the ingest fork prints its peak heap use.
 *
 * <pre>./mvnw -Pbenchmarks verify -DskipTests -Djmh.args=DatasetIngestBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(DatasetIngestBenchmark.ROWS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 15)
@Fork(value = 1, jvmArgs = {"-Xms256m", "-Xmx256m"})
public class DatasetIngestBenchmark {

    static final int ROWS = 1_000_000;
    static final String POLICE_DPO = "dpo@westshire-police.example";
    static final String POLICE_PRACTITIONER = "practitioner@westshire-police.example";
    static final List<String> ETHNICITY = List.of("WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
            "APKN", "ABAN", "ACHN", "AOTH", "BCRB", "BAFR", "BOTH", "OARB", "OOTH", "REFU", "NOBT");
    static final List<String> ROLE = List.of("VICTIM", "PERPETRATOR", "BOTH", "NEITHER");

    private ConfigurableApplicationContext context;
    private DatasetIngest ingest;
    private DataSource dataSource;
    private Actor sender;
    private UUID agreement;
    private UUID council;
    private Path file;
    private Path dataDir;

    @Setup(Level.Trial)
    public void start() throws Exception {
        dataDir = Files.createTempDirectory("infoshare-benchmark");
        try {
            boot();
        } catch (Exception | Error e) {
            if (context != null) {
                close();
            }
            throw e;
        }
    }

    private void boot() throws Exception {
        // Command-line arguments outrank application.yaml.
        context = new SpringApplicationBuilder(InfoshareApplication.class)
                .run("--infoshare.data-dir=" + dataDir.resolve("data"),
                        // the keys go beside the data directory, both inside this run's own temporary directory
                        "--infoshare.keys.directory=" + dataDir.resolve("keys"),
                        "--infoshare.embedded-database.durable=true",
                        "--infoshare.embedded-database.ephemeral=true",
                        "--infoshare.demo-data=true",
                        "--infoshare.background-jobs=false",
                        "--server.port=0",
                        "--logging.level.root=WARN");
        ingest = context.getBean(DatasetIngest.class);
        dataSource = context.getBean(DataSource.class);
        DirectoryLookup directory = context.getBean(DirectoryLookup.class);
        ActorSource actors = context.getBean(ActorSource.class);
        UUID police = organisation(directory, "Westshire Police");
        council = organisation(directory, "Westshire County Council");
        AgreementTerms terms = context.getBean(AgreementRegister.class).between(police, council).stream()
                .filter(AgreementTerms::inForce).findFirst().orElseThrow();
        agreement = terms.agreementId();
        UUID earlyHelp = directory.teams(council).stream().filter(t -> t.name().equals("Early Help")).map(Team::id)
                .findFirst().orElseThrow();
        Actor dpo = actors.activeActor(actors.localAccount(POLICE_DPO).orElseThrow().userId()).orElseThrow();
        DatasetSpecifications specifications = context.getBean(DatasetSpecifications.class);
        // The demo already has a specification for this direction: give it the benchmark's ten columns.
        var existing = specifications.sendableBy(dpo).stream()
                .filter(s -> s.agreementId().equals(agreement) && s.recipientOrganisationId().equals(council)).findFirst();
        if (existing.isPresent()) {
            specifications.update(dpo, existing.get().id(), new DatasetCommands.UpdateSpecification(earlyHelp, columns(),
                    existing.get().version()));
        } else {
            specifications.create(dpo, new DatasetCommands.CreateSpecification(agreement, council, earlyHelp, columns()));
        }
        sender = actors.activeActor(actors.localAccount(POLICE_PRACTITIONER).orElseThrow().userId()).orElseThrow();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table benchmark_copy (person_ref text, family_ref text, given_name text, family_name text, "
                    + "postcode text, date_of_birth text, crime_involvement text, crime_quarter text, victim_or_perpetrator text, ethnicity text)");
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes", "wal_level", "shared_buffers")) {
                try (var rs = statement.executeQuery("show " + setting)) {
                    rs.next();
                    System.out.printf("%nPostgreSQL %s = %s", setting, rs.getString(1));
                }
            }
        }
        file = dataDir.resolve("dataset.csv");
        generate(file, 20261121L);
        System.out.printf("%nGenerated %,d rows x 10 columns (%,d bytes)%n", ROWS, Files.size(file));
        System.gc();
        baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("Heap in use by the idle application after a collection: %.1f MB%n", baseline / 1048576.0);
    }

    static List<DatasetCommands.Column> columns() {
        String names = "name-and-contact-details";
        return List.of(
                new DatasetCommands.Column("person-ref", names, ValueType.TEXT, true, true, 20, null),
                new DatasetCommands.Column("family-ref", names, ValueType.TEXT, true, true, 20, null),
                new DatasetCommands.Column("given-name", names, ValueType.TEXT, true, false, 100, null),
                new DatasetCommands.Column("family-name", names, ValueType.TEXT, true, false, 100, null),
                new DatasetCommands.Column("postcode", names, ValueType.TEXT, false, false, 8, null),
                new DatasetCommands.Column("date-of-birth", "date-of-birth", ValueType.DATE, true, false, null, null),
                new DatasetCommands.Column("crime-involvement", "crime-involvement", ValueType.BOOLEAN, true, false, null, null),
                new DatasetCommands.Column("crime-quarter", "crime-quarter", ValueType.YEAR_QUARTER, false, false, null, null),
                new DatasetCommands.Column("victim-or-perpetrator", "victim-or-perpetrator", ValueType.CODE, false, false, null, ROLE),
                new DatasetCommands.Column("ethnicity", "racial-or-ethnic-origin", ValueType.CODE, false, false, null, ETHNICITY));
    }

    /** A realistic file: unique people, families of about three, names and postcodes from short lists. */
    static void generate(Path file, long seed) throws IOException {
        String[] given = {"Olivia", "Amelia", "Isla", "Ava", "Mia", "Noah", "Oliver", "George", "Arthur", "Muhammad", "Leo", "Harry",
                "Oscar", "Jack", "Lily", "Freya", "Aisha", "Zara", "Kofi", "Priya", "Dylan", "Megan", "Rhys", "Siobhan"};
        String[] family = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson",
                "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Khan", "Okafor", "Nowak", "Murphy"};
        Random random = new Random(seed);
        LocalDate base = LocalDate.of(2005, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("person-ref,family-ref,given-name,family-name,postcode,date-of-birth,crime-involvement,crime-quarter,"
                    + "victim-or-perpetrator,ethnicity\n");
            StringBuilder row = new StringBuilder(128);
            for (int i = 0; i < ROWS; i++) {
                row.setLength(0);
                boolean involved = random.nextInt(4) == 0;
                row.append('P').append(1_000_000_000L + i).append(',')
                        .append('F').append(1_000_000_000L + i / 3).append(',')
                        .append(given[random.nextInt(given.length)]).append(',')
                        .append(family[random.nextInt(family.length)]).append(',')
                        .append("WS").append(1 + random.nextInt(20)).append(' ').append(random.nextInt(10))
                        .append((char) ('A' + random.nextInt(26))).append((char) ('A' + random.nextInt(26))).append(',')
                        .append(base.plusDays(random.nextInt(7300))).append(',')
                        .append(involved).append(',')
                        .append(involved ? (2019 + random.nextInt(6)) + "-Q" + (1 + random.nextInt(4)) : "").append(',')
                        .append(involved ? ROLE.get(random.nextInt(ROLE.size())) : "").append(',')
                        .append(ETHNICITY.get(random.nextInt(ETHNICITY.size()))).append('\n');
                out.append(row);
            }
        }
    }

    private static UUID organisation(DirectoryLookup directory, String name) {
        return directory.organisations().stream().filter(o -> o.name().equals(name)).map(Organisation::id).findFirst().orElseThrow();
    }

    /** Each invocation starts from empty targets, outside the measured time. */
    @Setup(Level.Invocation)
    public void empty() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("truncate dataset_block");
            statement.execute("truncate benchmark_copy");
            statement.execute("checkpoint");
        }
        resetPeaks();
    }

    @Benchmark
    public long ingest() throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DatasetIngest.Result result = ingest.upload(sender, new DatasetCommands.Upload(agreement, council, DatasetFormat.CSV,
                    ColumnMode.REFUSE, "benchmark-" + UUID.randomUUID()), in);
            if (!result.upload().published() || result.upload().rowCount() != ROWS) {
                throw new IllegalStateException("Not published: " + result.upload().report());
            }
            recordPeak();
            return result.upload().rowCount();
        }
    }

    @Benchmark
    public long postgresCopy() throws Exception {
        try (Connection connection = dataSource.getConnection();
             InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long rows = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy benchmark_copy from stdin with (format csv, header true)", in);
            if (rows != ROWS) {
                throw new IllegalStateException("Copied " + rows);
            }
            recordPeak();
            return rows;
        }
    }

    private long baseline;
    private volatile long peak;

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private void recordPeak() {
        long used = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        peak = Math.max(peak, used);
    }

    @TearDown(Level.Trial)
    public void stop(org.openjdk.jmh.infra.BenchmarkParams params) throws Exception {
        if (context == null) {
            return;
        }
        System.out.printf("%nHeap during the measured operations (maximum %.0f MB): memory pools' peak %.1f MB, including garbage "
                + "not yet collected%n", Runtime.getRuntime().maxMemory() / 1048576.0, peak / 1048576.0);
        if (params.getBenchmark().endsWith(".ingest")) {
            System.out.printf("Heap in use during one more ingest, sampled after a full collection every 100 ms (not timed): "
                    + "peak %.1f MB, of which the idle application holds %.1f MB%n", liveHeapDuringIngest() / 1048576.0, baseline / 1048576.0);
        }
        close();
    }

    /** What the pipeline really holds: the heap after forced full collections, sampled while an upload runs. */
    private long liveHeapDuringIngest() throws Exception {
        empty();
        java.util.concurrent.atomic.AtomicLong max = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                System.gc();
                max.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        try {
            ingest();
        } finally {
            running.set(false);
            sampler.join();
        }
        return max.get();
    }

    /** Closes the application when the setup fails part-way. */
    private void close() throws IOException {
        context.close();
        context = null;
        // The embedded database removed its own files; the generated file and the master keyset remain.
        try (var paths = Files.walk(dataDir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
