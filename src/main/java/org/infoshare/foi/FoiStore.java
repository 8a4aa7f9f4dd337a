package org.infoshare.foi;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.infoshare.clock.rules.Nation;
import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.database.PagedQuery;
import org.infoshare.foi.rules.Ask;
import org.infoshare.foi.rules.Exemption;
import org.infoshare.foi.rules.FinalDecision;
import org.infoshare.foi.rules.Regime;
import org.infoshare.foi.rules.Stage;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * FOI assistance's SQL. The request's wording is sealed under the holder's key; a partner's views and data under
 * the partner's, each with a context naming table, column and row.
 */
@Repository
class FoiStore {

    static final int SCHEMA = 1;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    FoiStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insertRequest(UUID id, UUID organisationId, FoiCommands.AskForAssistance command, UUID by, Instant at) {
        jdbc.sql("""
                        insert into foi_request (id, schema_version, organisation_id, regime, holder_reference, received_on, request_enc, asks,
                            created_by, created_at, status)
                        values (:id, :schema, :organisation, :regime, :reference, :received, :request, :asks, :by, :at, 'OPEN')""")
                .param("id", id).param("schema", SCHEMA).param("organisation", organisationId).param("regime", command.regime().name())
                .param("reference", blankToNull(command.holderReference())).param("received", command.receivedOn())
                .param("request", cipher.encryptText(KeyScope.organisation(organisationId), command.request().strip(), "foi_request.request_enc:" + id))
                .param("asks", codes(command.asks())).param("by", by).param("at", timestamp(at))
                .update();
    }

    void insertConsultation(UUID id, UUID requestId, UUID organisationId, Instant sentAt, LocalDate receivedOn, Nation nation,
                            LocalDate respondBy, LocalDate completeBy) {
        jdbc.sql("""
                        insert into foi_consultation (id, request_id, organisation_id, sent_at, received_on, nation, respond_by, complete_by, status)
                        values (:id, :request, :organisation, :sent, :received, :nation, :respondBy, :completeBy, 'SENT')""")
                .param("id", id).param("request", requestId).param("organisation", organisationId).param("sent", timestamp(sentAt))
                .param("received", receivedOn).param("nation", nation.name()).param("respondBy", respondBy).param("completeBy", completeBy)
                .update();
    }

    Optional<FoiRequest> request(UUID id) {
        return jdbc.sql("select * from foi_request where id = :id").param("id", id).query(this::requestRow).optional();
    }

    Optional<FoiRequest> lockRequest(UUID id) {
        return jdbc.sql("select * from foi_request where id = :id for update").param("id", id).query(this::requestRow).optional();
    }

    /**
     * One page of the requests the organisation asked partners to help with, open first, then the newest: narrowed by
     * status, a partner asked and the days received (ADR 0017).
     */
    Page<FoiRequest> requestsOf(UUID organisationId, String status, ListFilter filter, PageRequest request) {
        return PagedQuery.from(jdbc, "foi_request r").where("r.organisation_id = :organisation", "organisation", organisationId)
                .whereGiven(status, "r.status = :status", "status")
                .whereGiven(filter.organisation(), "exists (select 1 from foi_consultation c where c.request_id = r.id and c.organisation_id = :partner)",
                        "partner")
                .whereGiven(filter.from(), "r.received_on >= :from", "from")
                .whereGiven(filter.to(), "r.received_on <= :to", "to")
                .page("r.*", "r.status desc, r.created_at desc, r.id", request, this::requestRow);
    }

