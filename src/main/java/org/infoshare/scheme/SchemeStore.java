package org.infoshare.scheme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.database.PagedQuery;
import org.infoshare.scheme.rules.ApplicationStatus;
import org.infoshare.scheme.rules.HowReceived;
import org.infoshare.scheme.rules.Recipient;
import org.infoshare.scheme.rules.Recommendation;
import org.infoshare.scheme.rules.Scheme;
import org.infoshare.scheme.rules.Undertaking;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The applications' SQL; the applicant's details and every free text sealed under the force's key. */
@Repository
class SchemeStore {

    static final int SCHEMA = 1;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    SchemeStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(UUID id, UUID organisationId, SchemeCommands.RecordApplication c, UUID by, Instant at) {
        jdbc.sql("""
                        insert into scheme_application (id, schema_version, organisation_id, scheme, received_on, how_received,
                            applicant_name_enc, applicant_contact_enc, relationship_enc, person_at_risk_id, subject_id, recorded_by, recorded_at, status)
                        values (:id, :schema, :organisation, :scheme, :received, :how, :name, :contact, :relationship, :atRisk, :subject,
                            :by, :at, 'RECEIVED')""")
                .param("id", id).param("schema", SCHEMA).param("organisation", organisationId).param("scheme", c.scheme().name())
                .param("received", c.receivedOn()).param("how", c.howReceived().name())
                .param("name", seal(organisationId, id, "applicant_name_enc", c.applicantName()))
                .param("contact", seal(organisationId, id, "applicant_contact_enc", c.applicantContact()))
                .param("relationship", seal(organisationId, id, "relationship_enc", c.relationship()))
                .param("atRisk", c.personAtRiskId()).param("subject", c.subjectId()).param("by", by).param("at", timestamp(at))
                .update();
    }

    Optional<SchemeApplication> find(UUID id) {
        return jdbc.sql("select * from scheme_application where id = :id").param("id", id).query(this::row).optional();
    }

    Optional<SchemeApplication> lock(UUID id) {
        return jdbc.sql("select * from scheme_application where id = :id for update").param("id", id).query(this::row).optional();
    }

    /** The force's applications, open ones first, newest received first. */
    Page<SchemeApplication> page(UUID organisationId, boolean openOnly, PageRequest request) {
        return PagedQuery.from(jdbc, "scheme_application a")
                .where("a.organisation_id = :organisation", "organisation", organisationId)
                .whereIf(openOnly, "a.status not in ('NOT_TO_DISCLOSE', 'DISCLOSED', 'NOT_DISCLOSED')")
                .page("a.*", "(a.status in ('NOT_TO_DISCLOSE', 'DISCLOSED', 'NOT_DISCLOSED')), a.received_on desc, a.number desc", request, this::row);
    }

    void checks(SchemeApplication a, String findings, UUID by, Instant at) {
        jdbc.sql("update scheme_application set status = 'CHECKED', checks_enc = :findings, checked_by = :by, checked_at = :at, version = version + 1 where id = :id")
                .param("id", a.id()).param("findings", seal(a.organisationId(), a.id(), "checks_enc", findings))
                .param("by", by).param("at", timestamp(at)).update();
    }

    void meeting(SchemeApplication a, LocalDate metOn, String how, UUID by, Instant at) {
        jdbc.sql("""
                        update scheme_application set status = 'MET', met_on = :on, identity_how_enc = :how, met_recorded_by = :by,
                            met_recorded_at = :at, version = version + 1 where id = :id""")
                .param("id", a.id()).param("on", metOn).param("how", seal(a.organisationId(), a.id(), "identity_how_enc", how))
                .param("by", by).param("at", timestamp(at)).update();
    }

    void forum(SchemeApplication a, SchemeCommands.RecordForum c, UUID by, Instant at) {
        jdbc.sql("""
                        update scheme_application set status = 'FORUM_HELD', forum_held_on = :on, forum_partners_enc = :partners,
                            forum_recommendation = :recommendation, forum_reasons_enc = :reasons, forum_recorded_by = :by,
                            forum_recorded_at = :at, version = version + 1 where id = :id""")
                .param("id", a.id()).param("on", c.heldOn())
                .param("partners", seal(a.organisationId(), a.id(), "forum_partners_enc", c.partners()))
                .param("recommendation", c.recommendation().name())
                .param("reasons", seal(a.organisationId(), a.id(), "forum_reasons_enc", c.reasons()))
                .param("by", by).param("at", timestamp(at)).update();
    }

