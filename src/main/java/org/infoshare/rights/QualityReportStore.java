package org.infoshare.rights;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.database.PagedQuery;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.infoshare.rights.RightsRequestStore.instant;
import static org.infoshare.rights.RightsRequestStore.timestamp;

/** Reported inaccuracies' SQL: what is wrong is sealed under the person's key (it is about them). */
@Repository
class QualityReportStore {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    QualityReportStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(QualityReport r) {
        jdbc.sql("""
                        insert into quality_report (id, disclosure_id, item_code, sender_organisation, subject_id, reporter_organisation,
                            reported_by, reported_at, what_is_wrong_enc, status)
                        values (:id, :disclosure, :code, :sender, :subject, :reporter, :by, :at, :what, 'OPEN')""")
                .param("id", r.id()).param("disclosure", r.disclosureId()).param("code", r.itemCode())
                .param("sender", r.senderOrganisationId()).param("subject", r.subjectId()).param("reporter", r.reporterOrganisationId())
                .param("by", r.reportedBy()).param("at", timestamp(r.reportedAt()))
                .param("what", cipher.encryptText(KeyScope.subject(r.subjectId()), r.whatIsWrong(), "quality_report.what_is_wrong_enc:" + r.id()))
                .update();
    }

    Optional<QualityReport> find(UUID id) {
        return jdbc.sql("select * from quality_report where id = :id").param("id", id).query(this::row).optional();
    }

    /**
     * One page of the reports about the organisation's disclosures or made by it, newest first: narrowed by status,
     * person, the other organisation (the one reporting or reported to) and the days reported (ADR 0017).
     */
    Page<QualityReport> involving(UUID organisation, String status, UUID person, ListFilter filter, PageRequest request) {
        return PagedQuery.from(jdbc, "quality_report q")
                .where("q.sender_organisation = :organisation or q.reporter_organisation = :organisation", "organisation", organisation)
                .whereGiven(status, "q.status = :status", "status")
                .whereGiven(person, "q.subject_id = :person", "person")
                .whereGiven(filter.organisation(), "q.sender_organisation = :other or q.reporter_organisation = :other", "other")
                .whereGiven(filter.fromMoment(), "q.reported_at >= :from", "from")
                .whereGiven(filter.toMomentExclusive(), "q.reported_at < :to", "to")
                .page("q.*", "q.reported_at desc, q.id", request, this::row);
    }

    List<QualityReport> aboutSubject(UUID subject) {
        return jdbc.sql("select * from quality_report where subject_id = :subject order by reported_at").param("subject", subject)
                .query(this::row).list();
    }

    /** Reports about the organisation's disclosures or made by it, about one of these people (the sender's); newest first. */
    List<QualityReport> about(UUID organisation, Collection<UUID> subjects) {
        return jdbc.sql("""
                        select * from quality_report where (sender_organisation = :organisation or reporter_organisation = :organisation)
                           and subject_id = any(cast(:subjects as uuid[]))
                        order by reported_at desc limit 100""")
                .param("organisation", organisation).param("subjects", subjects.toArray(UUID[]::new)).query(this::row).list();
    }

    /** Whom (of the senders' people) the reports the organisation made about what it received are about. */
    List<UUID> subjectsReported(UUID organisation) {
        return jdbc.sql("select distinct subject_id from quality_report where reporter_organisation = :organisation "
                        + "and sender_organisation <> :organisation")
                .param("organisation", organisation).query(UUID.class).list();
    }

    boolean settle(UUID id, QualityReport.Status status, UUID by, Instant now) {
        return jdbc.sql("update quality_report set status = :status, settled_at = :now, settled_by = :by where id = :id and status = 'OPEN'")
                .param("status", status.name()).param("now", timestamp(now)).param("by", by).param("id", id).update() == 1;
    }

    private QualityReport row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID subject = rs.getObject("subject_id", UUID.class);
        return new QualityReport(id, rs.getObject("disclosure_id", UUID.class), rs.getString("item_code"),
                rs.getObject("sender_organisation", UUID.class), subject, rs.getObject("reporter_organisation", UUID.class),
                rs.getObject("reported_by", UUID.class), instant(rs, "reported_at"),
                cipher.decryptText(KeyScope.subject(subject), rs.getBytes("what_is_wrong_enc"), "quality_report.what_is_wrong_enc:" + id),
                QualityReport.Status.valueOf(rs.getString("status")), instant(rs, "settled_at"));
    }
}
