package org.infoshare.decision;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.decision.record.DecisionRecord;
import org.infoshare.decision.record.DecisionRecords;
import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.Outcome;
import org.infoshare.decision.rules.Question;
import org.infoshare.database.PagedQuery;
import org.infoshare.database.SqlCondition;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decisions' SQL. The record is one JSON document sealed under the subject's key, with its schema version on the
 * row; rows of schema 1 (three documents) are still read. Free texts added later (advice, review, who was told)
 * are sealed in their own columns; ids, codes, statuses and times are clear for queues and audit.
 */
@Repository
class DecisionStore {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final DecisionRecords records;
    private final JsonMapper json;

    DecisionStore(JdbcClient jdbc, PersonalDataCipher cipher, DecisionRecords records, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.records = records;
        this.json = json;
    }

    record NewDecision(UUID id, UUID organisationId, DecisionRecord record, String engineVersion, UUID decidedBy, Set<UUID> teams,
                       Instant decidedAt, UUID reconsidersId, String newInformation, UUID requestId, Role adviserRole, UUID familyDecisionId) {

        Outcome outcome() {
            return Outcome.valueOf(record.result().outcome());
        }

        boolean decided() {
            return outcome() != Outcome.SEEK_ADVICE;
        }

        RecordedDecision asRecorded() {
            DecisionRecord.Stated s = record.stated();
            return new RecordedDecision(id, organisationId, s.subjectId(), s.recipientOrganisationId(), s.recipientTeamId(), record, outcome(),
                    decided() ? DecisionStatus.DECIDED : DecisionStatus.AWAITING_ADVICE, engineVersion, DecisionRecord.CURRENT, decidedBy, teams,
                    decidedAt, decided() ? decidedAt : null, reconsidersId, newInformation, List.of(), requestId, adviserRole, null,
                    record.result().managerReview() ? new RecordedDecision.Review(RecordedDecision.ReviewStatus.OPEN, null, null, null) : null, null,
                    familyDecisionId, null);
        }
    }

    void insert(NewDecision d) {
        DecisionRecord.Stated stated = d.record().stated();
        DecisionRecord.Result result = d.record().result();
        UUID subject = stated.subjectId();
        jdbc.sql("""
                        insert into sharing_decision (id, organisation_id, subject_id, recipient_organisation_id, recipient_team_id, mode, purpose,
                            outcome, status, engine_version, schema_version, record_enc, consent_id, consent_overridden, agreement_id,
                            reconsiders_id, new_information_enc, request_id, adviser_role, decided_by, decided_by_teams, decided_at, completed_at,
                            review_status, family_decision_id, lawful_basis)
                        values (:id, :organisation, :subject, :recipient, :team, :mode, :purpose, :outcome, :status, :engine, :schema, :record,
                            :consent, :overridden, :agreement, :reconsiders, :newInformation, :request, :adviser, :by, :teams, :at,
                            :completed, :review, :family, :basis)""")
                .param("id", d.id())
                .param("organisation", d.organisationId())
                .param("subject", subject)
                .param("recipient", stated.recipientOrganisationId())
                .param("team", stated.recipientTeamId())
                .param("mode", d.record().facts().mode())
                .param("purpose", d.record().facts().purpose().code())
                .param("outcome", result.outcome())
                .param("status", d.decided() ? DecisionStatus.DECIDED.name() : DecisionStatus.AWAITING_ADVICE.name())
                .param("engine", d.engineVersion())
                .param("schema", DecisionRecord.CURRENT)
                .param("record", seal(subject, records.write(d.record()), "record_enc", d.id()))
                .param("consent", stated.consentId())
                .param("overridden", result.consentOverridden())
                .param("agreement", result.agreementId())
                .param("reconsiders", d.reconsidersId())
                .param("newInformation", d.newInformation() == null ? null : seal(subject, d.newInformation(), "new_information_enc", d.id()))
                .param("request", d.requestId())
                .param("adviser", d.adviserRole() == null ? null : d.adviserRole().name())
                .param("by", d.decidedBy())
                .param("teams", d.teams().toArray(UUID[]::new))
                .param("at", utc(d.decidedAt()))
                .param("completed", d.decided() ? utc(d.decidedAt()) : null)
                .param("review", result.managerReview() ? RecordedDecision.ReviewStatus.OPEN.name() : null)
                .param("family", d.familyDecisionId())
                .param("basis", lawfulBasis(result))
                .update();
    }

