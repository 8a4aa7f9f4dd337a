package org.infoshare.incident;

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

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.incident.rules.Containment;
import org.infoshare.incident.rules.DataAffected;
import org.infoshare.incident.rules.Encryption;
import org.infoshare.incident.rules.IcoReason;
import org.infoshare.incident.rules.IncidentKind;
import org.infoshare.incident.rules.Likelihood;
import org.infoshare.incident.rules.Outcome;
import org.infoshare.incident.rules.PeopleReason;
import org.infoshare.incident.rules.RiskInputs;
import org.infoshare.incident.rules.RiskLevel;
import org.infoshare.incident.rules.RiskReason;
import org.infoshare.incident.rules.RiskVerdict;
import org.infoshare.incident.rules.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The incident register's SQL. Every free text is sealed under the owning organisation's key, with a context
 * naming its table, column and row, so a value moved to another row does not open.
 */
@Repository
class IncidentStore {

    static final int SCHEMA = 1;

    /** A new incident as it is first recorded. */
    record NewIncident(UUID id, UUID organisationId, Incident.Source source, IncidentKind kind, Instant occurredAt, Instant awareAt,
                       Instant reportedAt, UUID reportedBy, Set<DataAffected> dataAffected, Integer peopleAffected, String account,
                       String involved, String actionsTaken, String recordType, UUID recordId, UUID subjectId, UUID attemptedBy) {
    }

    /** A party told of an incident, and where its coordination stands. */
    record Party(UUID incidentId, UUID organisationId, Instant toldAt, UUID toldBy, String message, Instant acknowledgedAt,
                 UUID acknowledgedBy, IncidentCommands.PartyResponse response, Instant respondedAt, UUID respondedBy, String responseNotes) {
    }

    record Note(UUID id, UUID organisationId, UUID writtenBy, Instant writtenAt, String note) {
    }

    record Referral(UUID id, IncidentCommands.ReferredTo referredTo, UUID staffMember, LocalDate referredOn, UUID referredBy,
                    Instant recordedAt, String reference, String notes) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    IncidentStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    // --- incidents ----------------------------------------------------------------------------------

    void insert(NewIncident i) {
        jdbc.sql("""
                        insert into incident (id, schema_version, organisation_id, source, kind, occurred_at, aware_at, reported_at, reported_by,
                            data_affected, people_affected, account_enc, involved_enc, actions_enc, record_type, record_id, subject_id,
                            attempted_by, status)
                        values (:id, :schema, :organisation, :source, :kind, :occurred, :aware, :reported, :reportedBy, :data, :people,
                            :account, :involved, :actions, :recordType, :recordId, :subject, :attemptedBy, 'OPEN')""")
                .param("id", i.id()).param("schema", SCHEMA).param("organisation", i.organisationId())
                .param("source", i.source().name()).param("kind", i.kind().name())
                .param("occurred", timestamp(i.occurredAt())).param("aware", timestamp(i.awareAt()))
                .param("reported", timestamp(i.reportedAt())).param("reportedBy", i.reportedBy())
                .param("data", codes(i.dataAffected())).param("people", i.peopleAffected())
                .param("account", seal(i.organisationId(), i.id(), "account_enc", i.account()))
                .param("involved", seal(i.organisationId(), i.id(), "involved_enc", i.involved()))
                .param("actions", seal(i.organisationId(), i.id(), "actions_enc", i.actionsTaken()))
                .param("recordType", i.recordType()).param("recordId", i.recordId()).param("subject", i.subjectId())
                .param("attemptedBy", i.attemptedBy())
                .update();
    }

    Optional<Incident> find(UUID id) {
        return jdbc.sql("select * from incident where id = :id").param("id", id).query(this::incident).optional();
    }

    /** Takes the row for the rest of the transaction, so that two steps on one incident never interleave. */
    Optional<Incident> lock(UUID id) {
        return jdbc.sql("select * from incident where id = :id for update").param("id", id).query(this::incident).optional();
    }

