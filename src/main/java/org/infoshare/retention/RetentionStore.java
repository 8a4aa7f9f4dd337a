package org.infoshare.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.retention.rules.RecordType;
import org.infoshare.retention.rules.RetentionEvent;
import org.infoshare.retention.rules.RetentionRule;
import org.infoshare.database.PagedQuery;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Retention rules, cases, reviews and holds: SQL. A hold's reasons are sealed under the organisation's key. */
@Repository
class RetentionStore {

    /** A legal hold as stored. */
    record Hold(UUID id, UUID organisationId, UUID subjectId, RecordType recordType, UUID recordId, String reason, Instant placedAt,
                UUID placedBy, Instant liftedAt, UUID liftedBy, String liftReason) {
        boolean active() {
            return liftedAt == null;
        }
    }

    /** What the organisation recorded about a person's case. */
    record Case(UUID subjectId, LocalDate closedOn, LocalDate lastContactOn) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    RetentionStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    // --- rules -------------------------------------------------------------------------------------------

    void replaceRule(UUID organisation, RecordType type, UUID agreement, Instant now) {
        jdbc.sql("""
                        update retention_rule set replaced_at = :now
                        where organisation_id = :organisation and record_type = :type and agreement_id is not distinct from :agreement
                          and replaced_at is null""")
                .param("now", ts(now)).param("organisation", organisation).param("type", type.name()).param("agreement", agreement).update();
    }

    int nextVersion(UUID organisation, RecordType type, UUID agreement) {
        return jdbc.sql("""
                        select coalesce(max(version), 0) + 1 from retention_rule
                        where organisation_id = :organisation and record_type = :type and agreement_id is not distinct from :agreement""")
                .param("organisation", organisation).param("type", type.name()).param("agreement", agreement).query(Integer.class).single();
    }

    void insertRule(StoredRule r) {
        RetentionRule rule = r.rule();
        jdbc.sql("""
                        insert into retention_rule (id, organisation_id, record_type, agreement_id, version, action, event, years, months, age,
                            review_every_years, school_year_ends, source, made_at, made_by)
                        values (:id, :organisation, :type, :agreement, :version, :action, :event, :years, :months, :age, :review,
                            :schoolYear, :source, :at, :by)""")
                .param("id", r.id()).param("organisation", r.organisationId()).param("type", rule.type().name())
                .param("agreement", r.agreementId()).param("version", r.version()).param("action", rule.action().name())
                .param("event", rule.event().name()).param("years", rule.years()).param("months", rule.months()).param("age", rule.age())
                .param("review", rule.reviewEveryYears()).param("schoolYear", String.format("%02d-%02d", rule.schoolYearEnds().getMonthValue(),
                        rule.schoolYearEnds().getDayOfMonth()))
                .param("source", rule.source()).param("at", ts(r.madeAt())).param("by", r.madeBy()).update();
    }

    List<StoredRule> currentRules(UUID organisation) {
        return jdbc.sql("select * from retention_rule where organisation_id = :organisation and replaced_at is null order by record_type, agreement_id nulls first")
                .param("organisation", organisation).query(RetentionStore::rule).list();
    }

    List<StoredRule> allRules(UUID organisation) {
        return jdbc.sql("select * from retention_rule where organisation_id = :organisation order by record_type, agreement_id nulls first, version desc")
                .param("organisation", organisation).query(RetentionStore::rule).list();
    }

    Optional<StoredRule> rule(UUID id) {
        return jdbc.sql("select * from retention_rule where id = :id").param("id", id).query(RetentionStore::rule).optional();
    }

    // --- cases and reviews -------------------------------------------------------------------------------

    void closeCase(UUID subject, UUID organisation, LocalDate closedOn, UUID by, Instant now) {
        jdbc.sql("""
                        insert into person_case (subject_id, organisation_id, closed_on, changed_at, changed_by) values (:subject, :organisation, :on, :now, :by)
                        on conflict (subject_id) do update set closed_on = :on, changed_at = :now, changed_by = :by""")
                .param("subject", subject).param("organisation", organisation).param("on", closedOn).param("now", ts(now)).param("by", by).update();
    }