    void decide(SchemeApplication a, SchemeApplication.Decision d) {
        jdbc.sql("""
                        update scheme_application set status = :status, decision_recipient = :recipient, decision_risk = :risk,
                            decision_necessary = :necessary, decision_disclose = :disclose, decision_rule = :rule, decision_reason = :reason,
                            decision_rules_version = :rulesVersion, decision_rationale_enc = :rationale, decided_by = :by, decided_at = :at,
                            version = version + 1 where id = :id""")
                .param("id", a.id()).param("status", d.disclose() ? "TO_DISCLOSE" : "NOT_TO_DISCLOSE").param("recipient", d.recipient().name())
                .param("risk", d.riskIndicated()).param("necessary", d.necessary()).param("disclose", d.disclose()).param("rule", d.rule())
                .param("reason", d.reason()).param("rulesVersion", d.rulesVersion())
                .param("rationale", seal(a.organisationId(), a.id(), "decision_rationale_enc", d.rationale()))
                .param("by", d.by()).param("at", timestamp(d.at())).update();
    }

    void disclosure(SchemeApplication a, SchemeApplication.Disclosure d, boolean disclosed) {
        jdbc.sql("""
                        update scheme_application set status = :status, disclosed_on = :on, what_disclosed_enc = :what, undertaking = :undertaking,
                            disclose_nonetheless = :nonetheless, refusal_reason_enc = :reason, disclosure_recorded_by = :by,
                            disclosure_recorded_at = :at, version = version + 1 where id = :id""")
                .param("id", a.id()).param("status", disclosed ? "DISCLOSED" : "NOT_DISCLOSED").param("on", d.disclosedOn())
                .param("what", seal(a.organisationId(), a.id(), "what_disclosed_enc", d.whatDisclosed()))
                .param("undertaking", d.undertaking().name()).param("nonetheless", d.discloseNonetheless())
                .param("reason", seal(a.organisationId(), a.id(), "refusal_reason_enc", d.refusalReason()))
                .param("by", d.by()).param("at", timestamp(d.at())).update();
    }

    private byte[] seal(UUID organisationId, UUID id, String column, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return cipher.encryptText(KeyScope.organisation(organisationId), text.strip(), "scheme_application." + column + ":" + id);
    }

    private SchemeApplication row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID organisation = rs.getObject("organisation_id", UUID.class);
        Open open = column -> cipher.decryptText(KeyScope.organisation(organisation), rs.getBytes(column), "scheme_application." + column + ":" + id);
        SchemeApplication.Checks checks = rs.getObject("checked_at") == null ? null
                : new SchemeApplication.Checks(open.text("checks_enc"), rs.getObject("checked_by", UUID.class), instant(rs, "checked_at"));
        SchemeApplication.Meeting meeting = rs.getObject("met_on") == null ? null
                : new SchemeApplication.Meeting(rs.getObject("met_on", LocalDate.class), open.text("identity_how_enc"),
                rs.getObject("met_recorded_by", UUID.class), instant(rs, "met_recorded_at"));
        SchemeApplication.Forum forum = rs.getObject("forum_held_on") == null ? null
                : new SchemeApplication.Forum(rs.getObject("forum_held_on", LocalDate.class), open.text("forum_partners_enc"),
                Recommendation.valueOf(rs.getString("forum_recommendation")), open.text("forum_reasons_enc"),
                rs.getObject("forum_recorded_by", UUID.class), instant(rs, "forum_recorded_at"));
        SchemeApplication.Decision decision = rs.getObject("decided_at") == null ? null
                : new SchemeApplication.Decision(Recipient.valueOf(rs.getString("decision_recipient")), rs.getBoolean("decision_risk"),
                rs.getBoolean("decision_necessary"), rs.getBoolean("decision_disclose"), rs.getString("decision_rule"), rs.getString("decision_reason"),
                rs.getString("decision_rules_version"), open.text("decision_rationale_enc"), rs.getObject("decided_by", UUID.class),
                instant(rs, "decided_at"));
        SchemeApplication.Disclosure disclosure = rs.getString("undertaking") == null ? null
                : new SchemeApplication.Disclosure(rs.getObject("disclosed_on", LocalDate.class), open.text("what_disclosed_enc"),
                Undertaking.valueOf(rs.getString("undertaking")), (Boolean) rs.getObject("disclose_nonetheless"), open.text("refusal_reason_enc"),
                rs.getObject("disclosure_recorded_by", UUID.class), instant(rs, "disclosure_recorded_at"));
        return new SchemeApplication(id, rs.getLong("number"), organisation, Scheme.valueOf(rs.getString("scheme")),
                rs.getObject("received_on", LocalDate.class), HowReceived.valueOf(rs.getString("how_received")),
                new SchemeApplication.Applicant(open.text("applicant_name_enc"), open.text("applicant_contact_enc"), open.text("relationship_enc")),
                rs.getObject("person_at_risk_id", UUID.class), rs.getObject("subject_id", UUID.class), rs.getObject("recorded_by", UUID.class),
                instant(rs, "recorded_at"), ApplicationStatus.valueOf(rs.getString("status")), checks, meeting, forum, decision, disclosure);
    }

    @FunctionalInterface
    private interface Open {
        String text(String column) throws SQLException;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
