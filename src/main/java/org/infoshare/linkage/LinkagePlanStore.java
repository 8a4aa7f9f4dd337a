package org.infoshare.linkage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.linkage.rules.outcomes.OutcomesPlan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Linkage plans, every version of their outcomes plans, and the hub's own extracts (sealed under the agreement's key). */
@Repository
class LinkagePlanStore {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;

    LinkagePlanStore(JdbcClient jdbc, PersonalDataCipher cipher, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    /** The hub's own extract as stored: its sealed CSV text is read only for a run. */
    record OwnExtract(UUID id, UUID planId, Instant uploadedAt, UUID uploadedBy, int records, long rows) {
    }

    void insert(LinkagePlan plan, UUID by) {
        jdbc.sql("""
                        insert into linkage_plan (id, organisation_id, agreement_id, name, analyst_team, worklist_team, secret_fingerprint,
                            settings, outcomes_plan, version, created_at, created_by, updated_at, updated_by)
                        values (:id, :organisation, :agreement, :name, :analysts, :worklist, :fingerprint, cast(:settings as jsonb),
                            cast(:outcomes as jsonb), 0, :at, :by, :at, :by)""")
                .param("id", plan.id()).param("organisation", plan.organisationId()).param("agreement", plan.agreementId())
                .param("name", plan.name()).param("analysts", plan.analystTeamId()).param("worklist", plan.worklistTeamId())
                .param("fingerprint", plan.secretFingerprint())
                .param("settings", json.writeValueAsString(StoredShapes.Settings.of(plan.settings())))
                .param("outcomes", json.writeValueAsString(StoredShapes.Outcomes.of(plan.outcomes())))
                .param("at", Timestamp.from(plan.updatedAt())).param("by", by)
                .update();
        insertOutcomes(plan.id(), plan.outcomes(), plan.updatedAt(), by);
    }

    /** Saves a changed plan if nobody changed it since {@code version} was read; false if somebody did. */
    boolean update(LinkagePlan plan, int version, UUID by) {
        int changed = jdbc.sql("""
                        update linkage_plan set name = :name, analyst_team = :analysts, worklist_team = :worklist,
                            secret_fingerprint = :fingerprint, settings = cast(:settings as jsonb), outcomes_plan = cast(:outcomes as jsonb),
                            version = version + 1, updated_at = :at, updated_by = :by
                        where id = :id and version = :version""")
                .param("id", plan.id()).param("version", version)
                .param("name", plan.name()).param("analysts", plan.analystTeamId()).param("worklist", plan.worklistTeamId())
                .param("fingerprint", plan.secretFingerprint())
                .param("settings", json.writeValueAsString(StoredShapes.Settings.of(plan.settings())))
                .param("outcomes", json.writeValueAsString(StoredShapes.Outcomes.of(plan.outcomes())))
                .param("at", Timestamp.from(plan.updatedAt())).param("by", by)
                .update();
        return changed == 1;
    }

    void insertOutcomes(UUID planId, OutcomesPlan outcomes, Instant at, UUID by) {
        jdbc.sql("""
                        insert into linkage_outcomes_version (plan_id, version, content, created_at, created_by)
                        values (:plan, :version, cast(:content as jsonb), :at, :by)""")
                .param("plan", planId).param("version", outcomes.version())
                .param("content", json.writeValueAsString(StoredShapes.Outcomes.of(outcomes)))
                .param("at", Timestamp.from(at)).param("by", by)
                .update();
    }

    Optional<LinkagePlan> plan(UUID id) {
        return jdbc.sql("select * from linkage_plan where id = :id").param("id", id).query(this::mapPlan).optional();
    }

    List<LinkagePlan> plansOf(UUID organisation) {
        return jdbc.sql("select * from linkage_plan where organisation_id = :organisation order by created_at")
                .param("organisation", organisation).query(this::mapPlan).list();
    }

    Optional<OutcomesPlan> outcomesVersion(UUID planId, int version) {
        return jdbc.sql("select content from linkage_outcomes_version where plan_id = :plan and version = :version")
                .param("plan", planId).param("version", version)
                .query((rs, n) -> json.readValue(rs.getString("content"), StoredShapes.Outcomes.class).toPlan()).optional();
    }

    void insertOwnExtract(OwnExtract extract, UUID agreementId, byte[] csv) {
        jdbc.sql("""
                        insert into linkage_own_extract (id, plan_id, uploaded_at, uploaded_by, records, rows, content)
                        values (:id, :plan, :at, :by, :records, :rows, :content)""")
                .param("id", extract.id()).param("plan", extract.planId()).param("at", Timestamp.from(extract.uploadedAt()))
                .param("by", extract.uploadedBy()).param("records", extract.records()).param("rows", extract.rows())
                .param("content", cipher.encrypt(KeyScope.agreement(agreementId), csv, context(extract.id())))
                .update();
    }

    Optional<OwnExtract> latestOwnExtract(UUID planId) {
        return jdbc.sql("select id, plan_id, uploaded_at, uploaded_by, records, rows from linkage_own_extract "
                        + "where plan_id = :plan order by uploaded_at desc limit 1")
                .param("plan", planId)
                .query((rs, n) -> new OwnExtract(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                        rs.getTimestamp("uploaded_at").toInstant(), rs.getObject("uploaded_by", UUID.class), rs.getInt("records"),
                        rs.getLong("rows")))
                .optional();
    }

    byte[] ownExtractContent(UUID extractId, UUID agreementId) {
        byte[] sealed = jdbc.sql("select content from linkage_own_extract where id = :id").param("id", extractId)
                .query((rs, n) -> rs.getBytes("content")).single();
        return cipher.decrypt(KeyScope.agreement(agreementId), sealed, context(extractId));
    }

    private static String context(UUID extractId) {
        return "linkage_own_extract.content:" + extractId;
    }

    private LinkagePlan mapPlan(ResultSet rs, int n) throws SQLException {
        return new LinkagePlan(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("agreement_id", UUID.class), rs.getString("name"), rs.getObject("analyst_team", UUID.class),
                rs.getObject("worklist_team", UUID.class), rs.getString("secret_fingerprint"),
                json.readValue(rs.getString("settings"), StoredShapes.Settings.class).toSettings(),
                json.readValue(rs.getString("outcomes_plan"), StoredShapes.Outcomes.class).toPlan(),
                rs.getInt("version"), rs.getTimestamp("updated_at").toInstant());
    }
}
