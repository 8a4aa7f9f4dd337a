package org.infoshare.subject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import benchmarks.BenchmarkApplication;

import org.infoshare.delivery.DisclosureLists;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.access.ActorSource;
import org.infoshare.subject.rules.SearchKeys;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finding people among many: seeds {@code people} people (default 100,000) into the council, each sealed under their
 * own key and keyed for search as the application keys them, then times, in the same run, the server's work for a
 * search by a misspelt name with a date of birth, a search by name alone, opening a person's page (details, family,
 * chronology, the read recorded), the home page's attention counts and the inbox, against a plain indexed query
 * (one row of {@code data_subject} by its reference index). Medians and 95th percentiles over {@code samples} calls
 * each (default 200). Written to {@code target/finding-people-benchmark.txt}.
 *
 * <p>{@code decisions} sharing decisions (default 1,000,000) are added in one statement, copies of one decision the
 * demonstration recorded, each with a new id, a person among those seeded and an earlier date: the row's shape, sizes
 * and indexes are a real decision's. Their sealed columns are the original's bytes, bound to the original's id and
 * person, so they are given only to people outside the sample, whose decisions the measured pages never open; the
 * sample's own pages therefore read no decisions, while every query runs against the full table.
 */
@State(Scope.Benchmark)
public class FindingPeopleBenchmark {