    /** The Article 6 basis the decision relied on, as its catalogue code, kept in clear for the partnership's reports. */
    private static String lawfulBasis(DecisionRecord.Result result) {
        return result.chain().stream().filter(link -> "ARTICLE_6".equals(link.kind())).map(DecisionRecord.Link::code).findFirst().orElse(null);
    }

    /** Advice completed (or moved on) a decision: the record gains the new result, the row its new state. */
    void advised(RecordedDecision decision, DecisionRecord record, Map<Question, Answer> answers, String advice, UUID by, Instant now) {
        DecisionRecord.Result result = record.result();
        boolean decided = !Outcome.SEEK_ADVICE.name().equals(result.outcome());
        jdbc.sql("""
                        update sharing_decision set outcome = :outcome, status = :status, schema_version = :schema, record_enc = :record,
                            stated_enc = null, facts_enc = null, result_enc = null, consent_overridden = :overridden, agreement_id = :agreement,
                            completed_at = :completed, advised_by = :by, advised_at = :now, advice_answers = :answers, advice_enc = :advice,
                            adviser_role = :adviser, review_status = :review, lawful_basis = :basis
                        where id = :id and status = 'AWAITING_ADVICE'""")
                .param("id", decision.id())
                .param("outcome", result.outcome())
                .param("status", decided ? DecisionStatus.DECIDED.name() : DecisionStatus.AWAITING_ADVICE.name())
                .param("schema", DecisionRecord.CURRENT)
                .param("record", seal(decision.subjectId(), records.write(record), "record_enc", decision.id()))
                .param("overridden", result.consentOverridden())
                .param("agreement", result.agreementId())
                .param("completed", decided ? utc(now) : null)
                .param("by", by)
                .param("now", utc(now))
                .param("answers", json.writeValueAsString(answers))
                .param("advice", seal(decision.subjectId(), advice.strip(), "advice_enc", decision.id()))
                .param("adviser", decided || result.adviser() == null ? (decision.adviserRole() == null ? null : decision.adviserRole().name())
                        : result.adviser())
                .param("review", result.managerReview() ? RecordedDecision.ReviewStatus.OPEN.name() : null)
                .param("basis", lawfulBasis(result))
                .update();
    }

    /** The practitioner disagreed: the decision waits for a manager's or the DPO's judgement. */
    boolean disagreed(RecordedDecision decision, DecisionRecord record, Role judge, UUID by, Instant now) {
        return jdbc.sql("""
                        update sharing_decision set status = 'AWAITING_JUDGEMENT', completed_at = null, schema_version = :schema, record_enc = :record,
                            stated_enc = null, facts_enc = null, result_enc = null, judge_role = :judge, disagreed_by = :by, disagreed_at = :now
                        where id = :id and status = 'DECIDED' and disagreed_at is null""")
                .param("id", decision.id()).param("schema", DecisionRecord.CURRENT)
                .param("record", seal(decision.subjectId(), records.write(record), "record_enc", decision.id()))
                .param("judge", judge.name()).param("by", by).param("now", utc(now))
                .update() == 1;
    }