    /** The open incident for this person's refused attempts on this record, if there is one. */
    Optional<UUID> openAttempt(UUID recordId, UUID attemptedBy) {
        return jdbc.sql("""
                        select id from incident where source = 'ACCESS_REFUSED' and status = 'OPEN' and record_id = :record
                        and attempted_by is not distinct from :by""")
                .param("record", recordId).param("by", attemptedBy).query(UUID.class).optional();
    }

    void countAttempt(UUID id) {
        jdbc.sql("update incident set attempts = attempts + 1, version = version + 1 where id = :id").param("id", id).update();
    }

    void assess(UUID id, UUID organisationId, Set<DataAffected> dataAffected, Integer peopleAffected, RiskInputs inputs,
                RiskVerdict verdict, String notes, UUID by, Instant at) {
        jdbc.sql("""
                        update incident set data_affected = :data, people_affected = :people, assessed_at = :at, assessed_by = :by,
                            likelihood = :likelihood, severity = :severity, encryption = :encryption, containment = :containment,
                            law_enforcement = :lawEnforcement, risk_level = :level, risk_score = :score, risk_reasons = :reasons,
                            assessment_enc = :notes, version = version + 1
                        where id = :id""")
                .param("id", id).param("data", codes(dataAffected)).param("people", peopleAffected)
                .param("at", timestamp(at)).param("by", by)
                .param("likelihood", inputs.likelihood().name()).param("severity", inputs.severity().name())
                .param("encryption", inputs.encryption().name()).param("containment", inputs.containment().name())
                .param("lawEnforcement", inputs.lawEnforcement()).param("level", verdict.level().name()).param("score", verdict.score())
                .param("reasons", verdict.reasons().stream().map(Enum::name).toArray(String[]::new))
                .param("notes", seal(organisationId, id, "assessment_enc", notes))
                .update();
    }

    void decideIco(UUID id, UUID organisationId, IcoReason reason, String departure, String notes, UUID by, Instant at) {
        jdbc.sql("""
                        update incident set ico_reason = :reason, ico_notify = :notify, ico_decided_at = :at, ico_decided_by = :by,
                            ico_departure_enc = :departure, ico_notes_enc = :notes, version = version + 1
                        where id = :id""")
                .param("id", id).param("reason", reason.name()).param("notify", reason.tellIco()).param("at", timestamp(at)).param("by", by)
                .param("departure", seal(organisationId, id, "ico_departure_enc", departure))
                .param("notes", seal(organisationId, id, "ico_notes_enc", notes))
                .update();
    }

    void icoReported(UUID id, UUID organisationId, Instant at, String reference, String lateReason) {
        jdbc.sql("""
                        update incident set ico_reported_at = :at, ico_reference_enc = :reference, ico_late_reason_enc = :late,
                            version = version + 1
                        where id = :id""")
                .param("id", id).param("at", timestamp(at))
                .param("reference", seal(organisationId, id, "ico_reference_enc", reference))
                .param("late", seal(organisationId, id, "ico_late_reason_enc", lateReason))
                .update();
    }

    void decidePeople(UUID id, UUID organisationId, PeopleReason reason, String notes, String departure, UUID by, Instant at) {
        jdbc.sql("""
                        update incident set people_reason = :reason, people_tell = :tell, people_decided_at = :at, people_decided_by = :by,
                            people_notes_enc = :notes, people_departure_enc = :departure, version = version + 1
                        where id = :id""")
                .param("id", id).param("reason", reason.name()).param("tell", reason.tell()).param("at", timestamp(at)).param("by", by)
                .param("notes", seal(organisationId, id, "people_notes_enc", notes))
                .param("departure", seal(organisationId, id, "people_departure_enc", departure))
                .update();
    }