    void reopenCase(UUID subject, UUID by, Instant now) {
        jdbc.sql("update person_case set closed_on = null, changed_at = :now, changed_by = :by where subject_id = :subject")
                .param("subject", subject).param("now", ts(now)).param("by", by).update();
    }

    void lastContact(UUID subject, UUID organisation, LocalDate on, UUID by, Instant now) {
        jdbc.sql("""
                        insert into person_case (subject_id, organisation_id, last_contact_on, changed_at, changed_by) values (:subject, :organisation, :on, :now, :by)
                        on conflict (subject_id) do update set last_contact_on = greatest(person_case.last_contact_on, :on), changed_at = :now, changed_by = :by""")
                .param("subject", subject).param("organisation", organisation).param("on", on).param("now", ts(now)).param("by", by).update();
    }

    Optional<Case> caseOf(UUID subject) {
        return jdbc.sql("select * from person_case where subject_id = :subject").param("subject", subject)
                .query((rs, n) -> new Case(subject, rs.getObject("closed_on", LocalDate.class), rs.getObject("last_contact_on", LocalDate.class)))
                .optional();
    }

    void review(UUID organisation, RecordType type, UUID record, LocalDate on, boolean keep, UUID by) {
        jdbc.sql("""
                        insert into record_review (id, organisation_id, record_type, record_id, reviewed_on, reviewed_by, keep)
                        values (:id, :organisation, :type, :record, :on, :by, :keep)""")
                .param("id", UUID.randomUUID()).param("organisation", organisation).param("type", type.name()).param("record", record)
                .param("on", on).param("by", by).param("keep", keep).update();
    }

