package org.infoshare.oversight;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.infoshare.shared.UkCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reports' SQL: counts of codes and ids only, read from the decision summary (kept with each decision) and from
 * the registers' clear columns. Each query answers (row key, column key, count) for one published table.
 */
@Repository
class ReportStore {

    /** One count in a table: its row and column keys (codes, ids or months) and how many. */
    record Count(String row, String column, long count) {
    }

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Decisions by a summary dimension and outcome, for the months from {@code from} up to but not including {@code to}. */
    List<Count> decisions(Dimension dimension, LocalDate from, LocalDate to) {
        return jdbc.sql("select " + dimension.column + "::text as row_key, outcome, sum(decisions) as n from decision_summary "
                        + "where month >= :from and month < :to group by 1, 2")
                .param("from", from).param("to", to)
                .query((rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** The summary's dimensions, each a column of decision_summary (never user input). */
    enum Dimension {
        MONTH("to_char(month, 'YYYY-MM')"), LAWFUL_BASIS("lawful_basis"), PURPOSE("purpose"), ORGANISATION("organisation_id");

        private final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    /** Decisions that overrode consent, by organisation and where their manager's review stands, from the summary. */
    List<Count> overrides(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select organisation_id::text, review, sum(n)::bigint from (
                            select organisation_id, 'OPEN' as review, override_open as n from decision_summary where month >= :from and month < :to
                            union all select organisation_id, 'AGREED', override_agreed from decision_summary where month >= :from and month < :to
                            union all select organisation_id, 'DISAGREED', override_disagreed from decision_summary where month >= :from and month < :to
                            union all select organisation_id, 'NONE', consent_overridden - override_open - override_agreed - override_disagreed
                                      from decision_summary where month >= :from and month < :to) as o
                        group by 1, 2""")
                .param("from", from).param("to", to)
                .query((rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Requests for information answered in the period, by the holder and how long the answer took in days. */
    List<Count> timeToAnswer(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select holder_organisation_id::text,
                               case when answered_at - sent_at <= interval '1 day' then 'DAY'
                                    when answered_at - sent_at <= interval '3 days' then 'THREE_DAYS'
                                    when answered_at - sent_at <= interval '7 days' then 'WEEK'
                                    else 'LONGER' end,
                               count(*)
                        from information_request where answered_at >= :from and answered_at < :to group by 1, 2""")
                .param("from", start(from)).param("to", start(to))
                .query((rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /**
     * Decisions that waited for advice and were completed in the period, by the deciding organisation and the time
     * from recording the decision to its completion: how long the wait for advice held a decision up.
     */
    List<Count> timeToDecideWithAdvice(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select organisation_id::text,
                               case when completed_at - decided_at <= interval '1 hour' then 'HOUR'
                                    when completed_at - decided_at <= interval '1 day' then 'DAY'
                                    when completed_at - decided_at <= interval '3 days' then 'THREE_DAYS'
                                    else 'LONGER' end,
                               count(*)
                        from sharing_decision where advised_at is not null and completed_at >= :from and completed_at < :to group by 1, 2""")
                .param("from", start(from)).param("to", start(to))
                .query((rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Requests for information received in the period by the holder and what became of them. */
    List<Count> informationRequests(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select holder_organisation_id::text, coalesce(outcome, 'OPEN'), count(*) from information_request
                        where sent_at >= :from and sent_at < :to group by 1, 2""")
                .param("from", start(from)).param("to", start(to))
                .query((rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Rights requests received in the period by organisation and outcome. */
    List<Count> rightsRequests(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select organisation_id::text, coalesce(outcome, 'OPEN'), count(*) from rights_request
                        where received_on >= :from and received_on < :to group by 1, 2""")
                .param("from", from).param("to", to)
                .query((rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Incidents the organisation became aware of in the period, by organisation and where they ended. */
    List<Count> incidents(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select organisation_id::text, case when status = 'OPEN' then 'OPEN' else coalesce(outcome, 'OPEN') end, count(*)
                        from incident where aware_at >= :from and aware_at < :to group by 1, 2""")
                .param("from", start(from)).param("to", start(to))
                .query((rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Incidents in the period by organisation and the decision about telling the ICO. */
    List<Count> icoDecisions(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select organisation_id::text, case when ico_notify is null then 'UNDECIDED' when ico_notify then 'NOTIFY' else 'NOT_NOTIFY' end,
                               count(*)
                        from incident where aware_at >= :from and aware_at < :to group by 1, 2""")
                .param("from", start(from)).param("to", start(to))
                .query((rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(UkCalendar.ZONE).toInstant().atOffset(ZoneOffset.UTC);
    }
}
