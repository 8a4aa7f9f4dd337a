package org.infoshare.rights;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

import benchmarks.BenchmarkApplication;

import org.infoshare.consent.Capacity;
import org.infoshare.consent.ConsentCommands;
import org.infoshare.consent.ConsentMedium;
import org.infoshare.consent.ConsentRegister;
import org.infoshare.consent.GivenBy;
import org.infoshare.retention.DisposalCertificate;
import org.infoshare.retention.DisposalRuns;
import org.infoshare.retention.RetentionCommands;
import org.infoshare.retention.RetentionRules;
import org.infoshare.retention.rules.RecordType;
import org.infoshare.retention.rules.RetentionEvent;
import org.infoshare.retention.rules.RetentionRule;
import org.infoshare.rights.rules.IdentityCheck;
import org.infoshare.rights.rules.ReceivedHow;
import org.infoshare.rights.rules.RequesterCapacity;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.shared.UkCalendar;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People's rights at partnership scale (issue 9), timed in-process against plain PostgreSQL in the same run:
 *
 * <ul>
 * <li><b>Who received anything about this person</b> ({@link Propagation#sentAbout}): {@code items} disclosed items
 * (default 10,000,000) in disclosures of {@code perDisclosure} items each (default 4), sent by the council about
 * {@code people} people (default 1,000,000) to the other organisations' teams. Rows are copies of the disclosure the
 * demonstration made through the service (its columns, sizes and sealed bytes), each with a new id, one of the people,
 * a recipient team and an earlier date, added set-based. The people are ids only (the query reads no person's row); the
 * copies' sealed columns stay bound to the original, and the query reads only codes and addressees. Times over
 * {@code samples} random people (default 1,000); baseline: the same rows by one plain query by sender and person.</li>
 * <li><b>A subject access bundle</b> ({@link AccessBundles#preview}, the internal copy assembled afresh) for one person
 * recorded through the service with {@code bundleRecords} consent records (default 1,000) recorded through the consent
 * register, each sealed under the person's key; the access request recorded, identity checked, person confirmed and
 * bundle prepared through the services. Times over {@code bundleSamples} (default 20); baseline: the plain reads of
 * the same rows.</li>
 * <li><b>Disposal</b> ({@link DisposalRuns#start}): {@code disposals} further disclosures (default 1,000,000), copies as
 * above sent over eight years ago, made due by a rule the DPO sets (disclosures: dispose of six years after sending);
 * the run plans over everything the council holds, deletes them and their items in batches, lists each in the run
 * and vacuums. Baseline: the same rows copied into two plain tables (disclosures, items, each with its primary key
 * and the items' disclosure index) and removed with one bulk {@code DELETE} each.</li>
 * </ul>
 *
 * Written to {@code target/rights-at-scale-benchmark.txt}.
 */
@State(Scope.Benchmark)
public class RightsAtScaleBenchmark {

    private static final int CHUNK = 250_000;

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx3g"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public void rightsAtScaleAgainstPlainQueries() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        int people = Integer.getInteger("people", 1_000_000);
        long items = Long.getLong("items", 10_000_000L);
        int perDisclosure = Integer.getInteger("perDisclosure", 4);
        int bundleRecords = Integer.getInteger("bundleRecords", 1_000);
        int disposals = Integer.getInteger("disposals", 1_000_000);
        int samples = Integer.getInteger("samples", 1_000);
        int bundleSamples = Integer.getInteger("bundleSamples", 20);
        ConfigurableApplicationContext app = BenchmarkApplication.start("infoshare-rights-bench");
        try {
            ActorSource actors = app.getBean(ActorSource.class);
            Actor worker = BenchmarkApplication.actor(actors, "practitioner@westshire-council.example");
            Actor dpo = BenchmarkApplication.actor(actors, "dpo@westshire-council.example");
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Template template = Template.of(jdbc, worker.organisationId());
            String header = String.format("%s, in-process server work; template disclosure with %d items%n", Instant.now(), template.positions.length);

            // 1. Who received anything about this person.
            long disclosures = items / perDisclosure;
            long seeding = System.nanoTime();
            seedDisclosures(jdbc, template, 0, disclosures, people, perDisclosure, "t.sent_at - (g %% 700) * interval '1 day' - (g %% 86400) * interval '1 second'");
            jdbc.sql("analyze disclosure").update();
            jdbc.sql("analyze disclosure_item").update();
            double seedSeconds = (System.nanoTime() - seeding) / 1e9;
            long itemRows = jdbc.sql("select count(*) from disclosure_item").query(Long.class).single();
            String report = header + String.format("Propagation: people=%d, disclosures=%d, items=%d in the table (seeded in %.0f s), samples=%d%n",
                    people, disclosures, itemRows, seedSeconds, samples);
            System.out.print(report);
            Propagation propagation = app.getBean(Propagation.class);
            Random random = new Random(9);
            UUID[] sample = new UUID[samples];
            for (int i = 0; i < samples; i++) {
                sample[i] = person(random.nextInt(people));
            }
            IntFunction<Object> plain = i -> jdbc.sql("""
                            select d.id, d.recipient_organisation, d.recipient_team, d.recipient_user, i.code
                            from disclosure d join disclosure_item i on i.disclosure_id = d.id
                            where d.sender_organisation = :o and d.subject_id = :s""")
                    .param("o", worker.organisationId()).param("s", sample[i % samples]).query().listOfRows();
            report += time("Baseline: the same rows, one plain query", samples, plain).line();
            report += time("Who received anything about this person", samples, i -> propagation.sentAbout(dpo, sample[i % samples])).line();
            report += time("Baseline again", samples, plain).line();
            String plan = String.join("\n", jdbc.sql("explain (analyze, buffers) select d.id, d.decision_id, d.recipient_organisation, d.recipient_team, "
                            + "d.recipient_user, d.purpose, d.sent_at, d.first_opened_at, d.withdrawn_at, array(select i.code from disclosure_item i "
                            + "where i.disclosure_id = d.id order by i.position) as codes from disclosure d where d.subject_id = :s "
                            + "and d.sender_organisation = :o order by d.sent_at")
                    .param("s", sample[0]).param("o", worker.organisationId()).query(String.class).list());
            System.out.println(plan);

            // 2. A subject access bundle.
            long bundleSeeding = System.nanoTime();
            Bundle bundle = bundle(app, worker, dpo, bundleRecords);
            double bundleSeedSeconds = (System.nanoTime() - bundleSeeding) / 1e9;
            AccessBundles bundles = app.getBean(AccessBundles.class);
            int entries = bundles.preview(dpo, bundle.request).content().consents().size();
            report += String.format("Access bundle: one person with %d consent records recorded through the service (in %.0f s), %d in the bundle, samples=%d%n",
                    bundleRecords, bundleSeedSeconds, entries, bundleSamples);
            IntFunction<Object> plainBundle = i -> List.of(
                    jdbc.sql("select * from data_subject where id = :s").param("s", bundle.subject).query().listOfRows(),
                    jdbc.sql("select c.*, e.* from consent_record c join consent_event e on e.consent_id = c.id where c.subject_id = :s and c.organisation_id = :o")
                            .param("s", bundle.subject).param("o", dpo.organisationId()).query().listOfRows(),
                    jdbc.sql("select * from disclosure d where d.subject_id = :s and d.sender_organisation = :o")
                            .param("s", bundle.subject).param("o", dpo.organisationId()).query().listOfRows());
            report += time("Baseline: the same rows, plain reads", bundleSamples, plainBundle).line();
            report += time("Subject access bundle (internal copy)", bundleSamples, i -> bundles.preview(dpo, bundle.request)).line();

            // 3. Disposal.
            long disposalSeeding = System.nanoTime();
            seedDisclosures(jdbc, template, disclosures, disclosures + disposals, people, perDisclosure,
                    "t.sent_at - interval '8 years' - (g %% 365) * interval '1 day'");
            jdbc.sql("analyze disclosure").update();
            jdbc.sql("analyze disclosure_item").update();
            double disposalSeedSeconds = (System.nanoTime() - disposalSeeding) / 1e9;
            Instant cutoff = Instant.now().minus(java.time.Duration.ofDays(7 * 366));
            long expired = jdbc.sql("select count(*) from disclosure where sender_organisation = :o and sent_at < :c")
                    .param("o", worker.organisationId()).param("c", java.sql.Timestamp.from(cutoff)).query(Long.class).single();
            report += String.format("Disposal: %d expired disclosures of %d items each among %d (seeded in %.0f s)%n",
                    expired, perDisclosure, disclosures + disposals, disposalSeedSeconds);
            report += baselineDelete(jdbc, worker.organisationId(), cutoff, expired);
            app.getBean(RetentionRules.class).set(dpo, new RetentionCommands.SetRule(RecordType.DISCLOSURE, null, RetentionRule.Action.DISPOSE,
                    RetentionEvent.SENT, 6, 0, null, null, null, "Partnership retention schedule: six years after sending"));
            long started = System.nanoTime();
            DisposalCertificate certificate = app.getBean(DisposalRuns.class).start(dpo);
            double runSeconds = (System.nanoTime() - started) / 1e9;
            long left = jdbc.sql("select count(*) from disclosure where sender_organisation = :o and sent_at < :c")
                    .param("o", worker.organisationId()).param("c", java.sql.Timestamp.from(cutoff)).query(Long.class).single();
            String line = String.format("%-48s %d records in %.1f s: %,.0f records/s (%d left)%n", "Disposal run (DisposalRuns.start)",
                    certificate.total(), runSeconds, certificate.total() / runSeconds, left);
            report += line;
            try {
                report += phases(jdbc, certificate.runId(), started, runSeconds);
            } catch (RuntimeException e) {
                System.out.println("Could not read the run's phases from the ledger: " + e);
            }
            System.out.printf("%n%s", report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "rights-at-scale-benchmark.txt"), report);
        } finally {
            app.close();
        }
    }

    /** The n-th seeded person's id: the same in SQL ({@link #PERSON_SQL}) and here. */
    static UUID person(long n) {
        return new UUID(0x4000L, 0x8000_0000_0000_0000L | n);
    }

    private static final String PERSON_SQL = "cast('00000000-0000-4000-8000-' || lpad(to_hex(%s), 12, '0') as uuid)";

    /** The disclosure the demonstration made through the service, its items' positions, and the teams of the other organisations. */
    record Template(UUID id, int[] positions, UUID[] teams, UUID[] organisations, List<String> columns, List<String> itemColumns) {
        static Template of(JdbcClient jdbc, UUID council) {
            UUID id = jdbc.sql("select id from disclosure where sender_organisation = :o order by sent_at limit 1").param("o", council)
                    .query(UUID.class).single();
            int[] positions = jdbc.sql("select position from disclosure_item where disclosure_id = :id order by position").param("id", id)
                    .query(Integer.class).list().stream().mapToInt(Integer::intValue).toArray();
            List<java.util.Map<String, Object>> teams = jdbc.sql("select id, organisation_id from team where organisation_id <> :o order by organisation_id, id")
                    .param("o", council).query().listOfRows();
            return new Template(id, positions, teams.stream().map(t -> (UUID) t.get("id")).toArray(UUID[]::new),
                    teams.stream().map(t -> (UUID) t.get("organisation_id")).toArray(UUID[]::new), columns(jdbc, "disclosure"), columns(jdbc, "disclosure_item"));
        }

        private static List<String> columns(JdbcClient jdbc, String table) {
            return jdbc.sql("select column_name from information_schema.columns where table_name = :t and table_schema = current_schema() order by ordinal_position")
                    .param("t", table).query(String.class).list();
        }
    }

    /**
     * Disclosures {@code from} to {@code to - 1} of the template, with their items, in chunks of {@value #CHUNK}: each a
     * new id, a person, a recipient team and a date from {@code sentAt} (an expression of the template row {@code t} and the
     * number {@code g}); a quarter never opened. The decision ids are new (the copies carry out no recorded decision).
     */
    private static void seedDisclosures(JdbcClient jdbc, Template template, long from, long to, int people, int perDisclosure, String sentAt) {
        String sent = String.format(sentAt);
        List<String> values = template.columns.stream().map(c -> switch (c) {
            case "id", "decision_id" -> "gen_random_uuid()";
            case "subject_id" -> String.format(PERSON_SQL, "(g * 2654435761) % " + people);
            case "recipient_organisation" -> "r.organisations[1 + g % cardinality(r.organisations)]";
            case "recipient_team" -> "r.teams[1 + g % cardinality(r.teams)]";
            case "recipient_user", "withdrawn_at", "withdrawn_by" -> "null";
            case "sent_at" -> sent;
            case "first_opened_at" -> "case when g % 4 = 0 then null else " + sent + " + interval '3 hours' end";
            default -> "t." + c;
        }).toList();
        int k = template.positions.length;
        List<String> itemValues = template.itemColumns.stream().map(c -> switch (c) {
            case "id" -> "gen_random_uuid()";
            case "disclosure_id" -> "d.id";
            case "position" -> "p";
            case "code" -> "case when p < " + k + " then ti.code else ti.code || '-' || (p / " + k + " + 1) end";
            default -> "ti." + c;
        }).toList();
        String sql = "with d as (insert into disclosure (" + String.join(", ", template.columns) + ") select " + String.join(", ", values)
                + " from generate_series(cast(:from as bigint), cast(:to as bigint) - 1) g, disclosure t,"
                + " (select cast(:teams as uuid[]) as teams, cast(:organisations as uuid[]) as organisations) r where t.id = :template returning id)"
                + " insert into disclosure_item (" + String.join(", ", template.itemColumns) + ") select " + String.join(", ", itemValues)
                + " from d, generate_series(0, :per - 1) p, disclosure_item ti"
                + " where ti.disclosure_id = :template and ti.position = (cast(:positions as int[]))[1 + p % " + k + "]";
        for (long start = from; start < to; start += CHUNK) {
            long end = Math.min(to, start + CHUNK);
            long t0 = System.nanoTime();
            jdbc.sql(sql).param("from", start).param("to", end).param("teams", template.teams).param("organisations", template.organisations)
                    .param("template", template.id).param("per", perDisclosure)
                    .param("positions", Arrays.stream(template.positions).boxed().toArray(Integer[]::new)).update();
            System.out.printf("  seeded disclosures %,d to %,d in %.1f s%n", start, end, (System.nanoTime() - t0) / 1e9);
        }
    }

    record Bundle(UUID subject, UUID request) {
    }

    /** One person, their consent records, an access request about them with identity checked and person confirmed, and its bundle prepared. */
    private static Bundle bundle(ConfigurableApplicationContext app, Actor worker, Actor dpo, int records) {
        Subjects subjects = app.getBean(Subjects.class);
        ConsentRegister register = app.getBean(ConsentRegister.class);
        RightsRequests requests = app.getBean(RightsRequests.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        UUID police = jdbc.sql("select id from organisation where name = 'Westshire Police'").query(UUID.class).single();
        LocalDate born = LocalDate.of(1985, 6, 2);
        UUID subject = subjects.record(worker, new SubjectCommands.RecordSubject("SAR-BENCH-1", "Robin Manyrecords", born)).id();
        LocalDate today = UkCalendar.today(java.time.Clock.systemUTC());
        for (int i = 0; i < records; i++) {
            LocalDate on = today.minusDays(i);
            boolean given = i % 4 != 3;
            register.record(worker, new ConsentCommands.RecordConsent(subject, given ? ConsentCommands.Answer.GIVEN : ConsentCommands.Answer.REFUSED,
                    GivenBy.PERSON, null, Capacity.ASSUMED, true, ConsentMedium.WRITTEN, on, null,
                    "Robin agreed that the council may tell the police about the visit on " + on + " and what was found", Set.of(SharingPurpose.SAFEGUARDING_ADULT),
                    given ? Set.of(police) : Set.of(), null, null));
        }
        RightsRequest request = requests.record(dpo, new RightsCommands.RecordRequest(RightKind.ACCESS, today, ReceivedHow.LETTER, RequesterCapacity.THE_PERSON,
                "Robin Manyrecords", "3 Mill Lane, Westshire", "Robin Manyrecords", born, null, "Everything you hold about me and who you shared it with"));
        requests.recordIdentity(dpo, request.id(), new RightsCommands.RecordIdentity(IdentityCheck.PHOTO_IDENTITY, today));
        requests.confirmPerson(dpo, request.id(), new RightsCommands.ConfirmPerson(subject));
        app.getBean(AccessBundles.class).prepare(dpo, request.id());
        return new Bundle(subject, request.id());
    }

    /**
     * Where the run's time went, from its ledger entries: planning (before the run is recorded), the batches (until
     * the vacuum), the vacuum of the touched tables (its time is in the certificate's entry, which follows it), and
     * what is left (the certificate).
     */
    private static String phases(JdbcClient jdbc, UUID run, long startedNanos, double runSeconds) {
        java.util.Map<String, Instant> first = new java.util.HashMap<>();
        jdbc.sql("""
                        select action, extract(epoch from min(recorded_at)) as first from ledger_entry
                        where subject_type = 'disposal-run' and subject_id = :run group by action""")
                .param("run", run.toString()).query((rs, n) -> first.put(rs.getString("action"),
                        Instant.ofEpochSecond(0, Math.round(rs.getDouble("first") * 1e9)))).list();
        double vacuum = jdbc.sql("""
                        select coalesce((cast(details as jsonb) ->> 'vacuumMs')::bigint, 0) from ledger_entry
                        where subject_type = 'disposal-run' and subject_id = :run and action = 'retention.disposal.certified'""")
                .param("run", run.toString()).query(Long.class).optional().orElse(0L) / 1e3;
        Instant began = Instant.now().minusNanos(System.nanoTime() - startedNanos);
        Instant recorded = first.get("retention.disposal.started");
        Instant certified = first.get("retention.disposal.certified");
        if (recorded == null || certified == null) {
            return "";
        }
        double planning = java.time.Duration.between(began, recorded).toNanos() / 1e9;
        double batches = java.time.Duration.between(recorded, certified).toNanos() / 1e9 - vacuum;
        String line = String.format("%-48s planning %.1f s, batches %.1f s, vacuum %.1f s, certificate %.1f s%n", "  of which", planning, batches,
                vacuum, runSeconds - planning - batches - vacuum);
        System.out.print(line);
        return line;
    }

    /** The same expired rows copied into two plain tables, then removed by one bulk delete each; a report line. */
    private static String baselineDelete(JdbcClient jdbc, UUID organisation, Instant cutoff, long expired) {
        java.sql.Timestamp before = java.sql.Timestamp.from(cutoff);
        jdbc.sql("create table bench_plain_disclosure as select * from disclosure where sender_organisation = :o and sent_at < :c")
                .param("o", organisation).param("c", before).update();
        jdbc.sql("create table bench_plain_item as select i.* from disclosure_item i join bench_plain_disclosure d on d.id = i.disclosure_id").update();
        jdbc.sql("alter table bench_plain_disclosure add primary key (id)").update();
        jdbc.sql("alter table bench_plain_item add primary key (id)").update();
        jdbc.sql("create index on bench_plain_item (disclosure_id)").update();
        jdbc.sql("analyze bench_plain_disclosure").update();
        jdbc.sql("analyze bench_plain_item").update();
        long started = System.nanoTime();
        jdbc.sql("delete from bench_plain_item where disclosure_id in (select id from bench_plain_disclosure where sent_at < :c)").param("c", before).update();
        int deleted = jdbc.sql("delete from bench_plain_disclosure where sent_at < :c").param("c", before).update();
        double seconds = (System.nanoTime() - started) / 1e9;
        long vacuuming = System.nanoTime();
        jdbc.sql("vacuum bench_plain_item").update();
        jdbc.sql("vacuum bench_plain_disclosure").update();
        double vacuumSeconds = (System.nanoTime() - vacuuming) / 1e9;
        jdbc.sql("drop table bench_plain_item").update();
        jdbc.sql("drop table bench_plain_disclosure").update();
        String line = String.format("%-48s %d records in %.1f s: %,.0f records/s (of %d expired)%n", "Baseline: bulk DELETE, plain tables",
                deleted, seconds, deleted / seconds, expired)
                + String.format("%-48s %d records in %.1f s: %,.0f records/s%n", "Baseline: bulk DELETE, then VACUUM", deleted, seconds + vacuumSeconds,
                deleted / (seconds + vacuumSeconds));
        System.out.print(line);
        return line;
    }

    record Phase(String name, double p50, double p95, double p99) {
        String line() {
            return String.format("%-48s p50 %8.2f ms   p95 %8.2f ms   p99 %8.2f ms%n", name, p50, p95, p99);
        }
    }

    private static Phase time(String name, int samples, IntFunction<Object> call) {
        for (int i = 0; i < Math.min(20, samples); i++) {
            call.apply(i);
        }
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long started = System.nanoTime();
            call.apply(i);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        Phase phase = new Phase(name, nanos[samples / 2] / 1e6, nanos[(int) Math.ceil(0.95 * samples) - 1] / 1e6,
                nanos[(int) Math.ceil(0.99 * samples) - 1] / 1e6);
        System.out.print(phase.line());
        return phase;
    }
}
