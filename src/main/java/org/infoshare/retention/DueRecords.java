package org.infoshare.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.retention.rules.DisposalDate;
import org.infoshare.retention.rules.RecordType;
import org.infoshare.retention.rules.RetentionEvent;
import org.infoshare.retention.rules.RetentionRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The disposal plan worked out in the database, set-based (ADR 0095): the same rule as {@link DisposalPlanner} and
 * {@link org.infoshare.retention.rules.DisposalDates} (a legal hold first, then a review that decided not to keep,
 * then the rule in force or the withdrawal of consent that was the only lawful basis), and the same "waits until
 * everything depending on it is due" (a decision waits for its disclosures, a consent record for its decisions, a
 * person for everything about them), written as one query over the organisation's tables instead of loading every
 * record into Java. Only the due records leave the database. {@code DisposalPlanIT} runs both on the same records
 * and rules and requires them to agree.
 *
 * <p>A rule that runs from a birthday needs the person's date of birth, which is sealed under their key and so cannot be
 * read in SQL: while such a rule is in force ({@link #canPlan}) the planner in Java is used.
 */
@Repository
class DueRecords {

    /** One record's disposal date as the query works it out; {@code date} is null for HELD, WAITING and NO_RULE. */
    record Row(RecordType type, UUID id, UUID subject, UUID ruleId, DisposalDate.Kind kind, LocalDate date) {
    }

    /** What is due today, and how many records a legal hold keeps (itself or through a record depending on it). */
    record Due(List<Row> due, int held) {
    }

    private static final String UK = "'Europe/London'";

    private final JdbcClient jdbc;

    DueRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the query can work out these rules (no rule runs from a birthday, whose date is sealed). */
    static boolean canPlan(List<StoredRule> rules) {
        return rules.stream().noneMatch(r -> r.rule().event().needsAge());
    }

    /** The records due on {@code today} and the number held. */
    Due due(UUID organisation, LocalDate today, List<StoredRule> rules) {
        List<Row> due = new ArrayList<>();
        int[] held = {0};
        jdbc.sql("with plan as materialized (" + planSql(rules) + ")\n"
                        + "select type, id, subject, rule_id, kind, on_ from plan where kind = 'DISPOSE_ON' and on_ <= :today\n"
                        + "union all select 'HELD', null, null, null, 'HELD', null from plan where kind = 'HELD'")
                .param("organisation", organisation).param("today", today)
                .query(rs -> {
                    if (rs.getString("type").equals("HELD")) {
                        held[0]++;
                    } else {
                        due.add(row(rs));
                    }
                });
        return new Due(due, held[0]);
    }

    /** Every record's disposal date (for comparing with the planner in Java). */
    List<Row> all(UUID organisation, List<StoredRule> rules) {
        return jdbc.sql(planSql(rules)).param("organisation", organisation).query((rs, n) -> row(rs)).list();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(RecordType.valueOf(rs.getString("type")), rs.getObject("id", UUID.class), rs.getObject("subject", UUID.class),
                rs.getObject("rule_id", UUID.class), DisposalDate.Kind.valueOf(rs.getString("kind")), rs.getObject("on_", LocalDate.class));
    }

    /**
     * One query giving (type, id, subject, rule_id, kind, on_) for every record of the organisation. Each kind of
     * record first gets its own date (its facts, then {@link #own}); a record others depend on then takes the
     * latest of its own and theirs ({@link #latest}, as {@code DisposalDate.latest}).
     */
    String planSql(List<StoredRule> rules) {
        boolean lastContact = rules.stream().anyMatch(r -> r.rule().event() == RetentionEvent.LAST_CONTACT);
        // The person's last contact: the same expression as DisposalFacts.people, only when a rule runs from it.
        String lastContactSql = lastContact ? """
                greatest(c.last_contact_on,
                         (select max(recorded_at) from consent_record r where r.subject_id = s.id)::date,
                         (select max(decided_at) from sharing_decision d where d.subject_id = s.id)::date,
                         (select max(sent_at) from disclosure x where x.subject_id = s.id and x.sender_organisation = s.organisation_id)::date)"""
                : "null::date";
        String heldBoth = "(%1$s in (select subject_id from hs) or %2$s in (select record_id from hr))";
        String heldRecord = "(%s in (select record_id from hr))";
        return """
                with hs as (select subject_id from legal_hold where organisation_id = :organisation and lifted_at is null
                              and subject_id is not null and record_id is null),
                hr as (select record_id from legal_hold where organisation_id = :organisation and lifted_at is null and record_id is not null),
                rv as (select distinct on (record_id) record_id, reviewed_on, keep from record_review
                       where organisation_id = :organisation order by record_id, reviewed_on desc, id),
                p as (select s.id, (s.created_at at time zone %1$s)::date as recorded, c.closed_on as closed, %2$s as last_contact
                      from data_subject s left join person_case c on c.subject_id = s.id where s.organisation_id = :organisation),
                xf as (select x.id, x.subject_id as subject, x.decision_id as parent, d.agreement_id as agreement,
                              (x.sent_at at time zone %1$s)::date as e_sent, p.closed as e_closed, p.last_contact as e_contact,
                              (case when c.withdrawn_at is null then null
                                    when not d.consent_overridden
                                     and exists (select 1 from jsonb_array_elements(x.lawful_basis) b where b->>'code' = 'UKGDPR-A6-1A')
                                     and not exists (select 1 from jsonb_array_elements(x.lawful_basis) b
                                                     where b->>'code' like 'UKGDPR-A6-%%' and b->>'code' <> 'UKGDPR-A6-1A')
                                    then c.withdrawn_at end at time zone %1$s)::date as withdrawn,
                              %3$s as held, rv.reviewed_on as rv_on, rv.keep as rv_keep
                       from disclosure x
                       left join sharing_decision d on d.id = x.decision_id
                       left join consent_record c on c.id = d.consent_id
                       left join p on p.id = x.subject_id
                       left join rv on rv.record_id = x.id
                       where x.sender_organisation = :organisation),
                xo as (select id, subject, parent, %4$s from xf),
                df as (select d.id, d.subject_id as subject, d.consent_id as parent, d.agreement_id as agreement,
                              (d.decided_at at time zone %1$s)::date as e_decided, p.closed as e_closed, p.last_contact as e_contact,
                              null::date as withdrawn, %5$s as held, rv.reviewed_on as rv_on, rv.keep as rv_keep
                       from sharing_decision d left join p on p.id = d.subject_id left join rv on rv.record_id = d.id
                       where d.organisation_id = :organisation),
                dep_d as (%6$s from xo where parent is not null group by parent),
                do_ as (select f.id, f.subject, f.parent, o.rule_id, %7$s
                        from df f cross join lateral (select %8$s) o left join dep_d a on a.k = f.id),
                cf as (select c.id, c.subject_id as subject, null::uuid as agreement,
                              (c.recorded_at at time zone %1$s)::date as e_recorded,
                              case when c.withdrawn_at is not null then c.withdrawn_at::date
                                   when c.valid_until is not null and c.valid_until < current_date then c.valid_until end as e_ended,
                              p.closed as e_closed, p.last_contact as e_contact,
                              null::date as withdrawn, %9$s as held, rv.reviewed_on as rv_on, rv.keep as rv_keep
                       from consent_record c left join p on p.id = c.subject_id left join rv on rv.record_id = c.id
                       where c.organisation_id = :organisation),
                dep_c as (%6$s from do_ where parent is not null group by parent),
                co as (select f.id, f.subject, o.rule_id, %7$s
                       from cf f cross join lateral (select %10$s) o left join dep_c a on a.k = f.id),
                dep_p as (%6$s from (select subject as parent, kind, on_ from xo union all select subject, kind, on_ from do_
                                      union all select subject, kind, on_ from co) d where parent is not null group by parent),
                pf as (select p.id, p.id as subject, null::uuid as agreement, p.recorded as e_recorded, p.closed as e_closed,
                              p.last_contact as e_contact, null::date as withdrawn, %11$s as held, rv.reviewed_on as rv_on, rv.keep as rv_keep
                       from p left join rv on rv.record_id = p.id),
                po as (select f.id, f.subject, o.rule_id, %7$s
                       from pf f cross join lateral (select %12$s) o left join dep_p a on a.k = f.id),
                sf as (select u.id, null::uuid as subject, u.agreement_id as agreement, (u.finished_at at time zone %1$s)::date as e_sent,
                              (select max(v.terminated_on) from agreement_version v where v.agreement_id = u.agreement_id and v.status = 'TERMINATED') as e_ended,
                              null::date as withdrawn, %13$s as held, rv.reviewed_on as rv_on, rv.keep as rv_keep
                       from dataset_upload u left join rv on rv.record_id = u.id
                       where u.sender_organisation = :organisation and u.status = 'PUBLISHED'),
                qf as (select r.id, r.subject_id as subject, null::uuid as agreement, r.closed_on as e_closed,
                              null::date as withdrawn, %14$s as held, rv.reviewed_on as rv_on, rv.keep as rv_keep
                       from rights_request r left join rv on rv.record_id = r.id where r.organisation_id = :organisation),
                wf as (select w.id, null::uuid as subject, null::uuid as agreement, w.e_read,
                              null::date as withdrawn, false as held, rv.reviewed_on as rv_on, rv.keep as rv_keep
                       from (select cast('00000000-0000-0000-' || substr(lpad(to_hex(s.id), 16, '0'), 1, 4) || '-'
                                         || substr(lpad(to_hex(s.id), 16, '0'), 5) as uuid) as id,
                                    (s.window_to at time zone %1$s)::date as e_read
                             from record_read_seal s
                             where exists (select 1 from record_read r where r.read_at >= s.window_from and r.read_at < s.window_to
                                             and r.owner_organisation = :organisation)) w
                       left join rv on rv.record_id = w.id)
                select 'DISCLOSURE' as type, id, subject, rule_id, kind, on_ from xo
                union all select 'SHARING_DECISION', id, subject, rule_id, kind, on_ from do_
                union all select 'CONSENT_RECORD', id, subject, rule_id, kind, on_ from co
                union all select 'PERSON', id, subject, rule_id, kind, on_ from po
                union all select 'DATASET', id, subject, %15$s from sf
                union all select 'RIGHTS_REQUEST', id, subject, %16$s from qf
                union all select 'READ_LOG', id, subject, %17$s from wf
                """.formatted(UK, lastContactSql,
                heldBoth.formatted("x.subject_id", "x.id"),
                own(RecordType.DISCLOSURE, rules, Map.of(RetentionEvent.SENT, "e_sent", RetentionEvent.CASE_CLOSED, "e_closed",
                        RetentionEvent.LAST_CONTACT, "e_contact")),
                heldBoth.formatted("d.subject_id", "d.id"),
                "select parent as k, bool_or(kind = 'HELD') as h, bool_or(kind = 'WAITING') as w, bool_or(kind = 'REVIEW_ON') as r, "
                        + "max(on_) filter (where kind = 'DISPOSE_ON') as m",
                latest(),
                own(RecordType.SHARING_DECISION, rules, Map.of(RetentionEvent.DECISION_MADE, "e_decided", RetentionEvent.CASE_CLOSED, "e_closed",
                        RetentionEvent.LAST_CONTACT, "e_contact"), "f"),
                heldBoth.formatted("c.subject_id", "c.id"),
                own(RecordType.CONSENT_RECORD, rules, Map.of(RetentionEvent.RECORDED, "e_recorded", RetentionEvent.CONSENT_ENDED, "e_ended",
                        RetentionEvent.CASE_CLOSED, "e_closed", RetentionEvent.LAST_CONTACT, "e_contact"), "f"),
                heldBoth.formatted("p.id", "p.id"),
                own(RecordType.PERSON, rules, Map.of(RetentionEvent.RECORDED, "e_recorded", RetentionEvent.CASE_CLOSED, "e_closed",
                        RetentionEvent.LAST_CONTACT, "e_contact"), "f"),
                heldRecord.formatted("u.id"),
                heldRecord.formatted("r.id"),
                own(RecordType.DATASET, rules, Map.of(RetentionEvent.SENT, "e_sent", RetentionEvent.AGREEMENT_ENDED, "e_ended")),
                own(RecordType.RIGHTS_REQUEST, rules, Map.of(RetentionEvent.REQUEST_CLOSED, "e_closed")),
                own(RecordType.READ_LOG, rules, Map.of(RetentionEvent.READ, "e_read")));
    }

    private static String own(RecordType type, List<StoredRule> rules, Map<RetentionEvent, String> events) {
        return own(type, rules, events, null);
    }

    /**
     * A record's own rule id, kind and date as {@code rule_id, kind, on_}, over columns of its facts ({@code agreement},
     * {@code withdrawn}, {@code held}, {@code rv_on}, {@code rv_keep} and the events'); as {@code DisposalPlanner.planned}
     * then {@code DisposalDates.of}. An agreement's own rule before the organisation's. With {@code alias}, the columns
     * are qualified and the kind and date are named {@code own_kind}, {@code own_on} (for {@link #latest}).
     */
    private static String own(RecordType type, List<StoredRule> rules, Map<RetentionEvent, String> events, String alias) {
        String q = alias == null ? "" : alias + ".";
        Optional<StoredRule> general = rules.stream().filter(r -> r.rule().type() == type && r.agreementId() == null).findFirst();
        Map<UUID, StoredRule> perAgreement = new java.util.LinkedHashMap<>();
        rules.stream().filter(r -> r.rule().type() == type && r.agreementId() != null).forEach(r -> perAgreement.putIfAbsent(r.agreementId(), r));
        StringBuilder ruleId = new StringBuilder("case");
        StringBuilder kind = new StringBuilder("case");
        StringBuilder date = new StringBuilder("case");
        perAgreement.forEach((agreement, rule) -> {
            String when = " when " + q + "agreement = '" + agreement + "'::uuid then ";
            ruleId.append(when).append("'").append(rule.id()).append("'::uuid");
            kind.append(when).append(byRuleKind(rule.rule(), events, q));
            date.append(when).append(byRuleDate(rule.rule(), events, q));
        });
        String generalId = general.map(r -> "'" + r.id() + "'::uuid").orElse("null::uuid");
        String generalKind = general.map(r -> byRuleKind(r.rule(), events, q)).orElse("'NO_RULE'");
        String generalDate = general.map(r -> byRuleDate(r.rule(), events, q)).orElse("null::date");
        if (perAgreement.isEmpty()) {
            ruleId.setLength(0);
            kind.setLength(0);
            date.setLength(0);
            ruleId.append(generalId);
            kind.append(generalKind);
            date.append(generalDate);
        } else {
            ruleId.append(" else ").append(generalId).append(" end");
            kind.append(" else ").append(generalKind).append(" end");
            date.append(" else ").append(generalDate).append(" end");
        }
        String w = q + "withdrawn";
        String ownKind = "case when " + q + "held then 'HELD' when " + q + "rv_keep = false then 'DISPOSE_ON' when " + w + " is not null then 'DISPOSE_ON' else "
                + kind + " end";
        String ownDate = "case when " + q + "held then null::date when " + q + "rv_keep = false then " + q + "rv_on"
                + " when " + w + " is not null then case when (" + kind + ") = 'DISPOSE_ON' and (" + date + ") <= " + w + " then (" + date + ") else " + w + " end"
                + " else (" + date + ") end";
        return ruleId + " as rule_id, " + ownKind + (alias == null ? " as kind, " : " as own_kind, ") + ownDate + (alias == null ? " as on_" : " as own_on");
    }

    /** A rule's kind of date for one record: waiting while its event has not happened. */
    private static String byRuleKind(RetentionRule rule, Map<RetentionEvent, String> events, String q) {
        String event = q + events.get(rule.event());
        return "(case when " + event + " is null then 'WAITING' else '" + (rule.action() == RetentionRule.Action.REVIEW ? "REVIEW_ON" : "DISPOSE_ON")
                + "' end)";
    }

    /** A rule's date for one record: years then months after its event (as LocalDate.plusYears then plusMonths), or the review. */
    private static String byRuleDate(RetentionRule rule, Map<RetentionEvent, String> events, String q) {
        String event = q + events.get(rule.event());
        if (rule.action() == RetentionRule.Action.REVIEW) {
            return "((case when " + q + "rv_on > " + event + " then " + q + "rv_on else " + event + " end) + make_interval(years => "
                    + rule.reviewEveryYears() + "))::date";
        }
        return "((" + event + " + make_interval(years => " + rule.years() + ")) + make_interval(months => " + rule.months() + "))::date";
    }

    /** The kind and date of a record that waits for those depending on it (their flags h, w, r and latest date m in {@code a}). */
    private static String latest() {
        return """
                case when o.own_kind <> 'DISPOSE_ON' then o.own_kind when coalesce(a.h, false) then 'HELD' when coalesce(a.w, false) then 'WAITING'
                     when coalesce(a.r, false) then 'REVIEW_ON' else 'DISPOSE_ON' end as kind,
                case when o.own_kind <> 'DISPOSE_ON' then o.own_on when coalesce(a.h, false) or coalesce(a.w, false) or coalesce(a.r, false) then null
                     else greatest(o.own_on, a.m) end as on_""";
    }
}