    /** A judgement settled the disagreement: the record keeps both views and the outcome decided on them. */
    boolean judged(RecordedDecision decision, DecisionRecord record, UUID by, Instant now) {
        DecisionRecord.Result result = record.result();
        return jdbc.sql("""
                        update sharing_decision set status = 'DECIDED', outcome = :outcome, completed_at = :now, record_enc = :record,
                            consent_overridden = :overridden, agreement_id = :agreement, judged_by = :by, judged_at = :now,
                            review_status = :review, lawful_basis = :basis
                        where id = :id and status = 'AWAITING_JUDGEMENT'""")
                .param("id", decision.id()).param("outcome", result.outcome()).param("basis", lawfulBasis(result))
                .param("record", seal(decision.subjectId(), records.write(record), "record_enc", decision.id()))
                .param("overridden", result.consentOverridden()).param("agreement", result.agreementId())
                .param("review", result.managerReview() ? RecordedDecision.ReviewStatus.OPEN.name() : null)
                .param("by", by).param("now", utc(now))
                .update() == 1;
    }

    void reviewed(RecordedDecision decision, RecordedDecision.ReviewStatus status, String comments, UUID by, Instant now) {
        jdbc.sql("update sharing_decision set review_status = :status, reviewed_by = :by, reviewed_at = :now, review_enc = :comments where id = :id and review_status = 'OPEN'")
                .param("id", decision.id()).param("status", status.name()).param("by", by).param("now", utc(now))
                .param("comments", seal(decision.subjectId(), comments.strip(), "review_enc", decision.id()))
                .update();
    }

    void verbalShare(RecordedDecision decision, Instant sharedAt, String sharedWith) {
        jdbc.sql("update sharing_decision set verbal_shared_at = :at, verbal_shared_with_enc = :with where id = :id")
                .param("id", decision.id()).param("at", utc(sharedAt))
                .param("with", seal(decision.subjectId(), sharedWith.strip(), "verbal_shared_with_enc", decision.id()))
                .update();
    }

    void writtenConfirmation(UUID id, Instant now) {
        jdbc.sql("update sharing_decision set written_confirmed_at = :now where id = :id").param("id", id).param("now", utc(now)).update();
    }

    long count() {
        return jdbc.sql("select count(*) from sharing_decision").query(Long.class).single();
    }

    Optional<RecordedDecision> find(UUID id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(this::row).optional();
    }

    /** The organisation's newest decision on an information request, found by the request's id alone. */
    Optional<RecordedDecision> latestForRequest(UUID organisationId, UUID requestId) {
        return jdbc.sql(SELECT + " where d.organisation_id = :organisation and d.request_id = :request order by d.decided_at desc limit 1")
                .param("organisation", organisationId).param("request", requestId).query(this::row).optional();
    }

    /**
     * One page of the organisation's decisions the caller may see (theirs, or about people they may see), newest
     * first, narrowed by person, status or outcome, recipient organisation and the days decided.
     */
    Page<RecordedDecision> page(UUID organisationId, UUID userId, SqlCondition mayView, UUID person, String outcome, String status,
                                ListFilter filter, PageRequest request) {
        return page(organisationId, userId, mayView, person, outcome, status, null, filter, request);
    }

    /** {@link #page}, further narrowed by {@code also} (a condition on the decision, {@code d}) when given. */
    Page<RecordedDecision> page(UUID organisationId, UUID userId, SqlCondition mayView, UUID person, String outcome, String status,
                                SqlCondition also, ListFilter filter, PageRequest request) {
        PagedQuery query = PagedQuery.from(jdbc, "sharing_decision d")
                .where("d.organisation_id = :organisation", "organisation", organisationId)
                .where(new SqlCondition("d.decided_by = :user or " + mayView.sql(), mayView.params())).param("user", userId);
        if (also != null) {
            query.where(also);
        }
        return query
                .whereGiven(person, "d.subject_id = :person", "person")
                .whereGiven(outcome, "d.outcome = :outcome", "outcome")
                .whereGiven(status, "d.status = :status", "status")
                .whereGiven(filter.organisation(), "d.recipient_organisation_id = :recipient", "recipient")
                .whereGiven(filter.fromMoment(), "d.decided_at >= :from", "from")
                .whereGiven(filter.toMomentExclusive(), "d.decided_at < :to", "to")
                .page(SELECT_COLUMNS, "d.decided_at desc, d.id desc", request, this::row);
    }

