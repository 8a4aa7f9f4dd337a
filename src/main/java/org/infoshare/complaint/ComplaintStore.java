package org.infoshare.complaint;

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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.infoshare.clock.rules.Nation;
import org.infoshare.complaint.rules.Channel;
import org.infoshare.complaint.rules.ComplaintDeadlines;
import org.infoshare.complaint.rules.ComplaintOutcome;
import org.infoshare.complaint.rules.ComplaintStatus;
import org.infoshare.complaint.rules.Topic;
import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.database.PagedQuery;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The complaints register's SQL; every free text sealed under the organisation's key. */
@Repository
class ComplaintStore {

    static final int SCHEMA = 1;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    ComplaintStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    Optional<ComplaintDeadlines> settings(UUID organisationId) {
        return jdbc.sql("select acknowledge_days, respond_days from complaint_settings where organisation_id = :organisation")
                .param("organisation", organisationId)
                .query((rs, n) -> new ComplaintDeadlines(rs.getInt("acknowledge_days"), rs.getInt("respond_days"))).optional();
    }

    void saveSettings(UUID organisationId, ComplaintDeadlines deadlines, UUID by, Instant at) {
        jdbc.sql("""
                        insert into complaint_settings (organisation_id, acknowledge_days, respond_days, updated_by, updated_at)
                        values (:organisation, :acknowledge, :respond, :by, :at)
                        on conflict (organisation_id) do update set acknowledge_days = excluded.acknowledge_days,
                            respond_days = excluded.respond_days, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param("organisation", organisationId).param("acknowledge", deadlines.acknowledgeDays()).param("respond", deadlines.respondDays())
                .param("by", by).param("at", timestamp(at)).update();
    }

    void insert(UUID id, UUID organisationId, ComplaintCommands.RecordComplaint command, Nation nation, ComplaintDeadlines deadlines,
                UUID by, Instant at) {
        KeyScope key = KeyScope.organisation(organisationId);
        jdbc.sql("""
                        insert into complaint (id, schema_version, organisation_id, received_on, channel, complainant_enc, summary_enc, topics,
                            nation, acknowledge_days, respond_days, recorded_by, recorded_at, status)
                        values (:id, :schema, :organisation, :received, :channel, :complainant, :summary, :topics, :nation, :acknowledge,
                            :respond, :by, :at, 'RECEIVED')""")
                .param("id", id).param("schema", SCHEMA).param("organisation", organisationId).param("received", command.receivedOn())
                .param("channel", command.channel().name())
                .param("complainant", cipher.encryptText(key, command.complainant().strip(), "complaint.complainant_enc:" + id))
                .param("summary", cipher.encryptText(key, command.summary().strip(), "complaint.summary_enc:" + id))
                .param("topics", command.topics().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("nation", nation.name()).param("acknowledge", deadlines.acknowledgeDays()).param("respond", deadlines.respondDays())
                .param("by", by).param("at", timestamp(at))
                .update();
    }

    Optional<Complaint> find(UUID id) {
        return jdbc.sql("select * from complaint where id = :id").param("id", id).query(this::row).optional();
    }

    Optional<Complaint> lock(UUID id) {
        return jdbc.sql("select * from complaint where id = :id for update").param("id", id).query(this::row).optional();
    }

    /** A complaint's status as a list narrows by it: one of its steps, or still open (any step but closed). */
    static final Map<String, String> STATUSES = Map.of("OPEN", "c.status <> 'CLOSED'", "RECEIVED", "c.status = 'RECEIVED'",
            "ACKNOWLEDGED", "c.status = 'ACKNOWLEDGED'", "INVESTIGATING", "c.status = 'INVESTIGATING'", "CLOSED", "c.status = 'CLOSED'");
    /** Open complaints first, then the one received last. */
    private static final String ORDER = "(c.status = 'CLOSED'), c.received_on desc, c.id";

    /** One page of the organisation's register, narrowed by status and the days received (ADR 0017). */
    Page<Complaint> ofOrganisation(UUID organisationId, String status, ListFilter filter, PageRequest request) {
        return narrowed(PagedQuery.from(jdbc, "complaint c").where("c.organisation_id = :organisation", "organisation", organisationId),
                status, filter).page("c.*", ORDER, request, this::row);
    }

    /** One page of the complaints this person was asked to investigate, narrowed the same way. */
    Page<Complaint> investigatedBy(UUID userId, String status, ListFilter filter, PageRequest request) {
        return narrowed(PagedQuery.from(jdbc, "complaint c").where("c.investigator = :user", "user", userId), status, filter)
                .page("c.*", ORDER, request, this::row);
    }

    private static PagedQuery narrowed(PagedQuery query, String status, ListFilter filter) {
        return query.whereIf(status != null, STATUSES.get(status == null ? "OPEN" : status))
                .whereGiven(filter.from(), "c.received_on >= :from", "from")
                .whereGiven(filter.to(), "c.received_on <= :to", "to");
    }

    /** Open complaints of these organisations (all when null): what the dashboard counts. */
    List<Complaint> open(Collection<UUID> organisations) {
        return jdbc.sql("select * from complaint where status <> 'CLOSED' and (cast(:all as boolean) or organisation_id = any(:organisations))"
                        + " order by received_on")
                .param("all", organisations == null)
                .param("organisations", organisations == null ? new UUID[0] : organisations.toArray(UUID[]::new))
                .query(this::row).list();
    }

    void acknowledge(UUID id, LocalDate on, UUID by) {
        jdbc.sql("update complaint set status = 'ACKNOWLEDGED', acknowledged_on = :on, acknowledged_by = :by, version = version + 1 where id = :id")
                .param("id", id).param("on", on).param("by", by).update();
    }

    void investigate(UUID id, UUID investigator, Instant at) {
        jdbc.sql("""
                        update complaint set status = 'INVESTIGATING', investigator = :investigator,
                            investigating_since = coalesce(investigating_since, :at), version = version + 1
                        where id = :id""")
                .param("id", id).param("investigator", investigator).param("at", timestamp(at)).update();
    }

    boolean link(UUID id, Complaint.LinkKind kind, UUID record, UUID by, Instant at) {
        return jdbc.sql("""
                        insert into complaint_link (complaint_id, kind, record_id, linked_by, linked_at) values (:id, :kind, :record, :by, :at)
                        on conflict do nothing""")
                .param("id", id).param("kind", kind.name()).param("record", record).param("by", by).param("at", timestamp(at)).update() == 1;
    }

    void close(Complaint c, ComplaintCommands.Close command, LocalDate respondedOn, UUID by, Instant at) {
        KeyScope key = KeyScope.organisation(c.organisationId());
        jdbc.sql("""
                        update complaint set status = 'CLOSED', outcome = :outcome, findings_enc = :findings, actions_enc = :actions,
                            responded_on = :respondedOn, closed_at = :at, closed_by = :by, version = version + 1
                        where id = :id""")
                .param("id", c.id()).param("outcome", command.outcome().name())
                .param("findings", cipher.encryptText(key, command.findings().strip(), "complaint.findings_enc:" + c.id()))
                .param("actions", cipher.encryptText(key, blankToNull(command.actions()), "complaint.actions_enc:" + c.id()))
                .param("respondedOn", respondedOn).param("at", timestamp(at)).param("by", by)
                .update();
    }

    void icoReferral(UUID id, LocalDate on) {
        jdbc.sql("update complaint set ico_referred_on = :on, version = version + 1 where id = :id").param("id", id).param("on", on).update();
    }

    private List<Complaint.Link> links(UUID id) {
        return jdbc.sql("select * from complaint_link where complaint_id = :id order by linked_at").param("id", id)
                .query((rs, n) -> new Complaint.Link(Complaint.LinkKind.valueOf(rs.getString("kind")), rs.getObject("record_id", UUID.class),
                        rs.getObject("linked_by", UUID.class), instant(rs, "linked_at"))).list();
    }

    private Complaint row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID organisation = rs.getObject("organisation_id", UUID.class);
        KeyScope key = KeyScope.organisation(organisation);
        String outcome = rs.getString("outcome");
        Set<Topic> topics = Arrays.stream((String[]) rs.getArray("topics").getArray()).map(Topic::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Topic.class)));
        return new Complaint(id, rs.getLong("number"), organisation, rs.getObject("received_on", LocalDate.class),
                Channel.valueOf(rs.getString("channel")), cipher.decryptText(key, rs.getBytes("complainant_enc"), "complaint.complainant_enc:" + id),
                cipher.decryptText(key, rs.getBytes("summary_enc"), "complaint.summary_enc:" + id), topics,
                Nation.valueOf(rs.getString("nation")), new ComplaintDeadlines(rs.getInt("acknowledge_days"), rs.getInt("respond_days")),
                rs.getObject("recorded_by", UUID.class), instant(rs, "recorded_at"), ComplaintStatus.valueOf(rs.getString("status")),
                rs.getObject("acknowledged_on", LocalDate.class), rs.getObject("acknowledged_by", UUID.class),
                rs.getObject("investigator", UUID.class), instant(rs, "investigating_since"),
                cipher.decryptText(key, rs.getBytes("findings_enc"), "complaint.findings_enc:" + id),
                outcome == null ? null : ComplaintOutcome.valueOf(outcome),
                cipher.decryptText(key, rs.getBytes("actions_enc"), "complaint.actions_enc:" + id),
                rs.getObject("responded_on", LocalDate.class), instant(rs, "closed_at"), rs.getObject("closed_by", UUID.class),
                rs.getObject("ico_referred_on", LocalDate.class), links(id));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
