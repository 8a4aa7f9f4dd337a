package org.infoshare.linkage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.crypto.KeyScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A run's families (those meeting at least one headline area), the families in the programme and their progress.
 * Members, evidence and progress are sealed under the agreement's key; only counts, flags and dates are clear, for
 * sorting.
 */
@Repository
class WorklistStore {

    private final JdbcClient jdbc;
    private final LinkageRunStore sealing;

    WorklistStore(JdbcClient jdbc, LinkageRunStore sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    record StoredFamily(int familyNo, boolean eligible, int areasMet, int members, LocalDate latestEvidence, StoredShapes.Family content) {
    }

    record StoredProgramme(UUID id, UUID planId, UUID runId, int familyNo, Instant joinedAt, UUID joinedBy, LocalDate baseline,
                           StoredShapes.Programme content) {
    }

    record StoredProgress(UUID programmeId, UUID runId, Instant assessedAt, boolean significantAndSustained, int improved, int areas,
                          String evidenceDigest, StoredShapes.Progress content) {
    }

    void insertFamilies(UUID run, UUID agreement, List<StoredFamily> families) {
        KeyScope key = KeyScope.agreement(agreement);
        for (StoredFamily family : families) {
            jdbc.sql("""
                            insert into linkage_family (run_id, family_no, eligible, areas_met, members, latest_evidence, content)
                            values (:run, :no, :eligible, :areas, :members, :latest, :content)""")
                    .param("run", run).param("no", family.familyNo()).param("eligible", family.eligible()).param("areas", family.areasMet())
                    .param("members", family.members()).param("latest", family.latestEvidence())
                    .param("content", sealing.seal(key, family.content(), context(run, family.familyNo())))
                    .update();
        }
    }

    /** A run's families, most areas first; eligible ones only if asked. */
    List<StoredFamily> families(UUID run, UUID agreement, boolean eligibleOnly) {
        KeyScope key = KeyScope.agreement(agreement);
        return jdbc.sql("select * from linkage_family where run_id = :run" + (eligibleOnly ? " and eligible" : "")
                        + " order by areas_met desc, latest_evidence desc nulls last, family_no")
                .param("run", run).query((rs, n) -> family(rs, key, run)).list();
    }

    Optional<StoredFamily> family(UUID run, int familyNo, UUID agreement) {
        return jdbc.sql("select * from linkage_family where run_id = :run and family_no = :no").param("run", run).param("no", familyNo)
                .query((rs, n) -> family(rs, KeyScope.agreement(agreement), run)).optional();
    }

    private StoredFamily family(ResultSet rs, KeyScope key, UUID run) throws SQLException {
        int no = rs.getInt("family_no");
        return new StoredFamily(no, rs.getBoolean("eligible"), rs.getInt("areas_met"), rs.getInt("members"),
                rs.getObject("latest_evidence", LocalDate.class),
                sealing.open(key, rs.getBytes("content"), context(run, no), StoredShapes.Family.class));
    }

    private static String context(UUID run, int familyNo) {
        return "linkage_family.content:" + run + ":" + familyNo;
    }

    // --- the programme ---------------------------------------------------------------------------------------

    void insertProgramme(StoredProgramme programme, UUID agreement) {
        jdbc.sql("""
                        insert into linkage_programme (id, plan_id, run_id, family_no, joined_at, joined_by, baseline, content)
                        values (:id, :plan, :run, :no, :at, :by, :baseline, :content)""")
                .param("id", programme.id()).param("plan", programme.planId()).param("run", programme.runId())
                .param("no", programme.familyNo()).param("at", Timestamp.from(programme.joinedAt())).param("by", programme.joinedBy())
                .param("baseline", programme.baseline())
                .param("content", sealing.seal(KeyScope.agreement(agreement), programme.content(), "linkage_programme.content:" + programme.id()))
                .update();
    }

    List<StoredProgramme> programme(UUID plan, UUID agreement) {
        KeyScope key = KeyScope.agreement(agreement);
        return jdbc.sql("select * from linkage_programme where plan_id = :plan order by joined_at").param("plan", plan)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new StoredProgramme(id, rs.getObject("plan_id", UUID.class), rs.getObject("run_id", UUID.class),
                            rs.getInt("family_no"), rs.getTimestamp("joined_at").toInstant(), rs.getObject("joined_by", UUID.class),
                            rs.getObject("baseline", LocalDate.class),
                            sealing.open(key, rs.getBytes("content"), "linkage_programme.content:" + id, StoredShapes.Programme.class));
                }).list();
    }

    void insertProgress(StoredProgress progress, UUID agreement) {
        jdbc.sql("""
                        insert into linkage_progress (programme_id, run_id, assessed_at, significant_and_sustained, improved, areas,
                            evidence_digest, content)
                        values (:programme, :run, :at, :significant, :improved, :areas, :digest, :content)""")
                .param("programme", progress.programmeId()).param("run", progress.runId()).param("at", Timestamp.from(progress.assessedAt()))
                .param("significant", progress.significantAndSustained()).param("improved", progress.improved())
                .param("areas", progress.areas()).param("digest", progress.evidenceDigest())
                .param("content", sealing.seal(KeyScope.agreement(agreement), progress.content(),
                        "linkage_progress.content:" + progress.programmeId() + ":" + progress.runId()))
                .update();
    }

    /** Every progress assessment of the plan's programme families, oldest first. */
    List<StoredProgress> progress(UUID plan, UUID agreement) {
        KeyScope key = KeyScope.agreement(agreement);
        return jdbc.sql("""
                        select p.* from linkage_progress p join linkage_programme f on f.id = p.programme_id
                        where f.plan_id = :plan order by p.assessed_at""")
                .param("plan", plan)
                .query((rs, n) -> {
                    UUID programme = rs.getObject("programme_id", UUID.class);
                    UUID run = rs.getObject("run_id", UUID.class);
                    return new StoredProgress(programme, run, rs.getTimestamp("assessed_at").toInstant(), rs.getBoolean("significant_and_sustained"),
                            rs.getInt("improved"), rs.getInt("areas"), rs.getString("evidence_digest"),
                            sealing.open(key, rs.getBytes("content"), "linkage_progress.content:" + programme + ":" + run, StoredShapes.Progress.class));
                }).list();
    }
}