    List<RecordedDecision> forSubject(UUID subjectId) {
        return jdbc.sql(SELECT + " where d.subject_id = :subject order by d.decided_at desc").param("subject", subjectId).query(this::row).list();
    }

    List<RecordedDecision> forFamily(UUID organisationId, UUID familyDecisionId) {
        return jdbc.sql(SELECT + " where d.organisation_id = :organisation and d.family_decision_id = :family order by d.decided_at, d.id")
                .param("organisation", organisationId).param("family", familyDecisionId).query(this::row).list();
    }

    List<RecordedDecision> awaitingAdvice(UUID organisationId, Collection<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where d.organisation_id = :organisation and d.status = 'AWAITING_ADVICE' and d.adviser_role in (:roles) order by d.decided_at")
                .param("organisation", organisationId).param("roles", roles.stream().map(Enum::name).toList())
                .query(this::row).list();
    }

    /** What the adviser's desk narrows to: waiting for advice from a role the caller holds, or advised by them. */
    static final Map<String, String> ADVICE_STATES = Map.of(
            "AWAITING", "d.status = 'AWAITING_ADVICE' and d.adviser_role = any(:roles)",
            "ADVISED", "d.advised_by = :user");

    /**
     * One page of the advice queue: decisions of the organisation the caller may see that wait for advice from one of
     * {@code roles} or that the caller advised, narrowed by that state and the days advice was asked; those waiting
     * first, the longest waiting first, then the advice given, the newest first.
     */
    Page<RecordedDecision> advicePage(UUID organisationId, Collection<Role> roles, UUID userId, SqlCondition mayView, String state,
                                      ListFilter filter, PageRequest request) {
        return PagedQuery.from(jdbc, "sharing_decision d")
                .where("d.organisation_id = :organisation", "organisation", organisationId)
                .where(new SqlCondition("d.decided_by = :user or " + mayView.sql(), mayView.params())).param("user", userId)
                .where(new SqlCondition(state == null ? ADVICE_STATES.get("AWAITING") + " or " + ADVICE_STATES.get("ADVISED") : ADVICE_STATES.get(state),
                        Map.of("roles", roles.stream().map(Enum::name).toArray(String[]::new))))
                .whereGiven(filter.fromMoment(), "d.decided_at >= :from", "from")
                .whereGiven(filter.toMomentExclusive(), "d.decided_at < :to", "to")
                .page(SELECT_COLUMNS, "d.status <> 'AWAITING_ADVICE', case when d.status = 'AWAITING_ADVICE' then d.decided_at end, "
                        + "d.advised_at desc, d.id", request, this::row);
    }

    List<RecordedDecision> awaitingJudgement(UUID organisationId, Collection<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where d.organisation_id = :organisation and d.status = 'AWAITING_JUDGEMENT' and d.judge_role in (:roles) order by d.disagreed_at")
                .param("organisation", organisationId).param("roles", roles.stream().map(Enum::name).toList())
                .query(this::row).list();
    }

    List<RecordedDecision> openReviews(UUID organisationId) {
        return jdbc.sql(SELECT + " where d.organisation_id = :organisation and d.review_status = 'OPEN' order by d.decided_at")
                .param("organisation", organisationId).query(this::row).list();
    }

    List<RecordedDecision> awaitingWrittenConfirmation(UUID organisationId) {
        return jdbc.sql(SELECT + " where d.organisation_id = :organisation and d.verbal_shared_at is not null and d.written_confirmed_at is null order by d.verbal_shared_at")
                .param("organisation", organisationId).query(this::row).list();
    }