    void peopleTold(UUID id, UUID organisationId, Instant at, String how) {
        jdbc.sql("update incident set people_told_at = :at, people_told_how_enc = :how, version = version + 1 where id = :id")
                .param("id", id).param("at", timestamp(at)).param("how", seal(organisationId, id, "people_told_how_enc", how))
                .update();
    }

    void close(UUID id, UUID organisationId, Outcome outcome, String lessons, UUID by, Instant at) {
        jdbc.sql("""
                        update incident set status = 'CLOSED', closed_at = :at, closed_by = :by, outcome = :outcome, lessons_enc = :lessons,
                            version = version + 1
                        where id = :id""")
                .param("id", id).param("at", timestamp(at)).param("by", by).param("outcome", outcome.name())
                .param("lessons", seal(organisationId, id, "lessons_enc", lessons))
                .update();
    }

    // --- parties, notes and referrals -------------------------------------------------------------------

    boolean insertParty(UUID incidentId, UUID owner, UUID organisationId, String message, UUID by, Instant at) {
        return jdbc.sql("""
                        insert into incident_party (incident_id, organisation_id, told_at, told_by, message_enc)
                        values (:incident, :organisation, :at, :by, :message) on conflict do nothing""")
                .param("incident", incidentId).param("organisation", organisationId).param("at", timestamp(at)).param("by", by)
                .param("message", cipher.encryptText(KeyScope.organisation(owner), message, "incident_party.message_enc:" + incidentId + ":" + organisationId))
                .update() == 1;
    }

    List<Party> parties(UUID incidentId, UUID owner) {
        return jdbc.sql("select * from incident_party where incident_id = :incident order by told_at")
                .param("incident", incidentId).query((rs, n) -> party(rs, owner)).list();
    }

    boolean acknowledge(UUID incidentId, UUID organisationId, UUID by, Instant at) {
        return jdbc.sql("""
                        update incident_party set acknowledged_at = :at, acknowledged_by = :by
                        where incident_id = :incident and organisation_id = :organisation and acknowledged_at is null""")
                .param("incident", incidentId).param("organisation", organisationId).param("at", timestamp(at)).param("by", by)
                .update() == 1;
    }

    void respond(UUID incidentId, UUID owner, UUID organisationId, IncidentCommands.PartyResponse response, String notes, UUID by, Instant at) {
        jdbc.sql("""
                        update incident_party set response = :response, responded_at = :at, responded_by = :by, response_enc = :notes,
                            acknowledged_at = coalesce(acknowledged_at, :at), acknowledged_by = coalesce(acknowledged_by, :by)
                        where incident_id = :incident and organisation_id = :organisation""")
                .param("incident", incidentId).param("organisation", organisationId).param("response", response.name())
                .param("at", timestamp(at)).param("by", by)
                .param("notes", cipher.encryptText(KeyScope.organisation(owner), notes,
                        "incident_party.response_enc:" + incidentId + ":" + organisationId))
                .update();
    }

    void insertNote(UUID id, UUID incidentId, UUID owner, UUID organisationId, String note, UUID by, Instant at) {
        jdbc.sql("""
                        insert into incident_note (id, incident_id, organisation_id, written_by, written_at, note_enc)
                        values (:id, :incident, :organisation, :by, :at, :note)""")
                .param("id", id).param("incident", incidentId).param("organisation", organisationId).param("by", by)
                .param("at", timestamp(at)).param("note", cipher.encryptText(KeyScope.organisation(owner), note, "incident_note.note_enc:" + id))
                .update();
    }

