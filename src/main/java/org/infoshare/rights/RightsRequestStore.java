package org.infoshare.rights;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.database.PagedQuery;
import org.infoshare.rights.rules.Exemption;
import org.infoshare.rights.rules.ExtensionReason;
import org.infoshare.rights.rules.IdentityCheck;
import org.infoshare.rights.rules.PauseReason;
import org.infoshare.rights.rules.ReceivedHow;
import org.infoshare.rights.rules.RequestOutcome;
import org.infoshare.rights.rules.RequestStatus;
import org.infoshare.rights.rules.RequesterCapacity;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Rights requests' SQL. What the requester told us is sealed under the request's own key. */
@Repository
class RightsRequestStore {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;

    RightsRequestStore(JdbcClient jdbc, PersonalDataCipher cipher, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    String nextReference(int year) {
        long n = jdbc.sql("select nextval('rights_request_number')").query(Long.class).single();
        return "RR-" + year + "-" + String.format("%05d", n);
    }

    void insert(UUID id, UUID organisation, String reference, RightsCommands.RecordRequest c, UUID by, Instant now) {
        KeyScope key = KeyScope.record(id);
        jdbc.sql("""
                        insert into rights_request (id, organisation_id, reference, kind, received_on, received_how, capacity,
                            requester_enc, person_enc, details_enc, status, recorded_at, recorded_by)
                        values (:id, :organisation, :reference, :kind, :receivedOn, :how, :capacity, :requester, :person, :details,
                            'OPEN', :now, :by)""")
                .param("id", id).param("organisation", organisation).param("reference", reference)
                .param("kind", c.kind().name()).param("receivedOn", c.receivedOn()).param("how", c.receivedHow().name())
                .param("capacity", c.capacity().name())
                .param("requester", seal(key, json.writeValueAsString(new RightsRequest.Requester(c.requesterName().strip(),
                        blankToNull(c.requesterContact()))), "requester_enc", id))
                .param("person", seal(key, json.writeValueAsString(new RightsRequest.PersonDescribed(blankToNull(c.personName()),
                        c.personDateOfBirth(), blankToNull(c.personReference()))), "person_enc", id))
                .param("details", seal(key, c.details().strip(), "details_enc", id))
                .param("now", timestamp(now)).param("by", by)
                .update();
    }

    Optional<RightsRequest> find(UUID id) {
        return jdbc.sql("select * from rights_request where id = :id").param("id", id).query(this::row).optional()
                .map(r -> withPauses(r, pauses(List.of(r.id())).getOrDefault(r.id(), List.of())));
    }

    /** Requests not yet closed, or all of them, for the organisation; newest received first. */
    List<RightsRequest> forOrganisation(UUID organisation, boolean openOnly, int limit) {
        List<RightsRequest> requests = jdbc.sql("select * from rights_request where organisation_id = :organisation"
                        + (openOnly ? " and status in ('OPEN', 'PAUSED')" : "") + " order by received_on desc, recorded_at desc limit :limit")
                .param("organisation", organisation).param("limit", limit).query(this::row).list();
        Map<UUID, List<RightsRequest.PauseRecord>> pauses = pauses(requests.stream().map(RightsRequest::id).toList());
        return requests.stream().map(r -> withPauses(r, pauses.getOrDefault(r.id(), List.of()))).toList();
    }

    /**
     * The days the clock has stopped for, as {@code Pause.pausedDays} counts them: each pause from the day asked to
     * the day resumed (one still open to the end of {@code :today}), a day covered by two pauses counted once.
     */
    private static final String PAUSED_DAYS = """
            (select cast(coalesce(sum(upper(s) - lower(s)), 0) as integer) from unnest((select range_agg(daterange(p.paused_on,
                greatest(p.paused_on, coalesce(p.resumed_on, cast(:today as date) + 1)))) from rights_request_pause p
                where p.request_id = r.id)) s)""";
    /**
     * The queue's order ({@code QueueOrder}) in SQL: paused requests last; otherwise the earliest deadline first, which
     * is the order of the day counted to (one calendar month from receipt, three when extended, plus the days paused)
     * because the deadline is the first working day on or after it; then the earliest received.
     */
    private static final String QUEUE_ORDER = "r.status = 'PAUSED', cast(r.received_on + case when r.extension_reason is null "
            + "then interval '1 month' else interval '3 months' end as date) + " + PAUSED_DAYS + ", r.received_on, r.id";
    private static final String NEWEST_FIRST = "r.received_on desc, r.recorded_at desc, r.id";

    /**
     * One page of the organisation's requests, in the queue's order (those not yet decided) or every one newest
     * received first, narrowed by status, kind, the person confirmed and the days received (ADR 0017).
     */
    Page<RightsRequest> page(UUID organisation, boolean openOnly, String status, String kind, UUID person, ListFilter filter,
                             LocalDate today, PageRequest request) {
        Page<RightsRequest> page = PagedQuery.from(jdbc, "rights_request r")
                .where("r.organisation_id = :organisation", "organisation", organisation)
                .whereIf(openOnly, "r.status in ('OPEN', 'PAUSED')")
                .whereGiven(status, "r.status = :status", "status")
                .whereGiven(kind, "r.kind = :kind", "kind")
                .whereGiven(person, "r.subject_id = :person", "person")
                .whereGiven(filter.from(), "r.received_on >= :from", "from")
                .whereGiven(filter.to(), "r.received_on <= :to", "to")
                .param("today", today)
                .page("r.*", openOnly ? QUEUE_ORDER : NEWEST_FIRST, request, this::row);
        Map<UUID, List<RightsRequest.PauseRecord>> pauses = pauses(page.items().stream().map(RightsRequest::id).toList());
        return page.map(r -> withPauses(r, pauses.getOrDefault(r.id(), List.of())));
    }

    /** Every request not yet decided, across the partnership, for the escalation job. */
    List<RightsRequest> undecided() {
        List<RightsRequest> requests = jdbc.sql("select * from rights_request where status in ('OPEN', 'PAUSED') and escalated_at is null")
                .query(this::row).list();
        Map<UUID, List<RightsRequest.PauseRecord>> pauses = pauses(requests.stream().map(RightsRequest::id).toList());
        return requests.stream().map(r -> withPauses(r, pauses.getOrDefault(r.id(), List.of()))).toList();
    }

    List<RightsRequest> aboutSubject(UUID subject) {
        List<RightsRequest> requests = jdbc.sql("select * from rights_request where subject_id = :subject order by received_on")
                .param("subject", subject).query(this::row).list();
        Map<UUID, List<RightsRequest.PauseRecord>> pauses = pauses(requests.stream().map(RightsRequest::id).toList());
        return requests.stream().map(r -> withPauses(r, pauses.getOrDefault(r.id(), List.of()))).toList();
    }

    void identity(UUID id, RightsCommands.RecordIdentity c, UUID by) {
        jdbc.sql("update rights_request set identity_check = :check, identity_checked_on = :on, identity_checked_by = :by where id = :id")
                .param("check", c.check().name()).param("on", c.checkedOn()).param("by", by).param("id", id).update();
    }

    void confirmPerson(UUID id, UUID subject, UUID by, Instant now) {
        jdbc.sql("""
                        update rights_request set subject_id = :subject, not_held = false, person_confirmed_by = :by, person_confirmed_at = :now
                        where id = :id""")
                .param("subject", subject).param("by", by).param("now", timestamp(now)).param("id", id).update();
    }

    void confirmNotHeld(UUID id, UUID by, Instant now) {
        jdbc.sql("""
                        update rights_request set subject_id = null, not_held = true, person_confirmed_by = :by, person_confirmed_at = :now
                        where id = :id""")
                .param("by", by).param("now", timestamp(now)).param("id", id).update();
    }

    void pause(UUID id, RightsCommands.Pause c, UUID by) {
        jdbc.sql("insert into rights_request_pause (id, request_id, reason, paused_on, paused_by) values (:pause, :id, :reason, :on, :by)")
                .param("pause", UUID.randomUUID()).param("id", id).param("reason", c.reason().name()).param("on", c.pausedOn())
                .param("by", by).update();
        status(id, RequestStatus.PAUSED);
    }

    void resume(UUID id, RightsCommands.Resume c, UUID by) {
        jdbc.sql("update rights_request_pause set resumed_on = :on, resumed_by = :by where request_id = :id and resumed_on is null")
                .param("on", c.resumedOn()).param("by", by).param("id", id).update();
        status(id, RequestStatus.OPEN);
    }

    void extend(UUID id, RightsCommands.Extend c, UUID by) {
        jdbc.sql("""
                        update rights_request set extension_reason = :reason, extension_note_enc = :note, extended_on = :on, extended_by = :by
                        where id = :id""")
                .param("reason", c.reason().name()).param("note", seal(KeyScope.record(id), c.note().strip(), "extension_note_enc", id))
                .param("on", c.extendedOn()).param("by", by).param("id", id).update();
    }

    void decide(UUID id, RightsCommands.Decide c, UUID by) {
        jdbc.sql("""
                        update rights_request set status = 'DECIDED', outcome = :outcome, exemptions = :exemptions, decision_note_enc = :note,
                            decided_on = :on, decided_by = :by
                        where id = :id""")
                .param("outcome", c.outcome().name())
                .param("exemptions", c.exemptions().stream().map(Enum::name).distinct().toArray(String[]::new))
                .param("note", seal(KeyScope.record(id), c.note().strip(), "decision_note_enc", id))
                .param("on", c.decidedOn()).param("by", by).param("id", id).update();
    }

    void close(UUID id, LocalDate closedOn) {
        jdbc.sql("update rights_request set status = 'CLOSED', closed_on = :on where id = :id").param("on", closedOn).param("id", id).update();
    }

    boolean escalate(UUID id, Instant now) {
        return jdbc.sql("update rights_request set escalated_at = :now where id = :id and escalated_at is null")
                .param("now", timestamp(now)).param("id", id).update() == 1;
    }

    void propagated(UUID id, Instant now) {
        jdbc.sql("update rights_request set propagated_at = :now where id = :id").param("now", timestamp(now)).param("id", id).update();
    }

    void erased(UUID id, Instant at) {
        jdbc.sql("update rights_request set erased_at = :at where id = :id").param("at", timestamp(at)).param("id", id).update();
    }

    private void status(UUID id, RequestStatus status) {
        jdbc.sql("update rights_request set status = :status where id = :id").param("status", status.name()).param("id", id).update();
    }

    private Map<UUID, List<RightsRequest.PauseRecord>> pauses(List<UUID> requests) {
        if (requests.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from rights_request_pause where request_id = any(:ids) order by paused_on, id")
                .param("ids", requests.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("request_id", UUID.class), new RightsRequest.PauseRecord(
                        rs.getObject("id", UUID.class), PauseReason.valueOf(rs.getString("reason")),
                        rs.getObject("paused_on", LocalDate.class), rs.getObject("resumed_on", LocalDate.class))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static RightsRequest withPauses(RightsRequest r, List<RightsRequest.PauseRecord> pauses) {
        return new RightsRequest(r.id(), r.organisationId(), r.reference(), r.kind(), r.receivedOn(), r.receivedHow(), r.capacity(),
                r.requester(), r.person(), r.details(), r.identityCheck(), r.identityCheckedOn(), r.subjectId(), r.personConfirmedBy(),
                r.personConfirmedAt(), r.notHeld(), r.status(), pauses, r.extension(), r.decision(), r.escalatedAt(), r.propagatedAt(), r.erasedAt(), r.closedOn(),
                r.recordedAt(), r.recordedBy());
    }

    private RightsRequest row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        KeyScope key = KeyScope.record(id);
        String outcome = rs.getString("outcome");
        String extension = rs.getString("extension_reason");
        String check = rs.getString("identity_check");
        return new RightsRequest(id, rs.getObject("organisation_id", UUID.class), rs.getString("reference"),
                RightKind.valueOf(rs.getString("kind")), rs.getObject("received_on", LocalDate.class),
                ReceivedHow.valueOf(rs.getString("received_how")), RequesterCapacity.valueOf(rs.getString("capacity")),
                json.readValue(open(key, rs.getBytes("requester_enc"), "requester_enc", id), RightsRequest.Requester.class),
                json.readValue(open(key, rs.getBytes("person_enc"), "person_enc", id), RightsRequest.PersonDescribed.class),
                open(key, rs.getBytes("details_enc"), "details_enc", id),
                check == null ? null : IdentityCheck.valueOf(check), rs.getObject("identity_checked_on", LocalDate.class),
                rs.getObject("subject_id", UUID.class), rs.getObject("person_confirmed_by", UUID.class),
                instant(rs, "person_confirmed_at"), rs.getBoolean("not_held"), RequestStatus.valueOf(rs.getString("status")), List.of(),
                extension == null ? null : new RightsRequest.Extension(ExtensionReason.valueOf(extension),
                        open(key, rs.getBytes("extension_note_enc"), "extension_note_enc", id), rs.getObject("extended_on", LocalDate.class)),
                outcome == null ? null : new RightsRequest.Decision(RequestOutcome.valueOf(outcome), exemptions(rs.getArray("exemptions")),
                        open(key, rs.getBytes("decision_note_enc"), "decision_note_enc", id), rs.getObject("decided_on", LocalDate.class),
                        rs.getObject("decided_by", UUID.class)),
                instant(rs, "escalated_at"), instant(rs, "propagated_at"), instant(rs, "erased_at"), rs.getObject("closed_on", LocalDate.class), instant(rs, "recorded_at"),
                rs.getObject("recorded_by", UUID.class));
    }

    private static List<Exemption> exemptions(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((String[]) array.getArray()).map(Exemption::valueOf).toList();
    }

    private byte[] seal(KeyScope key, String text, String column, UUID id) {
        return cipher.encryptText(key, text, "rights_request." + column + ":" + id);
    }

    private String open(KeyScope key, byte[] sealed, String column, UUID id) {
        return cipher.decryptText(key, sealed, "rights_request." + column + ":" + id);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