    private static final String SELECT_COLUMNS =
            "d.*, (select array_agg(r.id order by r.decided_at) from sharing_decision r where r.reconsiders_id = d.id) as reconsidered_by";
    private static final String SELECT = "select " + SELECT_COLUMNS + " from sharing_decision d";

    private RecordedDecision row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID subject = rs.getObject("subject_id", UUID.class);
        int schema = rs.getInt("schema_version");
        String engine = rs.getString("engine_version");
        DecisionRecord record = schema == 1
                ? records.readSchema1(open(subject, rs.getBytes("stated_enc"), "stated_enc", id), open(subject, rs.getBytes("facts_enc"), "facts_enc", id),
                        open(subject, rs.getBytes("result_enc"), "result_enc", id), engine)
                : records.read(open(subject, rs.getBytes("record_enc"), "record_enc", id));
        RecordedDecision.Advice advice = null;
        if (rs.getObject("advised_at") != null) {
            Map<Question, Answer> answers = new EnumMap<>(Question.class);
            Map<?, ?> raw = json.readValue(rs.getString("advice_answers"), Map.class);
            raw.forEach((k, v) -> {
                Question question = known(Question.class, String.valueOf(k));
                Answer answer = known(Answer.class, String.valueOf(v));
                if (question != null && answer != null) {
                    answers.put(question, answer);
                }
            });
            advice = new RecordedDecision.Advice(rs.getObject("advised_by", UUID.class), instant(rs, "advised_at"), answers,
                    open(subject, rs.getBytes("advice_enc"), "advice_enc", id));
        }
        RecordedDecision.Review review = null;
        if (rs.getString("review_status") != null) {
            review = new RecordedDecision.Review(RecordedDecision.ReviewStatus.valueOf(rs.getString("review_status")),
                    rs.getObject("reviewed_by", UUID.class), instant(rs, "reviewed_at"), open(subject, rs.getBytes("review_enc"), "review_enc", id));
        }
        RecordedDecision.VerbalShare verbal = null;
        if (rs.getObject("verbal_shared_at") != null) {
            verbal = new RecordedDecision.VerbalShare(instant(rs, "verbal_shared_at"),
                    open(subject, rs.getBytes("verbal_shared_with_enc"), "verbal_shared_with_enc", id), instant(rs, "written_confirmed_at"));
        }
        String adviser = rs.getString("adviser_role");
        String judge = rs.getString("judge_role");
        return new RecordedDecision(id, rs.getObject("organisation_id", UUID.class), subject,
                rs.getObject("recipient_organisation_id", UUID.class), rs.getObject("recipient_team_id", UUID.class), record,
                Outcome.valueOf(rs.getString("outcome")), DecisionStatus.valueOf(rs.getString("status")), engine, schema,
                rs.getObject("decided_by", UUID.class), uuids(rs.getArray("decided_by_teams")), instant(rs, "decided_at"),
                instant(rs, "completed_at"), rs.getObject("reconsiders_id", UUID.class),
                open(subject, rs.getBytes("new_information_enc"), "new_information_enc", id),
                List.copyOf(uuids(rs.getArray("reconsidered_by"))),
                rs.getObject("request_id", UUID.class), adviser == null ? null : Role.valueOf(adviser), advice, review, verbal,
                rs.getObject("family_decision_id", UUID.class), judge == null ? null : Role.valueOf(judge));
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private byte[] seal(UUID subject, String text, String column, UUID id) {
        return cipher.encryptText(KeyScope.subject(subject), text, "sharing_decision." + column + ":" + id);
    }

    private String open(UUID subject, byte[] sealed, String column, UUID id) {
        return cipher.decryptText(KeyScope.subject(subject), sealed, "sharing_decision." + column + ":" + id);
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        return array == null ? Set.of() : new java.util.LinkedHashSet<>(Arrays.asList((UUID[]) array.getArray()));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