    List<Note> notes(UUID incidentId, UUID owner) {
        return jdbc.sql("select * from incident_note where incident_id = :incident order by written_at, id")
                .param("incident", incidentId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Note(id, rs.getObject("organisation_id", UUID.class), rs.getObject("written_by", UUID.class),
                            instant(rs, "written_at"), cipher.decryptText(KeyScope.organisation(owner), rs.getBytes("note_enc"), "incident_note.note_enc:" + id));
                }).list();
    }

    void insertReferral(UUID id, UUID incidentId, UUID owner, IncidentCommands.Refer command, LocalDate referredOn, UUID by, Instant at) {
        KeyScope key = KeyScope.organisation(owner);
        jdbc.sql("""
                        insert into incident_referral (id, incident_id, referred_to, staff_member, referred_on, referred_by, recorded_at,
                            reference_enc, notes_enc)
                        values (:id, :incident, :to, :staff, :on, :by, :at, :reference, :notes)""")
                .param("id", id).param("incident", incidentId).param("to", command.referredTo().name()).param("staff", command.staffMemberId())
                .param("on", referredOn).param("by", by).param("at", timestamp(at))
                .param("reference", cipher.encryptText(key, blankToNull(command.reference()), "incident_referral.reference_enc:" + id))
                .param("notes", cipher.encryptText(key, blankToNull(command.notes()), "incident_referral.notes_enc:" + id))
                .update();
    }

    List<Referral> referrals(UUID incidentId, UUID owner) {
        KeyScope key = KeyScope.organisation(owner);
        return jdbc.sql("select * from incident_referral where incident_id = :incident order by recorded_at")
                .param("incident", incidentId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Referral(id, IncidentCommands.ReferredTo.valueOf(rs.getString("referred_to")), rs.getObject("staff_member", UUID.class),
                            rs.getObject("referred_on", LocalDate.class), rs.getObject("referred_by", UUID.class), instant(rs, "recorded_at"),
                            cipher.decryptText(key, rs.getBytes("reference_enc"), "incident_referral.reference_enc:" + id),
                            cipher.decryptText(key, rs.getBytes("notes_enc"), "incident_referral.notes_enc:" + id));
                }).list();
    }

    // --- figures for oversight ----------------------------------------------------------------------------

    /** The open incidents of these organisations (all when null), as the dashboard counts them: no text is opened. */
    List<OpenIncident> openIncidents(Collection<UUID> organisations) {
        return jdbc.sql("""
                        select id, number, organisation_id, source, kind, aware_at, ico_decided_at, ico_notify, ico_reported_at, risk_level
                        from incident where status = 'OPEN' and (cast(:all as boolean) or organisation_id = any(:organisations))
                        order by aware_at""")
                .param("all", organisations == null).param("organisations", organisations == null ? new UUID[0] : organisations.toArray(UUID[]::new))
                .query((rs, n) -> new OpenIncident(rs.getObject("id", UUID.class), rs.getLong("number"), rs.getObject("organisation_id", UUID.class),
                        Incident.Source.valueOf(rs.getString("source")), IncidentKind.valueOf(rs.getString("kind")), instant(rs, "aware_at"),
                        instantOrNull(rs, "ico_decided_at"), (Boolean) rs.getObject("ico_notify"), instantOrNull(rs, "ico_reported_at"),
                        rs.getString("risk_level") == null ? null : RiskLevel.valueOf(rs.getString("risk_level"))))
                .list();
    }

    /** An open incident without its text: what the oversight dashboard counts. */
    record OpenIncident(UUID id, long number, UUID organisationId, Incident.Source source, IncidentKind kind, Instant awareAt,
                        Instant icoDecidedAt, Boolean icoNotify, Instant icoReportedAt, RiskLevel riskLevel) {
    }

    // --- mapping -----------------------------------------------------------------------------------

    Incident incident(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID organisation = rs.getObject("organisation_id", UUID.class);
        Incident.Assessment assessment = null;
        if (rs.getObject("assessed_at") != null) {
            assessment = new Incident.Assessment(instant(rs, "assessed_at"), rs.getObject("assessed_by", UUID.class),
                    Likelihood.valueOf(rs.getString("likelihood")), Severity.valueOf(rs.getString("severity")),
                    Encryption.valueOf(rs.getString("encryption")), Containment.valueOf(rs.getString("containment")),
                    rs.getBoolean("law_enforcement"), RiskLevel.valueOf(rs.getString("risk_level")), rs.getInt("risk_score"),
                    enums(rs.getArray("risk_reasons"), RiskReason.class).stream().toList(),
                    open(rs, organisation, id, "assessment_enc"));
        }
        Incident.IcoDecision ico = null;
        if (rs.getString("ico_reason") != null) {
            ico = new Incident.IcoDecision(IcoReason.valueOf(rs.getString("ico_reason")), instant(rs, "ico_decided_at"),
                    rs.getObject("ico_decided_by", UUID.class), open(rs, organisation, id, "ico_departure_enc"),
                    open(rs, organisation, id, "ico_notes_enc"), instantOrNull(rs, "ico_reported_at"),
                    open(rs, organisation, id, "ico_reference_enc"), open(rs, organisation, id, "ico_late_reason_enc"));
        }
        Incident.PeopleDecision people = null;
        if (rs.getString("people_reason") != null) {
            people = new Incident.PeopleDecision(PeopleReason.valueOf(rs.getString("people_reason")), instant(rs, "people_decided_at"),
                    rs.getObject("people_decided_by", UUID.class), open(rs, organisation, id, "people_departure_enc"),
                    open(rs, organisation, id, "people_notes_enc"), instantOrNull(rs, "people_told_at"),
                    open(rs, organisation, id, "people_told_how_enc"));
        }
        Incident.Closure closure = null;
        if (rs.getObject("closed_at") != null) {
            closure = new Incident.Closure(instant(rs, "closed_at"), rs.getObject("closed_by", UUID.class),
                    Outcome.valueOf(rs.getString("outcome")), open(rs, organisation, id, "lessons_enc"));
        }
        return new Incident(id, rs.getLong("number"), organisation, Incident.Source.valueOf(rs.getString("source")),
                IncidentKind.valueOf(rs.getString("kind")), instantOrNull(rs, "occurred_at"), instant(rs, "aware_at"),
                instant(rs, "reported_at"), rs.getObject("reported_by", UUID.class), enums(rs.getArray("data_affected"), DataAffected.class),
                (Integer) rs.getObject("people_affected"), open(rs, organisation, id, "account_enc"), open(rs, organisation, id, "involved_enc"),
                open(rs, organisation, id, "actions_enc"), rs.getString("record_type"), rs.getObject("record_id", UUID.class),
                rs.getObject("subject_id", UUID.class), rs.getObject("attempted_by", UUID.class), rs.getInt("attempts"),
                Incident.Status.valueOf(rs.getString("status")), assessment, ico, people, closure, rs.getInt("version"));
    }

    private Party party(ResultSet rs, UUID owner) throws SQLException {
        UUID incident = rs.getObject("incident_id", UUID.class);
        UUID organisation = rs.getObject("organisation_id", UUID.class);
        KeyScope key = KeyScope.organisation(owner);
        String response = rs.getString("response");
        return new Party(incident, organisation, instant(rs, "told_at"), rs.getObject("told_by", UUID.class),
                cipher.decryptText(key, rs.getBytes("message_enc"), "incident_party.message_enc:" + incident + ":" + organisation),
                instantOrNull(rs, "acknowledged_at"), rs.getObject("acknowledged_by", UUID.class),
                response == null ? null : IncidentCommands.PartyResponse.valueOf(response), instantOrNull(rs, "responded_at"),
                rs.getObject("responded_by", UUID.class),
                cipher.decryptText(key, rs.getBytes("response_enc"), "incident_party.response_enc:" + incident + ":" + organisation));
    }

    private byte[] seal(UUID organisation, UUID id, String column, String text) {
        return cipher.encryptText(KeyScope.organisation(organisation), blankToNull(text), "incident." + column + ":" + id);
    }

    private String open(ResultSet rs, UUID organisation, UUID id, String column) throws SQLException {
        return cipher.decryptText(KeyScope.organisation(organisation), rs.getBytes(column), "incident." + column + ":" + id);
    }

    static String blankToNull(String text) {
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
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