    List<FoiRequest> requests(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("select * from foi_request where id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new)).query(this::requestRow).list();
    }

    Optional<Consultation> consultation(UUID id) {
        return jdbc.sql("select * from foi_consultation where id = :id").param("id", id).query(this::consultationRow).optional();
    }

    Optional<Consultation> lockConsultation(UUID id) {
        return jdbc.sql("select * from foi_consultation where id = :id for update").param("id", id).query(this::consultationRow).optional();
    }

    List<Consultation> consultationsOf(UUID requestId) {
        return jdbc.sql("select * from foi_consultation where request_id = :request order by sent_at, organisation_id")
                .param("request", requestId).query(this::consultationRow).list();
    }

    /**
     * One page of the consultations sent to this partner, those still owing something first, then the answer due
     * soonest, then the newest sent: narrowed by status, the organisation asking and the days received (ADR 0017).
     */
    Page<Consultation> consultationsFor(UUID organisationId, String status, ListFilter filter, PageRequest request) {
        return PagedQuery.from(jdbc, "foi_consultation c").where("c.organisation_id = :organisation", "organisation", organisationId)
                .whereGiven(status, "c.status = :status", "status")
                .whereGiven(filter.organisation(), "exists (select 1 from foi_request r where r.id = c.request_id and r.organisation_id = :holder)",
                        "holder")
                .whereGiven(filter.from(), "c.received_on >= :from", "from")
                .whereGiven(filter.to(), "c.received_on <= :to", "to")
                .page("c.*", "(c.status = 'COMPLETED'), c.respond_by, c.sent_at desc, c.id", request, this::consultationRow);
    }

    /** Every consultation still owing something on an undecided request: what the reminders and the dashboard look at. */
    List<Consultation> owing(Collection<UUID> organisations) {
        return jdbc.sql("""
                        select c.* from foi_consultation c join foi_request r on r.id = c.request_id
                        where c.status <> 'COMPLETED' and r.status = 'OPEN'
                          and (cast(:all as boolean) or c.organisation_id = any(:organisations) or r.organisation_id = any(:organisations))
                        order by c.respond_by""")
                .param("all", organisations == null)
                .param("organisations", organisations == null ? new UUID[0] : organisations.toArray(UUID[]::new))
                .query(this::consultationRow).list();
    }

    void respond(Consultation c, boolean complete, FoiCommands.Respond command, UUID by, Instant at) {
        jdbc.sql("""
                        update foi_consultation set status = :status, responded_at = :at, responded_by = :by, views_enc = :views,
                            concerns = :concerns, exemptions = :exemptions,
                            completed_at = case when :complete then cast(:at as timestamptz) end,
                            completed_by = case when :complete then cast(:by as uuid) end
                        where id = :id""")
                .param("id", c.id()).param("status", complete ? "COMPLETED" : "RESPONDED").param("at", timestamp(at)).param("by", by)
                .param("complete", complete)
                .param("views", cipher.encryptText(KeyScope.organisation(c.organisationId()), command.views().strip(), "foi_consultation.views_enc:" + c.id()))
                .param("concerns", command.concerns())
                .param("exemptions", codes(command.exemptions() == null ? Set.of() : command.exemptions()))
                .update();
    }

    void complete(Consultation c, String data, UUID by, Instant at) {
        jdbc.sql("update foi_consultation set status = 'COMPLETED', completed_at = :at, completed_by = :by, data_enc = :data where id = :id")
                .param("id", c.id()).param("at", timestamp(at)).param("by", by)
                .param("data", cipher.encryptText(KeyScope.organisation(c.organisationId()), data, "foi_consultation.data_enc:" + c.id()))
                .update();
    }

    void reminded(UUID id, Stage stage, Instant at) {
        jdbc.sql("update foi_consultation set reminded_stage = :stage, reminded_at = :at where id = :id")
                .param("id", id).param("stage", stage.name()).param("at", timestamp(at)).update();
    }

    void escalated(UUID id, Stage stage, Instant at) {
        jdbc.sql("update foi_consultation set escalated_stage = :stage, escalated_at = :at where id = :id")
                .param("id", id).param("stage", stage.name()).param("at", timestamp(at)).update();
    }

    void decide(FoiRequest r, FoiCommands.Decide command, UUID by, Instant at) {
        jdbc.sql("""
                        update foi_request set status = 'DECIDED', decision = :decision, exemptions = :exemptions, decided_at = :at,
                            decided_by = :by, decision_enc = :notes
                        where id = :id""")
                .param("id", r.id()).param("decision", command.decision().name())
                .param("exemptions", codes(command.exemptions() == null ? Set.of() : command.exemptions()))
                .param("at", timestamp(at)).param("by", by)
                .param("notes", cipher.encryptText(KeyScope.organisation(r.organisationId()), blankToNull(command.notes()),
                        "foi_request.decision_enc:" + r.id()))
                .update();
    }

    /** Serialises the reminder sweep across instances: false when another holds it. */
    boolean trySweepLock() {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(7730281)").query(Boolean.class).single());
    }

    private FoiRequest requestRow(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID organisation = rs.getObject("organisation_id", UUID.class);
        KeyScope key = KeyScope.organisation(organisation);
        String decision = rs.getString("decision");
        return new FoiRequest(id, rs.getLong("number"), organisation, Regime.valueOf(rs.getString("regime")), rs.getString("holder_reference"),
                rs.getObject("received_on", LocalDate.class), cipher.decryptText(key, rs.getBytes("request_enc"), "foi_request.request_enc:" + id),
                enums(rs.getArray("asks"), Ask.class), rs.getObject("created_by", UUID.class), instant(rs, "created_at"),
                FoiRequest.Status.valueOf(rs.getString("status")), decision == null ? null : FinalDecision.valueOf(decision),
                enums(rs.getArray("exemptions"), Exemption.class), instant(rs, "decided_at"), rs.getObject("decided_by", UUID.class),
                cipher.decryptText(key, rs.getBytes("decision_enc"), "foi_request.decision_enc:" + id));
    }

    private Consultation consultationRow(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID organisation = rs.getObject("organisation_id", UUID.class);
        KeyScope key = KeyScope.organisation(organisation);
        String reminded = rs.getString("reminded_stage");
        String escalated = rs.getString("escalated_stage");
        return new Consultation(id, rs.getObject("request_id", UUID.class), organisation, instant(rs, "sent_at"),
                rs.getObject("received_on", LocalDate.class), Nation.valueOf(rs.getString("nation")),
                Consultation.Status.valueOf(rs.getString("status")), instant(rs, "responded_at"), rs.getObject("responded_by", UUID.class),
                cipher.decryptText(key, rs.getBytes("views_enc"), "foi_consultation.views_enc:" + id), (Boolean) rs.getObject("concerns"),
                enums(rs.getArray("exemptions"), Exemption.class), instant(rs, "completed_at"), rs.getObject("completed_by", UUID.class),
                cipher.decryptText(key, rs.getBytes("data_enc"), "foi_consultation.data_enc:" + id),
                reminded == null ? null : Stage.valueOf(reminded), instant(rs, "reminded_at"),
                escalated == null ? null : Stage.valueOf(escalated), instant(rs, "escalated_at"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String[] codes(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        if (array == null) {
            return EnumSet.noneOf(type);
        }
        return Arrays.stream((String[]) array.getArray()).map(code -> Enum.valueOf(type, code))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
