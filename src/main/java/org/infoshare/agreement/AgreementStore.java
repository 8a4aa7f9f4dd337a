package org.infoshare.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.shared.Role;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agreements' SQL. A version's document is stored whole as JSON; its parties are copied into
 * {@code agreement_party} so that "agreements between these two organisations" is one indexed query.
 */
@Repository
class AgreementStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AgreementStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Serialises changes to one agreement (two last signatures at once must not both miss the other). */
    void lock(UUID agreementId) {
        jdbc.sql("select id from agreement where id = :id for update").param("id", agreementId).query(UUID.class).optional();
    }

    String nextReference(int year) {
        long n = jdbc.sql("select nextval('agreement_reference_seq')").query(Long.class).single();
        return "ISA-%d-%04d".formatted(year, n);
    }

    boolean referenceTaken(String reference) {
        return jdbc.sql("select count(*) from agreement where reference = :ref").param("ref", reference).query(Integer.class).single() > 0;
    }

    void insertAgreement(UUID id, String reference, UUID organisation, UUID actor, Instant now) {
        jdbc.sql("""
                        insert into agreement (id, reference, created_by_organisation, created_by, created_at)
                        values (:id, :ref, :organisation, :actor, :now)""")
                .param("id", id).param("ref", reference).param("organisation", organisation).param("actor", actor)
                .param("now", timestamp(now))
                .update();
    }

    void insertVersion(UUID agreementId, int version, AgreementStatus status, AgreementDocument document,
                       int catalogueVersion, UUID actor, Instant now) {
        jdbc.sql("""
                        insert into agreement_version (agreement_id, version, status, title, document, catalogue_version,
                            created_at, created_by, updated_at, revision)
                        values (:id, :version, :status, :title, cast(:document as jsonb), :catalogue, :now, :actor, :now, 0)""")
                .param("id", agreementId).param("version", version).param("status", status.name())
                .param("title", title(document)).param("document", json.writeValueAsString(document))
                .param("catalogue", catalogueVersion).param("actor", actor).param("now", timestamp(now))
                .update();
        replaceParties(agreementId, version, document);
    }

    /** Saves a draft's document if nobody else saved it since {@code expectedRevision}. */
    void updateDocument(UUID agreementId, int version, AgreementDocument document, int catalogueVersion,
                        int expectedRevision, Instant now) {
        int updated = jdbc.sql("""
                        update agreement_version set document = cast(:document as jsonb), title = :title,
                            catalogue_version = :catalogue, updated_at = :now, revision = revision + 1
                        where agreement_id = :id and version = :version and revision = :revision and status = 'DRAFT'""")
                .param("id", agreementId).param("version", version).param("document", json.writeValueAsString(document))
                .param("title", title(document)).param("catalogue", catalogueVersion)
                .param("revision", expectedRevision).param("now", timestamp(now))
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("agreement " + agreementId + " v" + version + " changed since revision " + expectedRevision);
        }
        replaceParties(agreementId, version, document);
    }

    private void replaceParties(UUID agreementId, int version, AgreementDocument document) {
        jdbc.sql("delete from agreement_party where agreement_id = :id and version = :version")
                .param("id", agreementId).param("version", version).update();
        for (UUID party : document.partyIds().stream().distinct().toList()) {
            jdbc.sql("""
                            insert into agreement_party (agreement_id, version, organisation_id)
                            select :id, :version, :party where exists (select 1 from organisation where id = :party)""")
                    .param("id", agreementId).param("version", version).param("party", party).update();
        }
    }

    void setStatus(UUID agreementId, int version, AgreementStatus status, Instant now) {
        jdbc.sql("update agreement_version set status = :status, updated_at = :now, revision = revision + 1 where agreement_id = :id and version = :version")
                .param("id", agreementId).param("version", version).param("status", status.name()).param("now", timestamp(now))
                .update();
    }

    void markSubmitted(UUID agreementId, int version, UUID actor, Instant now) {
        jdbc.sql("""
                        update agreement_version set status = 'AWAITING_SIGNATURES', submitted_at = :now, submitted_by = :actor,
                            updated_at = :now, revision = revision + 1
                        where agreement_id = :id and version = :version""")
                .param("id", agreementId).param("version", version).param("actor", actor).param("now", timestamp(now))
                .update();
    }

    void reopen(UUID agreementId, int version, Instant now) {
        jdbc.sql("delete from agreement_signature where agreement_id = :id and version = :version")
                .param("id", agreementId).param("version", version).update();
        jdbc.sql("""
                        update agreement_version set status = 'DRAFT', submitted_at = null, submitted_by = null,
                            updated_at = :now, revision = revision + 1
                        where agreement_id = :id and version = :version""")
                .param("id", agreementId).param("version", version).param("now", timestamp(now))
                .update();
    }

    void activate(UUID agreementId, int version, LocalDate effectiveFrom, Instant now) {
        jdbc.sql("""
                        update agreement_version set status = 'ACTIVE', effective_from = :effective, updated_at = :now,
                            revision = revision + 1
                        where agreement_id = :id and version = :version""")
                .param("id", agreementId).param("version", version).param("effective", effectiveFrom).param("now", timestamp(now))
                .update();
        jdbc.sql("update agreement set first_effective_on = coalesce(first_effective_on, :effective) where id = :id")
                .param("id", agreementId).param("effective", effectiveFrom).update();
    }

    void supersede(UUID agreementId, int version, LocalDate on, Instant now) {
        jdbc.sql("""
                        update agreement_version set status = 'SUPERSEDED', superseded_on = :on, updated_at = :now
                        where agreement_id = :id and version = :version""")
                .param("id", agreementId).param("version", version).param("on", on).param("now", timestamp(now))
                .update();
    }

    void terminate(UUID agreementId, int version, LocalDate on, String reason, UUID actor, Instant now) {
        jdbc.sql("""
                        update agreement_version set status = 'TERMINATED', terminated_on = :on, termination_reason = :reason,
                            terminated_by = :actor, updated_at = :now, revision = revision + 1
                        where agreement_id = :id and version = :version""")
                .param("id", agreementId).param("version", version).param("on", on).param("reason", reason)
                .param("actor", actor).param("now", timestamp(now))
                .update();
    }

    void publish(UUID agreementId, UUID actor, Instant now) {
        jdbc.sql("update agreement set published_at = :now, published_by = :actor where id = :id")
                .param("id", agreementId).param("actor", actor).param("now", timestamp(now)).update();
    }

    void insertSignature(UUID agreementId, int version, UUID organisation, UUID signedBy, Role capacity, Instant now) {
        jdbc.sql("""
                        insert into agreement_signature (agreement_id, version, organisation_id, signed_by, capacity, signed_at)
                        values (:id, :version, :organisation, :signedBy, :capacity, :now)""")
                .param("id", agreementId).param("version", version).param("organisation", organisation)
                .param("signedBy", signedBy).param("capacity", capacity.name()).param("now", timestamp(now))
                .update();
    }

    void insertReview(UUID agreementId, Agreement.Review review) {
        jdbc.sql("""
                        insert into agreement_review (id, agreement_id, version, cycle, due_on, reviewed_on, outcome, notes,
                            reviewed_by, organisation_id, recorded_at)
                        values (:id, :agreement, :version, :cycle, :due, :reviewed, :outcome, :notes, :by, :organisation, :now)""")
                .param("id", review.id()).param("agreement", agreementId).param("version", review.version())
                .param("cycle", review.cycle()).param("due", review.dueOn()).param("reviewed", review.reviewedOn())
                .param("outcome", review.outcome().name()).param("notes", review.notes()).param("by", review.reviewedBy())
                .param("organisation", review.organisationId()).param("now", timestamp(review.recordedAt()))
                .update();
    }

    // --- reading -------------------------------------------------------------------------------------

    Optional<Agreement> agreement(UUID id) {
        List<Agreement> found = agreements(List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every agreement one of whose versions names the organisation as a party. */
    List<UUID> idsWithParty(UUID organisation) {
        return jdbc.sql("select distinct agreement_id from agreement_party where organisation_id = :organisation")
                .param("organisation", organisation).query(UUID.class).list();
    }

    /** The columns of an agreement version that its terms are built from, and the row's version. */
    record VersionRow(UUID agreementId, String reference, int version, AgreementStatus status, LocalDate effectiveFrom,
                          LocalDate terminatedOn, String rowVersion) {
    }

    /** A version's columns and its document, read together. */
    record StoredVersion(VersionRow columns, AgreementDocument document) {
    }

    private static final String VERSION_COLUMNS = """
            v.agreement_id, a.reference, a.created_at, v.version, v.status, v.effective_from, v.terminated_on,
            v.xmin::text as row_version""";

    private static VersionRow versionColumns(ResultSet rs) throws SQLException {
        return new VersionRow(rs.getObject("agreement_id", UUID.class), rs.getString("reference"), rs.getInt("version"),
                AgreementStatus.valueOf(rs.getString("status")), rs.getObject("effective_from", LocalDate.class),
                rs.getObject("terminated_on", LocalDate.class), rs.getString("row_version"));
    }

    /**
     * For every agreement one of whose versions names both organisations: the version that speaks for it
     * ({@link Agreement#current()}: the first active one, else the latest), newest agreement first. One query,
     * without the documents.
     */
    List<VersionRow> currentVersionsBetween(UUID a, UUID b) {
        return jdbc.sql("select * from (select distinct on (v.agreement_id) " + VERSION_COLUMNS + """

                            from agreement_version v join agreement a on a.id = v.agreement_id
                            where v.agreement_id in (
                                select p.agreement_id from agreement_party p
                                join agreement_party q on q.agreement_id = p.agreement_id and q.version = p.version
                                where p.organisation_id = :a and q.organisation_id = :b)
                            order by v.agreement_id, v.status = 'ACTIVE' desc,
                                case when v.status = 'ACTIVE' then v.version else -v.version end) speaking
                        order by created_at desc, reference desc""")
                .param("a", a).param("b", b)
                .query((rs, n) -> versionColumns(rs))
                .list();
    }

    StoredVersion storedVersion(UUID agreementId, int version) {
        return jdbc.sql("select " + VERSION_COLUMNS + """
                        , v.document::text as document_json
                        from agreement_version v join agreement a on a.id = v.agreement_id
                        where v.agreement_id = :id and v.version = :version""")
                .param("id", agreementId).param("version", version)
                .query((rs, n) -> new StoredVersion(versionColumns(rs), json.readValue(rs.getString("document_json"), AgreementDocument.class)))
                .single();
    }

    List<UUID> allIds() {
        return jdbc.sql("select id from agreement").query(UUID.class).list();
    }

    List<UUID> publishedIds() {
        return jdbc.sql("select id from agreement where published_at is not null").query(UUID.class).list();
    }

    /** The agreements, newest first. */
    List<Agreement> agreements(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Agreement.Version>> versions = new LinkedHashMap<>();
        Map<String, List<Agreement.Signature>> signatures = new LinkedHashMap<>();
        jdbc.sql("select * from agreement_signature where agreement_id in (:ids) order by signed_at")
                .param("ids", ids)
                .query(rs -> {
                    signatures.computeIfAbsent(rs.getObject("agreement_id", UUID.class) + "/" + rs.getInt("version"), k -> new ArrayList<>())
                            .add(new Agreement.Signature(rs.getObject("organisation_id", UUID.class), rs.getObject("signed_by", UUID.class),
                                    Role.valueOf(rs.getString("capacity")), instant(rs, "signed_at")));
                });
        jdbc.sql("select *, document::text as document_json from agreement_version where agreement_id in (:ids) order by version")
                .param("ids", ids)
                .query(rs -> {
                    UUID agreementId = rs.getObject("agreement_id", UUID.class);
                    int version = rs.getInt("version");
                    versions.computeIfAbsent(agreementId, k -> new ArrayList<>()).add(new Agreement.Version(
                            version,
                            AgreementStatus.valueOf(rs.getString("status")),
                            json.readValue(rs.getString("document_json"), AgreementDocument.class),
                            rs.getInt("catalogue_version"),
                            instant(rs, "created_at"),
                            rs.getObject("created_by", UUID.class),
                            rs.getInt("revision"),
                            instant(rs, "submitted_at"),
                            rs.getObject("effective_from", LocalDate.class),
                            rs.getObject("superseded_on", LocalDate.class),
                            rs.getObject("terminated_on", LocalDate.class),
                            rs.getString("termination_reason"),
                            signatures.getOrDefault(agreementId + "/" + version, List.of())));
                });
        Map<UUID, List<Agreement.Review>> reviews = new LinkedHashMap<>();
        jdbc.sql("select * from agreement_review where agreement_id in (:ids) order by reviewed_on, recorded_at")
                .param("ids", ids)
                .query(rs -> {
                    reviews.computeIfAbsent(rs.getObject("agreement_id", UUID.class), k -> new ArrayList<>()).add(new Agreement.Review(
                            rs.getObject("id", UUID.class), rs.getInt("version"), rs.getInt("cycle"),
                            rs.getObject("due_on", LocalDate.class), rs.getObject("reviewed_on", LocalDate.class),
                            ReviewOutcome.valueOf(rs.getString("outcome")), rs.getString("notes"),
                            rs.getObject("reviewed_by", UUID.class), rs.getObject("organisation_id", UUID.class),
                            instant(rs, "recorded_at")));
                });
        return jdbc.sql("select * from agreement where id in (:ids) order by created_at desc, reference desc")
                .param("ids", ids)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Agreement(id, rs.getString("reference"), rs.getObject("created_by_organisation", UUID.class),
                            instant(rs, "created_at"), rs.getObject("first_effective_on", LocalDate.class),
                            instant(rs, "published_at"), versions.getOrDefault(id, List.of()), reviews.getOrDefault(id, List.of()));
                })
                .list().stream().filter(a -> !a.versions().isEmpty()).toList();
    }

    // --- DPIA ----------------------------------------------------------------------------------------

    Dpia.State dpia(UUID agreementId, int version) {
        return jdbc.sql("""
                        select *, screening::text as screening_json, screening_reasons::text as reasons_json,
                            assessment::text as assessment_json
                        from agreement_dpia where agreement_id = :id and version = :version""")
                .param("id", agreementId).param("version", version)
                .query((rs, n) -> {
                    String screening = rs.getString("screening_json");
                    String reasons = rs.getString("reasons_json");
                    String assessment = rs.getString("assessment_json");
                    Object required = rs.getObject("full_required");
                    return new Dpia.State(agreementId, version,
                            screening == null ? null : json.readValue(screening, Dpia.ScreeningAnswers.class),
                            required == null ? null : (Boolean) required,
                            reasons == null ? List.of() : List.of(json.readValue(reasons, String[].class)),
                            rs.getObject("screened_by", UUID.class), instant(rs, "screened_at"),
                            assessment == null ? null : json.readValue(assessment, Dpia.Assessment.class),
                            rs.getObject("assessed_by", UUID.class), instant(rs, "assessed_at"),
                            rs.getObject("signed_off_by", UUID.class), instant(rs, "signed_off_at"));
                })
                .optional().orElseGet(() -> Dpia.State.none(agreementId, version));
    }

    void saveDpia(Dpia.State dpia) {
        jdbc.sql("""
                        insert into agreement_dpia (agreement_id, version, screening, full_required, screening_reasons, screened_by,
                            screened_at, assessment, assessed_by, assessed_at, signed_off_by, signed_off_at)
                        values (:id, :version, cast(:screening as jsonb), :required, cast(:reasons as jsonb), :screenedBy, :screenedAt,
                            cast(:assessment as jsonb), :assessedBy, :assessedAt, :signedOffBy, :signedOffAt)
                        on conflict (agreement_id, version) do update set screening = excluded.screening,
                            full_required = excluded.full_required, screening_reasons = excluded.screening_reasons,
                            screened_by = excluded.screened_by, screened_at = excluded.screened_at,
                            assessment = excluded.assessment, assessed_by = excluded.assessed_by, assessed_at = excluded.assessed_at,
                            signed_off_by = excluded.signed_off_by, signed_off_at = excluded.signed_off_at""")
                .param("id", dpia.agreementId()).param("version", dpia.version())
                .param("screening", dpia.screening() == null ? null : json.writeValueAsString(dpia.screening()))
                .param("required", dpia.fullRequired())
                .param("reasons", json.writeValueAsString(dpia.screeningReasons()))
                .param("screenedBy", dpia.screenedBy()).param("screenedAt", timestamp(dpia.screenedAt()))
                .param("assessment", dpia.assessment() == null ? null : json.writeValueAsString(dpia.assessment()))
                .param("assessedBy", dpia.assessedBy()).param("assessedAt", timestamp(dpia.assessedAt()))
                .param("signedOffBy", dpia.signedOffBy()).param("signedOffAt", timestamp(dpia.signedOffAt()))
                .update();
    }

    private static String title(AgreementDocument document) {
        return document.title() == null || document.title().isBlank() ? "Untitled agreement" : document.title().strip();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
