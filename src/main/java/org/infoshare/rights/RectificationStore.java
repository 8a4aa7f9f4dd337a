package org.infoshare.rights;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.infoshare.rights.RightsRequestStore.instant;
import static org.infoshare.rights.RightsRequestStore.timestamp;

/** Corrections' SQL: before, after and why sealed under the person's key. */
@Repository
class RectificationStore {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    RectificationStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(Rectification r) {
        KeyScope key = KeyScope.subject(r.subjectId());
        jdbc.sql("""
                        insert into rectification (id, organisation_id, subject_id, request_id, quality_report_id, target, disclosure_id,
                            item_code, before_enc, after_enc, why_enc, made_at, made_by)
                        values (:id, :organisation, :subject, :request, :report, :target, :disclosure, :code, :before, :after, :why,
                            :at, :by)""")
                .param("id", r.id()).param("organisation", r.organisationId()).param("subject", r.subjectId())
                .param("request", r.requestId()).param("report", r.qualityReportId()).param("target", r.target().name())
                .param("disclosure", r.disclosureId()).param("code", r.itemCode())
                .param("before", cipher.encryptText(key, r.before() == null ? "" : r.before(), "rectification.before_enc:" + r.id()))
                .param("after", cipher.encryptText(key, r.after() == null ? "" : r.after(), "rectification.after_enc:" + r.id()))
                .param("why", cipher.encryptText(key, r.why(), "rectification.why_enc:" + r.id()))
                .param("at", timestamp(r.madeAt())).param("by", r.madeBy())
                .update();
    }

    List<Rectification> aboutSubject(UUID subject) {
        return jdbc.sql("select * from rectification where subject_id = :subject order by made_at").param("subject", subject)
                .query(this::row).list();
    }

    int countForRequest(UUID request) {
        return jdbc.sql("select count(*) from rectification where request_id = :request").param("request", request)
                .query(Integer.class).single();
    }

    private Rectification row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        KeyScope key = KeyScope.subject(rs.getObject("subject_id", UUID.class));
        return new Rectification(id, rs.getObject("organisation_id", UUID.class), rs.getObject("subject_id", UUID.class),
                rs.getObject("request_id", UUID.class), rs.getObject("quality_report_id", UUID.class),
                Rectification.Target.valueOf(rs.getString("target")), rs.getObject("disclosure_id", UUID.class), rs.getString("item_code"),
                cipher.decryptText(key, rs.getBytes("before_enc"), "rectification.before_enc:" + id),
                cipher.decryptText(key, rs.getBytes("after_enc"), "rectification.after_enc:" + id),
                cipher.decryptText(key, rs.getBytes("why_enc"), "rectification.why_enc:" + id),
                instant(rs, "made_at"), rs.getObject("made_by", UUID.class));
    }
}
