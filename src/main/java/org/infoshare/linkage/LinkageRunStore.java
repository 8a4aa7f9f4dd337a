package org.infoshare.linkage;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.crypto.KeyScope;
import org.infoshare.database.PagedQuery;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.linkage.rules.clustering.PersonFlag;
import org.infoshare.linkage.rules.matching.Hold;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs, the pairs they leave for review, the people they flag, and the decisions reviewers and analysts make.
 * Which records a pair, a person or a decision is made of is sealed under the agreement's key.
 */
@Repository
class LinkageRunStore {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;

    LinkageRunStore(JdbcClient jdbc, PersonalDataCipher cipher, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    /** A pair as stored. */
    record StoredPair(int pairNo, double weight, int pattern, Hold hold, RecordKey first, RecordKey second) {
    }

    /** A flagged person as stored. */
    record StoredPerson(int personNo, Set<PersonFlag> flags, List<RecordKey> records) {
    }

    enum DecisionKind { SAME, NOT_SAME, APART }

    /**
     * A decision: for SAME and NOT_SAME the pair's two records ({@code records}); for APART the records separated
     * ({@code records}) and the person's other records ({@code rest}).
     */
    record Decision(UUID id, DecisionKind kind, UUID runId, Integer pairNo, Instant decidedAt, UUID decidedBy, List<RecordKey> records,
                    List<RecordKey> rest) {
    }

    // --- runs ---------------------------------------------------------------------------------------------

    void insertRun(UUID id, UUID plan, Instant at, UUID by, LocalDate asOf, int planVersion, int outcomesVersion) {
        jdbc.sql("""
                        insert into linkage_run (id, plan_id, status, started_at, started_by, as_of, plan_version, outcomes_version)
                        values (:id, :plan, 'RUNNING', :at, :by, :asOf, :planVersion, :outcomesVersion)""")
                .param("id", id).param("plan", plan).param("at", Timestamp.from(at)).param("by", by).param("asOf", asOf)
                .param("planVersion", planVersion).param("outcomesVersion", outcomesVersion)
                .update();
    }

    void finish(UUID id, Instant at, List<LinkageRun.Source> sources, LinkageRun.Summary summary, double prior,
                List<LinkageRun.ModelParameter> model) {
        jdbc.sql("""
                        update linkage_run set status = 'FINISHED', finished_at = :at, sources = cast(:sources as jsonb),
                            summary = cast(:summary as jsonb), model = cast(:model as jsonb)
                        where id = :id and status = 'RUNNING'""")
                .param("id", id).param("at", Timestamp.from(at))
                .param("sources", json.writeValueAsString(new StoredShapes.Sources(StoredShapes.SHAPE, sources.stream()
                        .map(s -> new StoredShapes.Source(s.kind().name(), s.id(), s.organisationId(), s.records(), s.rows(), s.eventItem()))
                        .toList())))
                .param("summary", json.writeValueAsString(new StoredShapes.Summary(StoredShapes.SHAPE, summary.records(), summary.people(),
                        summary.families(), summary.familiesMeetingAnArea(), summary.eligibleFamilies(), summary.pairsForReview(),
                        summary.flaggedPeople(), summary.comparisons(), summary.linksAboveMatch(), summary.decisionsApplied(),
                        summary.linksRefused(), summary.communalAddresses(), summary.programmeFamiliesAssessed(), summary.millis())))
                .param("model", json.writeValueAsString(new StoredShapes.Model(StoredShapes.SHAPE, prior, model.stream()
                        .map(p -> new StoredShapes.Parameter(p.field(), p.level(), p.m(), p.u(), p.weight())).toList())))
                .update();
    }

    /** @param failure a stable code and plain words, never a value from the data */
    void fail(UUID id, Instant at, String failure) {
        jdbc.sql("update linkage_run set status = 'FAILED', finished_at = :at, failure = :failure where id = :id and status = 'RUNNING'")
                .param("id", id).param("at", Timestamp.from(at)).param("failure", failure).update();
    }

    /** Runs still running that started before a time. */
    List<LinkageRun> runningSince(Instant before) {
        return jdbc.sql("select * from linkage_run where status = 'RUNNING' and started_at < :before").param("before", Timestamp.from(before))
                .query(this::mapRun).list();
    }

    /** The plan's run in progress, if any. */
    Optional<LinkageRun> running(UUID plan) {
        return jdbc.sql("select * from linkage_run where plan_id = :plan and status = 'RUNNING' order by started_at desc limit 1")
                .param("plan", plan).query(this::mapRun).optional();
    }

    void publish(UUID id, Instant at, UUID by) {
        jdbc.sql("update linkage_run set published_at = :at, published_by = :by where id = :id")
                .param("id", id).param("at", Timestamp.from(at)).param("by", by).update();
    }

    Optional<LinkageRun> run(UUID id) {
        return jdbc.sql("select * from linkage_run where id = :id").param("id", id).query(this::mapRun).optional();
    }

    /** A run's status as its lists narrow by it: running, finished (published or not), published, or failed. */
    static final Map<String, String> STATUSES = Map.of("RUNNING", "r.status = 'RUNNING'", "FINISHED", "r.status = 'FINISHED'",
            "PUBLISHED", "r.published_at is not null", "FAILED", "r.status = 'FAILED'");

    /**
     * One page of the runs of the plans given, in the plans' order and newest first within each (ADR 0017), narrowed
     * by status and the days started.
     */
    Page<LinkageRun> runsOf(List<UUID> plans, String status, ListFilter filter, PageRequest request) {
        return PagedQuery.from(jdbc, "linkage_run r")
                .where("r.plan_id = any(cast(:plans as uuid[]))", "plans", plans.toArray(UUID[]::new))
                .whereIf(status != null, status == null ? null : STATUSES.get(status))
                .whereGiven(filter.fromMoment(), "r.started_at >= :from", "from")
                .whereGiven(filter.toMomentExclusive(), "r.started_at < :to", "to")
                .page("r.*", "array_position(cast(:plans as uuid[]), r.plan_id), r.started_at desc, r.id", request, this::mapRun);
    }

    Optional<LinkageRun> latestPublished(UUID plan) {
        return jdbc.sql("select * from linkage_run where plan_id = :plan and published_at is not null order by published_at desc limit 1")
                .param("plan", plan).query(this::mapRun).optional();
    }

    private LinkageRun mapRun(ResultSet rs, int n) throws SQLException {
        String sources = rs.getString("sources");
        String summary = rs.getString("summary");
        String model = rs.getString("model");
        Timestamp finished = rs.getTimestamp("finished_at");
        Timestamp published = rs.getTimestamp("published_at");
        StoredShapes.Summary s = summary == null ? null : json.readValue(summary, StoredShapes.Summary.class);
        return new LinkageRun(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                LinkageRun.Status.valueOf(rs.getString("status")), rs.getTimestamp("started_at").toInstant(),
                rs.getObject("started_by", UUID.class), finished == null ? null : finished.toInstant(),
                rs.getObject("as_of", LocalDate.class), rs.getInt("plan_version"), rs.getInt("outcomes_version"),
                sources == null ? List.of() : json.readValue(sources, StoredShapes.Sources.class).sources().stream()
                        .map(x -> new LinkageRun.Source(LinkageRun.SourceKind.valueOf(x.kind()), x.id(), x.organisation(), x.records(), x.rows(),
                                x.eventItem())).toList(),
                s == null ? null : new LinkageRun.Summary(s.records(), s.people(), s.families(), s.familiesMeetingAnArea(), s.eligibleFamilies(),
                        s.pairsForReview(), s.flaggedPeople(), s.comparisons(), s.linksAboveMatch(), s.decisionsApplied(), s.linksRefused(),
                        s.communalAddresses(), s.programmeFamiliesAssessed(), s.millis()),
                model == null ? List.of() : json.readValue(model, StoredShapes.Model.class).parameters().stream()
                        .map(p -> new LinkageRun.ModelParameter(p.field(), p.level(), p.m(), p.u(), p.weight())).toList(),
                rs.getString("failure"), published == null ? null : published.toInstant(), rs.getObject("published_by", UUID.class));
    }

    // --- pairs and people for review -----------------------------------------------------------------------

    void insertPairs(UUID run, UUID agreement, List<StoredPair> pairs) {
        KeyScope key = KeyScope.agreement(agreement);
        for (StoredPair pair : pairs) {
            jdbc.sql("insert into linkage_pair (run_id, pair_no, weight, pattern, hold, records) values (:run, :no, :weight, :pattern, :hold, :records)")
                    .param("run", run).param("no", pair.pairNo()).param("weight", pair.weight()).param("pattern", pair.pattern())
                    .param("hold", pair.hold() == null ? null : pair.hold().name())
                    .param("records", seal(key, refs(List.of(pair.first(), pair.second())), "linkage_pair.records:" + run + ":" + pair.pairNo()))
                    .update();
        }
    }

    List<StoredPair> pairs(UUID run, UUID agreement) {
        KeyScope key = KeyScope.agreement(agreement);
        return jdbc.sql("select * from linkage_pair where run_id = :run order by weight desc, pair_no").param("run", run)
                .query((rs, n) -> pair(rs, key, run)).list();
    }

    Optional<StoredPair> pair(UUID run, int pairNo, UUID agreement) {
        return jdbc.sql("select * from linkage_pair where run_id = :run and pair_no = :no").param("run", run).param("no", pairNo)
                .query((rs, n) -> pair(rs, KeyScope.agreement(agreement), run)).optional();
    }

    private StoredPair pair(ResultSet rs, KeyScope key, UUID run) throws SQLException {
        int no = rs.getInt("pair_no");
        List<RecordKey> records = keys(open(key, rs.getBytes("records"), "linkage_pair.records:" + run + ":" + no, StoredShapes.Refs.class).records());
        String hold = rs.getString("hold");
        return new StoredPair(no, rs.getDouble("weight"), rs.getInt("pattern"), hold == null ? null : Hold.valueOf(hold), records.get(0),
                records.get(1));
    }

    void insertPeople(UUID run, UUID agreement, List<StoredPerson> people) {
        KeyScope key = KeyScope.agreement(agreement);
        for (StoredPerson person : people) {
            jdbc.sql("insert into linkage_person (run_id, person_no, flags, records) values (:run, :no, :flags, :records)")
                    .param("run", run).param("no", person.personNo())
                    .param("flags", person.flags().stream().map(Enum::name).sorted().toArray(String[]::new))
                    .param("records", seal(key, refs(person.records()), "linkage_person.records:" + run + ":" + person.personNo()))
                    .update();
        }
    }

    List<StoredPerson> people(UUID run, UUID agreement) {
        KeyScope key = KeyScope.agreement(agreement);
        return jdbc.sql("select * from linkage_person where run_id = :run order by person_no").param("run", run)
                .query((rs, n) -> {
                    int no = rs.getInt("person_no");
                    Array flags = rs.getArray("flags");
                    Set<PersonFlag> set = EnumSet.noneOf(PersonFlag.class);
                    Arrays.stream((String[]) flags.getArray()).map(PersonFlag::valueOf).forEach(set::add);
                    return new StoredPerson(no, set, keys(open(key, rs.getBytes("records"), "linkage_person.records:" + run + ":" + no,
                            StoredShapes.Refs.class).records()));
                }).list();
    }

    // --- decisions -----------------------------------------------------------------------------------------

    void insertDecision(UUID plan, UUID agreement, Decision decision) {
        Object content = decision.kind() == DecisionKind.APART
                ? new StoredShapes.Split(StoredShapes.SHAPE, refsOf(decision.records()), refsOf(decision.rest()))
                : refs(decision.records());
        jdbc.sql("""
                        insert into linkage_decision (id, plan_id, kind, run_id, pair_no, decided_at, decided_by, records)
                        values (:id, :plan, :kind, :run, :pair, :at, :by, :records)""")
                .param("id", decision.id()).param("plan", plan).param("kind", decision.kind().name()).param("run", decision.runId())
                .param("pair", decision.pairNo()).param("at", Timestamp.from(decision.decidedAt())).param("by", decision.decidedBy())
                .param("records", seal(KeyScope.agreement(agreement), content, "linkage_decision.records:" + decision.id()))
                .update();
    }

    List<Decision> decisions(UUID plan, UUID agreement) {
        KeyScope key = KeyScope.agreement(agreement);
        return jdbc.sql("select * from linkage_decision where plan_id = :plan order by decided_at").param("plan", plan)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    DecisionKind kind = DecisionKind.valueOf(rs.getString("kind"));
                    String context = "linkage_decision.records:" + id;
                    List<RecordKey> records;
                    List<RecordKey> rest = List.of();
                    if (kind == DecisionKind.APART) {
                        StoredShapes.Split split = open(key, rs.getBytes("records"), context, StoredShapes.Split.class);
                        records = keys(split.separated());
                        rest = keys(split.rest());
                    } else {
                        records = keys(open(key, rs.getBytes("records"), context, StoredShapes.Refs.class).records());
                    }
                    int pair = rs.getInt("pair_no");
                    return new Decision(id, kind, rs.getObject("run_id", UUID.class), rs.wasNull() ? null : pair,
                            rs.getTimestamp("decided_at").toInstant(), rs.getObject("decided_by", UUID.class), records, rest);
                }).list();
    }

    Optional<DecisionKind> decisionOn(UUID run, int pairNo) {
        return jdbc.sql("select kind from linkage_decision where run_id = :run and pair_no = :no").param("run", run).param("no", pairNo)
                .query((rs, n) -> DecisionKind.valueOf(rs.getString("kind"))).optional();
    }

    // --- sealing -------------------------------------------------------------------------------------------

    byte[] seal(KeyScope key, Object value, String context) {
        return cipher.encrypt(key, json.writeValueAsBytes(value), context);
    }

    <T> T open(KeyScope key, byte[] sealed, String context, Class<T> type) {
        return json.readValue(cipher.decrypt(key, sealed, context), type);
    }

    static StoredShapes.Refs refs(List<RecordKey> keys) {
        return new StoredShapes.Refs(StoredShapes.SHAPE, refsOf(keys));
    }

    static List<StoredShapes.Ref> refsOf(List<RecordKey> keys) {
        return keys.stream().map(k -> new StoredShapes.Ref(k.organisationId(), k.ref())).toList();
    }

    static List<RecordKey> keys(List<StoredShapes.Ref> refs) {
        List<RecordKey> keys = new ArrayList<>(refs.size());
        refs.forEach(r -> keys.add(new RecordKey(r.source(), r.ref())));
        return keys;
    }
}
