package org.infoshare.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.infoshare.shared.UkCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the disposal planner needs to know about each of an organisation's records: ids, the links between them, and
 * the dates of the events retention runs from, read from the tables that hold them (ids, codes and dates are in
 * clear). One query per kind of record, streamed into small rows.
 */
@Repository
class DisposalFacts {

    record PersonRow(UUID id, LocalDate recorded, LocalDate closed, LocalDate lastContact) {
    }

    record ConsentRow(UUID id, UUID subject, LocalDate recorded, LocalDate ended) {
    }

    record DecisionRow(UUID id, UUID subject, UUID consent, UUID agreement, LocalDate decided) {
    }

    /** @param consentBasisWithdrawn when the consent that was its only lawful basis was withdrawn, if it was */
    record DisclosureRow(UUID id, UUID subject, UUID decision, UUID agreement, LocalDate sent, LocalDate consentBasisWithdrawn) {
    }

    record DatasetRow(UUID id, UUID agreement, LocalDate published, LocalDate agreementEnded) {
    }

    record RequestRow(UUID id, UUID subject, LocalDate closed) {
    }

    record WindowRow(long sealId, LocalDate ended) {
    }

    private final JdbcClient jdbc;

    DisposalFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Last contact: the later of the date recorded for it and the latest record made about the person. */
    List<PersonRow> people(UUID organisation) {
        return jdbc.sql("""
                        select s.id, s.created_at, c.closed_on,
                               greatest(c.last_contact_on,
                                        (select max(recorded_at) from consent_record r where r.subject_id = s.id)::date,
                                        (select max(decided_at) from sharing_decision d where d.subject_id = s.id)::date,
                                        (select max(sent_at) from disclosure x where x.subject_id = s.id and x.sender_organisation = s.organisation_id)::date
                               ) as last_contact
                        from data_subject s left join person_case c on c.subject_id = s.id
                        where s.organisation_id = :organisation""")
                .param("organisation", organisation)
                .query((rs, n) -> new PersonRow(rs.getObject("id", UUID.class), day(rs, "created_at"), rs.getObject("closed_on", LocalDate.class),
                        rs.getObject("last_contact", LocalDate.class)))
                .list();
    }

    List<ConsentRow> consents(UUID organisation) {
        return jdbc.sql("""
                        select id, subject_id, recorded_at,
                               case when withdrawn_at is not null then withdrawn_at::date
                                    when valid_until is not null and valid_until < current_date then valid_until end as ended
                        from consent_record where organisation_id = :organisation""")
                .param("organisation", organisation)
                .query((rs, n) -> new ConsentRow(rs.getObject("id", UUID.class), rs.getObject("subject_id", UUID.class), day(rs, "recorded_at"),
                        rs.getObject("ended", LocalDate.class)))
                .list();
    }

    List<DecisionRow> decisions(UUID organisation) {
        return jdbc.sql("select id, subject_id, consent_id, agreement_id, decided_at from sharing_decision where organisation_id = :organisation")
                .param("organisation", organisation)
                .query((rs, n) -> new DecisionRow(rs.getObject("id", UUID.class), rs.getObject("subject_id", UUID.class),
                        rs.getObject("consent_id", UUID.class), rs.getObject("agreement_id", UUID.class), day(rs, "decided_at")))
                .list();
    }

    /**
     * A disclosure's only lawful basis was consent when its Article 6 basis is consent alone and its decision relied on
     * a consent record without overriding it; the withdrawal of that record is then the end of its basis (004 §5).
     */
    List<DisclosureRow> disclosures(UUID organisation) {
        return jdbc.sql("""
                        select x.id, x.subject_id, x.decision_id, d.agreement_id, x.sent_at,
                               case when c.withdrawn_at is null then null
                                    when not d.consent_overridden
                                     and exists (select 1 from jsonb_array_elements(x.lawful_basis) b where b->>'code' = 'UKGDPR-A6-1A')
                                     and not exists (select 1 from jsonb_array_elements(x.lawful_basis) b
                                                     where b->>'code' like 'UKGDPR-A6-%' and b->>'code' <> 'UKGDPR-A6-1A')
                                    then c.withdrawn_at end as consent_withdrawn
                        from disclosure x
                        left join sharing_decision d on d.id = x.decision_id
                        left join consent_record c on c.id = d.consent_id
                        where x.sender_organisation = :organisation""")
                .param("organisation", organisation)
                .query((rs, n) -> new DisclosureRow(rs.getObject("id", UUID.class), rs.getObject("subject_id", UUID.class),
                        rs.getObject("decision_id", UUID.class), rs.getObject("agreement_id", UUID.class), day(rs, "sent_at"),
                        day(rs, "consent_withdrawn")))
                .list();
    }

    List<DatasetRow> datasets(UUID organisation) {
        return jdbc.sql("""
                        select u.id, u.agreement_id, u.finished_at,
                               (select max(v.terminated_on) from agreement_version v where v.agreement_id = u.agreement_id and v.status = 'TERMINATED') as ended
                        from dataset_upload u where u.sender_organisation = :organisation and u.status = 'PUBLISHED'""")
                .param("organisation", organisation)
                .query((rs, n) -> new DatasetRow(rs.getObject("id", UUID.class), rs.getObject("agreement_id", UUID.class), day(rs, "finished_at"),
                        rs.getObject("ended", LocalDate.class)))
                .list();
    }

    List<RequestRow> requests(UUID organisation) {
        return jdbc.sql("select id, subject_id, closed_on from rights_request where organisation_id = :organisation")
                .param("organisation", organisation)
                .query((rs, n) -> new RequestRow(rs.getObject("id", UUID.class), rs.getObject("subject_id", UUID.class),
                        rs.getObject("closed_on", LocalDate.class)))
                .list();
    }

    /** Sealed windows of the read log that still hold some of the organisation's reads. */
    List<WindowRow> readWindows(UUID organisation) {
        return jdbc.sql("""
                        select s.id, s.window_to from record_read_seal s
                        where exists (select 1 from record_read r where r.read_at >= s.window_from and r.read_at < s.window_to
                                        and r.owner_organisation = :organisation)""")
                .param("organisation", organisation)
                .query((rs, n) -> new WindowRow(rs.getLong("id"), day(rs, "window_to")))
                .list();
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : LocalDate.ofInstant(value.toInstant(), UkCalendar.ZONE);
    }
}
