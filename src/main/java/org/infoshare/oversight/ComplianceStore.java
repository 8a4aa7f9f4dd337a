package org.infoshare.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.infoshare.shared.UkCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's SQL over the registers' clear columns (ids, codes, statuses, dates), for one organisation or, with
 * a null organisation, the whole partnership. It reads, never writes, and reads no sealed column.
 */
@Repository
class ComplianceStore {

    /**
     * One entry in a list behind a figure: whose it is, how people refer to it, when it started, what is owed by
     * when (a day, or an instant for the 72 hours) and the page where its organisation works on it.
     */
    record Entry(UUID organisationId, UUID id, String reference, LocalDate date, LocalDate dueOn, Instant dueAt, String link) {
    }

    private static final String ORG = "(cast(:org as uuid) is null or %s = cast(:org as uuid))";

    private final JdbcClient jdbc;

    ComplianceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Entry> awaitingAdvice(UUID organisation) {
        return entries("""
                select organisation_id, id, null, decided_at, null::date, null::timestamptz, case when status = 'AWAITING_JUDGEMENT' then '/advice/judgements/' else '/advice/' end || id from sharing_decision
                where status in ('AWAITING_ADVICE', 'AWAITING_JUDGEMENT') and %s order by decided_at""".formatted(ORG.formatted("organisation_id")),
                organisation, null);
    }

    List<Entry> awaitingReview(UUID organisation) {
        return entries("""
                select organisation_id, id, null, decided_at, null::date, null::timestamptz, '/advice/reviews/' || id from sharing_decision
                where review_status = 'OPEN' and %s order by decided_at""".formatted(ORG.formatted("organisation_id")), organisation, null);
    }

    /** Consultations the organisation was asked to answer and has not finished, with the day now owed. */
    List<Entry> foiOpen(UUID organisation, LocalDate today, boolean overdue) {
        return entries("""
                select c.organisation_id, c.id, 'FOI-' || lpad(r.number::text, 6, '0'), c.sent_at,
                       case when c.status = 'SENT' then c.respond_by else c.complete_by end, null::timestamptz,
                       '/foi/consultations/' || c.id || case when c.status = 'SENT' then '/response' else '/exchange' end
                from foi_consultation c join foi_request r on r.id = c.request_id
                where r.status = 'OPEN' and (c.status = 'SENT' or (c.status = 'RESPONDED' and c.complete_by is not null))
                  and (case when c.status = 'SENT' then c.respond_by else c.complete_by end) %s cast(:day as date) and %s
                order by 5, 3""".formatted(overdue ? "<" : ">=", ORG.formatted("c.organisation_id")), organisation, today);
    }

    List<Entry> openIncidents(UUID organisation, Instant pastClockAt) {
        return entries("""
                select organisation_id, id, 'INC-' || lpad(number::text, 6, '0'), aware_at, null::date, aware_at + interval '72 hours',
                       '/incidents/' || id
                from incident where status = 'OPEN' and %s %s order by aware_at""".formatted(ORG.formatted("organisation_id"),
                pastClockAt == null ? "" : "and ico_decided_at is null and aware_at + interval '72 hours' < cast(:day as timestamptz)"),
                organisation, pastClockAt == null ? null : pastClockAt.atOffset(ZoneOffset.UTC));
    }

    List<Entry> lapsedTraining(UUID organisation, LocalDate today) {
        return entries("""
                select organisation_id, id, null, training_expires_on, training_expires_on, null::timestamptz, '/staff/' || id from app_user
                where status = 'ACTIVE' and training_expires_on < cast(:day as date) and %s
                order by training_expires_on""".formatted(ORG.formatted("organisation_id")), organisation, today);
    }

    /** Disclosures sent before {@code sentBefore}, still open to their recipient, that nobody has opened. */
    List<Entry> neverOpened(UUID organisation, Instant sentBefore) {
        return entries("""
                select sender_organisation, id, null, sent_at, null::date, null::timestamptz, '/disclosures/' || id from disclosure
                where first_opened_at is null and withdrawn_at is null and (access_until is null or access_until >= current_date)
                  and sent_at < cast(:day as timestamptz) and %s order by sent_at""".formatted(ORG.formatted("sender_organisation")),
                organisation, sentBefore.atOffset(ZoneOffset.UTC));
    }

    /** Rights notices to confirm and consent-withdrawal notices to acknowledge, owed by the organisation. */
    List<Entry> noticesToConfirm(UUID organisation) {
        return entries("""
                select recipient_organisation, id, 'rights', sent_at, due_on, null::timestamptz, '/rights/notices/' || id from rights_notice
                where status = 'OPEN' and %s
                union all
                select recipient_organisation, id, 'withdrawal', sent_at, null::date, null::timestamptz, '/disclosures/withdrawal-notices'
                from delivery_notice where acknowledged_at is null and %s
                order by 4""".formatted(ORG.formatted("recipient_organisation"), ORG.formatted("recipient_organisation")), organisation, null);
    }

    private List<Entry> entries(String sql, UUID organisation, Object day) {
        var statement = jdbc.sql(sql).param("org", organisation, java.sql.Types.OTHER);
        if (sql.contains(":day")) {
            statement = statement.param("day", day);
        }
        return statement.query((rs, i) -> new Entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                date(rs.getObject(4)), date(rs.getObject(5)), instant(rs.getObject(6)), rs.getString(7))).list();
    }

    private static LocalDate date(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atZone(UkCalendar.ZONE).toLocalDate();
        }
        if (value instanceof OffsetDateTime t) {
            return t.atZoneSameInstant(UkCalendar.ZONE).toLocalDate();
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return value instanceof OffsetDateTime t ? t.toInstant() : null;
    }
}