    private static final String[] FIRST = {"John", "Jamie", "Casey", "Taylor", "Olivia", "Amelia", "Isla", "Ava", "Mia", "Noah", "Oliver",
            "George", "Arthur", "Leo", "Harry", "Oscar", "Archie", "Henry", "Theo", "Freddie", "Lily", "Freya", "Emily", "Ivy", "Ella",
            "Rosie", "Grace", "Sophia", "Willow", "Evie", "Mohammed", "Muhammad", "Aisha", "Fatima", "Zara", "Kai", "Riley", "Morgan",
            "Jordan", "Charlie", "Kathryn", "Catherine", "Jon", "Sean", "Shaun", "Megan", "Niamh", "Siobhan", "Aoife", "Callum"};
    private static final String[] LAST = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
            "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris",
            "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King",
            "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young",
            "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller",
            "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson", "Foster",
            "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer",
            "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray",
            "Dixon", "Harvey", "Okafor", "Nowak", "Kowalski", "O'Brien", "McDonald", "Macleod", "Smyth", "Brooks", "Hill", "Vale"};

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx2g"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public void findingPeopleAgainstAnIndexedQuery() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        int people = Integer.getInteger("people", 100_000);
        int samples = Integer.getInteger("samples", 200);
        int decisions = Integer.getInteger("decisions", 1_000_000);
        ConfigurableApplicationContext app = BenchmarkApplication.start("infoshare-people-bench");
        try {
            ActorSource actors = app.getBean(ActorSource.class);
            Actor worker = BenchmarkApplication.actor(actors, "practitioner@westshire-council.example");
            Actor officer = BenchmarkApplication.actor(actors, "practitioner@westshire-police.example");
            long seeding = System.nanoTime();
            List<UUID> seeded = seed(app, worker, people);
            double seedSeconds = (System.nanoTime() - seeding) / 1e9;
            long decisionSeeding = System.nanoTime();
            long decided = seedDecisions(app, seeded.subList(Math.min(seeded.size(), samples), seeded.size()), decisions);
            double decisionSeconds = (System.nanoTime() - decisionSeeding) / 1e9;

            PeopleSearch search = app.getBean(PeopleSearch.class);
            PersonView view = app.getBean(PersonView.class);
            DisclosureLists inbox = app.getBean(DisclosureLists.class);
            List<org.infoshare.web.AttentionSource> attention = List.copyOf(app.getBeansOfType(org.infoshare.web.AttentionSource.class).values());
            SubjectStore store = app.getBean(SubjectStore.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Random random = new Random(13);
            List<Subject> sample = store.findAll(seeded.subList(0, Math.min(seeded.size(), samples)));
            byte[][] referenceIndexes = sample.stream().map(s -> store.referenceIndex(worker.organisationId(), s.reference())).toArray(byte[][]::new);

            String report = String.format("people=%d (seeded in %.0f s), decisions=%d (seeded in %.0f s), samples=%d each, in-process server work, %s%n",
                    people, seedSeconds, decided, decisionSeconds, samples, Instant.now());
            Phase baseline = time("Baseline: one person by reference index", samples, i -> jdbc.sql(
                            "select id from data_subject where organisation_id = :o and reference_index = :r")
                    .param("o", worker.organisationId()).param("r", referenceIndexes[i % referenceIndexes.length]).query(UUID.class).list());
            report += baseline.line();
            report += time("Search: misspelt name and date of birth", samples, i -> {
                Subject s = sample.get(i % sample.size());
                return search.search(worker, misspelt(s.name(), random) + " " + s.dateOfBirth(), PageRequest.first());
            }).line();
            report += time("Search: misspelt name only", samples, i -> search.search(worker, misspelt(sample.get(i % sample.size()).name(), random),
                    PageRequest.first())).line();
            report += time("Person page (details, family, chronology)", samples, i -> view.open(worker, sample.get(i % sample.size()).id())).line();
            report += time("Home page: what needs attention (council)", samples, i -> attention.stream().flatMap(a -> a.waitingFor(worker).stream()).toList()).line();
            report += time("Inbox (police)", samples, i -> inbox.inbox(officer, ListFilter.NONE, true, PageRequest.first())).line();
            report += time("Baseline again", samples, i -> jdbc.sql("select id from data_subject where organisation_id = :o and reference_index = :r")
                    .param("o", worker.organisationId()).param("r", referenceIndexes[i % referenceIndexes.length]).query(UUID.class).list()).line();
            System.out.printf("%n%s", report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "finding-people-benchmark.txt"), report);
        } finally {
            app.close();
        }
    }

    /** People sealed and keyed exactly as recording them does, without a ledger entry each (the ledger is not what is measured). */
    private static List<UUID> seed(ConfigurableApplicationContext app, Actor worker, int people) {
        SubjectStore store = app.getBean(SubjectStore.class);
        SearchIndexStore index = app.getBean(SearchIndexStore.class);
        TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        Random random = new Random(2026);
        List<UUID> ids = new ArrayList<>(people);
        int batch = 1000;
        for (int from = 0; from < people; from += batch) {
            int count = Math.min(batch, people - from);
            int start = from;
            transactions.executeWithoutResult(status -> {
                for (int n = 0; n < count; n++) {
                    UUID id = UUID.randomUUID();
                    String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                    LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(30_000));
                    var command = new SubjectCommands.RecordSubject("LOAD-" + (start + n), name, born);
                    store.insert(id, worker.organisationId(), command, worker.userId(), Instant.now());
                    index.index(id, worker.organisationId(), SearchKeys.of(name, born, null));
                    ids.add(id);
                }
            });
        }
        jdbc.sql("insert into subject_involvement (subject_id, user_id, since) select id, created_by, created_at from data_subject "
                + "where reference_index is not null on conflict do nothing").update();
        jdbc.sql("analyze").update();
        return ids;
    }

    /**
     * Copies of one recorded decision, each with a new id, one of {@code people} and an earlier date, in one statement;
     * answers how many decisions the table then holds.
     */
    private static long seedDecisions(ConfigurableApplicationContext app, List<UUID> people, int decisions) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        UUID template = jdbc.sql("select id from sharing_decision where status = 'DECIDED' and reconsiders_id is null order by decided_at limit 1")
                .query(UUID.class).optional().orElse(null);
        if (template != null && decisions > 0 && !people.isEmpty()) {
            List<String> columns = jdbc.sql("""
                            select column_name from information_schema.columns
                            where table_name = 'sharing_decision' and table_schema = current_schema() order by ordinal_position""")
                    .query(String.class).list();
            List<String> values = columns.stream().map(c -> switch (c) {
                case "id" -> "gen_random_uuid()";
                case "subject_id" -> "p.ids[1 + g % cardinality(p.ids)]";
                case "decided_at", "completed_at" -> "t." + c + " - (g % 2000) * interval '1 day'";
                case "request_id", "family_decision_id", "reconsiders_id" -> "null";
                default -> "t." + c;
            }).toList();
            jdbc.sql("insert into sharing_decision (" + String.join(", ", columns) + ") select " + String.join(", ", values)
                            + " from generate_series(0, :n - 1) g, sharing_decision t, (select cast(:ids as uuid[]) as ids) p where t.id = :template")
                    .param("n", decisions).param("ids", people.toArray(UUID[]::new)).param("template", template).update();
            jdbc.sql("analyze sharing_decision").update();
        }
        return jdbc.sql("select count(*) from sharing_decision").query(Long.class).single();
    }

    /** The name as someone might hear and type it: a vowel changed in one part, or a letter doubled. */
    private static String misspelt(String name, Random random) {
        String[] parts = name.split(" ");
        int which = random.nextInt(parts.length);
        String part = parts[which];
        parts[which] = random.nextBoolean() ? part.replaceFirst("[aeiou]", "y") : part + part.charAt(part.length() - 1);
        return String.join(" ", parts);
    }

    interface Call {
        Object run(int i);
    }

    record Phase(String name, double p50, double p95) {
        String line() {
            return String.format("%-48s p50 %7.2f ms   p95 %7.2f ms%n", name, p50, p95);
        }
    }

    private static Phase time(String name, int samples, Call call) {
        for (int i = 0; i < Math.min(20, samples); i++) {
            call.run(i);
        }
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long started = System.nanoTime();
            call.run(i);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        Phase phase = new Phase(name, nanos[samples / 2] / 1e6, nanos[(int) Math.ceil(0.95 * samples) - 1] / 1e6);
        System.out.print(phase.line());
        return phase;
    }
}