    /** The latest review of each reviewed record of the organisation: the date, and whether it was to be kept. */
    Map<UUID, Map.Entry<LocalDate, Boolean>> latestReviews(UUID organisation) {
        return jdbc.sql("""
                        select distinct on (record_id) record_id, reviewed_on, keep from record_review
                        where organisation_id = :organisation order by record_id, reviewed_on desc, id""")
                .param("organisation", organisation)
                .query((rs, n) -> Map.entry(rs.getObject("record_id", UUID.class), Map.entry(rs.getObject("reviewed_on", LocalDate.class),
                        rs.getBoolean("keep"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    // --- holds -------------------------------------------------------------------------------------------

    void placeHold(UUID id, UUID organisation, UUID subject, RecordType type, UUID record, String reason, UUID by, Instant now) {
        jdbc.sql("""
                        insert into legal_hold (id, organisation_id, subject_id, record_type, record_id, reason_enc, placed_at, placed_by)
                        values (:id, :organisation, :subject, :type, :record, :reason, :now, :by)""")
                .param("id", id).param("organisation", organisation).param("subject", subject).param("type", type == null ? null : type.name())
                .param("record", record).param("reason", cipher.encryptText(KeyScope.organisation(organisation), reason, "legal_hold.reason_enc:" + id))
                .param("now", ts(now)).param("by", by).update();
    }

    boolean liftHold(UUID id, UUID organisation, String reason, UUID by, Instant now) {
        return jdbc.sql("""
                        update legal_hold set lifted_at = :now, lifted_by = :by, lift_reason_enc = :reason
                        where id = :id and organisation_id = :organisation and lifted_at is null""")
                .param("now", ts(now)).param("by", by)
                .param("reason", cipher.encryptText(KeyScope.organisation(organisation), reason, "legal_hold.lift_reason_enc:" + id))
                .param("id", id).param("organisation", organisation).update() == 1;
    }

    List<Hold> holds(UUID organisation, boolean activeOnly) {
        return jdbc.sql("select * from legal_hold where organisation_id = :organisation" + (activeOnly ? " and lifted_at is null" : "")
                        + " order by placed_at desc")
                .param("organisation", organisation).query(this::holdRow).list();
    }

    /** One page of the organisation's holds, the latest placed first, narrowed by status, person and the days placed (ADR 0017). */
    Page<Hold> holds(UUID organisation, String status, UUID subject, ListFilter filter, PageRequest request) {
        return PagedQuery.from(jdbc, "legal_hold h")
                .where("h.organisation_id = :organisation", "organisation", organisation)
                .whereIf("ACTIVE".equals(status), "h.lifted_at is null")
                .whereIf("LIFTED".equals(status), "h.lifted_at is not null")
                .whereGiven(subject, "h.subject_id = :subject", "subject")
                .whereGiven(filter.fromMoment(), "h.placed_at >= :from", "from")
                .whereGiven(filter.toMomentExclusive(), "h.placed_at < :to", "to")
                .page("h.*", "h.placed_at desc, h.id", request, this::holdRow);
    }

    Optional<Hold> hold(UUID id) {
        return jdbc.sql("select * from legal_hold where id = :id").param("id", id).query(this::holdRow).optional();
    }

    private Hold holdRow(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID organisation = rs.getObject("organisation_id", UUID.class);
        KeyScope key = KeyScope.organisation(organisation);
        String type = rs.getString("record_type");
        return new Hold(id, organisation, rs.getObject("subject_id", UUID.class), type == null ? null : RecordType.valueOf(type),
                rs.getObject("record_id", UUID.class), cipher.decryptText(key, rs.getBytes("reason_enc"), "legal_hold.reason_enc:" + id),
                instant(rs, "placed_at"), rs.getObject("placed_by", UUID.class), instant(rs, "lifted_at"), rs.getObject("lifted_by", UUID.class),
                cipher.decryptText(key, rs.getBytes("lift_reason_enc"), "legal_hold.lift_reason_enc:" + id));
    }

    private static StoredRule rule(ResultSet rs, int n) throws SQLException {
        String[] schoolYear = rs.getString("school_year_ends").split("-");
        RetentionRule rule = new RetentionRule(RecordType.valueOf(rs.getString("record_type")), RetentionRule.Action.valueOf(rs.getString("action")),
                RetentionEvent.valueOf(rs.getString("event")), rs.getInt("years"), rs.getInt("months"), rs.getObject("age", Integer.class),
                rs.getInt("review_every_years"), MonthDay.of(Integer.parseInt(schoolYear[0]), Integer.parseInt(schoolYear[1])), rs.getString("source"));
        return new StoredRule(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class), rs.getObject("agreement_id", UUID.class),
                rs.getInt("version"), rule, instant(rs, "made_at"), rs.getObject("made_by", UUID.class), instant(rs, "replaced_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Disclosures the organisation sent under an agreement, counted per recipient organisation (for the record of processing). */
    /** How many disclosures one organisation sent another under an agreement. */
    record SentBetween(UUID from, UUID to, long count) {
    }

    /** Every party's disclosures under the agreement, per sender and recipient. */
    List<SentBetween> sentUnder(UUID agreement) {
        return jdbc.sql("""
                        select x.sender_organisation, x.recipient_organisation, count(*) from disclosure x join sharing_decision d on d.id = x.decision_id
                        where d.agreement_id = :agreement group by x.sender_organisation, x.recipient_organisation""")
                .param("agreement", agreement)
                .query((rs, n) -> new SentBetween(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3))).list();
    }

    Map<UUID, Long> sentUnder(UUID organisation, UUID agreement) {
        record Sent(UUID to, long count) {
        }
        return jdbc.sql("""
                        select x.recipient_organisation, count(*) from disclosure x join sharing_decision d on d.id = x.decision_id
                        where x.sender_organisation = :organisation and d.agreement_id = :agreement group by x.recipient_organisation""")
                .param("organisation", organisation).param("agreement", agreement)
                .query((rs, n) -> new Sent(rs.getObject(1, UUID.class), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Sent::to, Sent::count));
    }
}
