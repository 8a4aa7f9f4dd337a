package org.infoshare.consent;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.database.PagedQuery;
import org.infoshare.database.SqlCondition;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.SharingPurpose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consent register's SQL. Free text is sealed under the subject's key, with its table, column and row. */
@Repository
class ConsentStore {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    ConsentStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(UUID id, UUID organisationId, ConsentCommands.RecordConsent command, Instant givenAt, LocalDate validFrom,
                UUID recordedBy, Instant now) {
        KeyScope scope = KeyScope.subject(command.subjectId());
        jdbc.sql("""
                        insert into consent_record (id, organisation_id, subject_id, answer, given_by, giver_name_enc, capacity, explicit,
                            medium, given_at, agreed_enc, purposes, recipients, valid_from, valid_until, recorded_at, recorded_by)
                        values (:id, :organisation, :subject, :answer, :givenBy, :giver, :capacity, :explicit, :medium, :givenAt,
                            :agreed, :purposes, :recipients, :validFrom, :validUntil, :now, :by)""")
                .param("id", id)
                .param("organisation", organisationId)
                .param("subject", command.subjectId())
                .param("answer", command.answer().name())
                .param("givenBy", command.givenBy().name())
                .param("giver", cipher.encryptText(scope, blankToNull(command.giverName()), "consent_record.giver_name_enc:" + id))
                .param("capacity", command.capacity() == null ? null : command.capacity().name())
                .param("explicit", command.explicit())
                .param("medium", command.medium().name())
                .param("givenAt", utc(givenAt))
                .param("agreed", cipher.encryptText(scope, blankToNull(command.whatWasAgreed()), "consent_record.agreed_enc:" + id))
                .param("purposes", command.purposes().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("recipients", (command.recipients() == null ? Set.<UUID>of() : command.recipients()).toArray(UUID[]::new))
                .param("validFrom", validFrom)
                .param("validUntil", command.validUntil())
                .param("now", utc(now))
                .param("by", recordedBy)
                .update();
    }

    void event(UUID consentId, UUID subjectId, ConsentStatus event, Instant happenedAt, UUID by, String notes, Instant now) {
        Long id = jdbc.sql("""
                        insert into consent_event (consent_id, event, happened_at, recorded_at, recorded_by)
                        values (:consent, :event, :happened, :now, :by) returning id""")
                .param("consent", consentId).param("event", event.name()).param("happened", utc(happenedAt))
                .param("now", utc(now)).param("by", by)
                .query(Long.class).single();
        if (notes != null && !notes.isBlank()) {
            // The context names the entry's id, known only once it is inserted, so notes live beside it.
            jdbc.sql("insert into consent_event_notes (event_id, notes_enc) values (:id, :notes)")
                    .param("id", id)
                    .param("notes", cipher.encryptText(KeyScope.subject(subjectId), notes.strip(), "consent_event_notes.notes_enc:" + id))
                    .update();
        }
    }

    void withdraw(UUID id, Instant withdrawnAt) {
        jdbc.sql("update consent_record set withdrawn_at = :at where id = :id and withdrawn_at is null")
                .param("id", id).param("at", utc(withdrawnAt)).update();
    }

    Optional<ConsentRecord> find(UUID id, LocalDate today) {
        return jdbc.sql("select * from consent_record where id = :id").param("id", id)
                .query((rs, n) -> row(rs, today)).optional();
    }

    List<ConsentRecord> forSubject(UUID subjectId, LocalDate today) {
        return jdbc.sql("select * from consent_record where subject_id = :subject order by given_at desc, recorded_at desc")
                .param("subject", subjectId)
                .query((rs, n) -> row(rs, today)).list();
    }

    /** Each status as the record reads it ({@link #row}), in SQL. */
    private static final Map<ConsentStatus, String> STATUS_SQL = Map.of(
            ConsentStatus.REFUSED, "c.answer = 'REFUSED'",
            ConsentStatus.WITHDRAWN, "c.answer = 'GIVEN' and c.withdrawn_at is not null",
            ConsentStatus.EXPIRED, "c.answer = 'GIVEN' and c.withdrawn_at is null and c.valid_until < :today",
            ConsentStatus.GIVEN, "c.answer = 'GIVEN' and c.withdrawn_at is null and (c.valid_until is null or c.valid_until >= :today)");

    /**
     * One page of the organisation's consent records about people the caller may see, newest recorded first, narrowed
     * by person, status, an organisation it names and the days it was given or refused.
     */
    Page<ConsentRecord> page(UUID organisationId, SqlCondition mayView, UUID person, ConsentStatus status, ListFilter filter, LocalDate today,
                             PageRequest request) {
        return PagedQuery.from(jdbc, "consent_record c")
                .where("c.organisation_id = :organisation", "organisation", organisationId)
                .where(mayView)
                .param("today", today)
                .whereGiven(person, "c.subject_id = :person", "person")
                .whereIf(status != null, STATUS_SQL.get(status == null ? ConsentStatus.GIVEN : status))
                .whereGiven(filter.organisation(), ":other = any(c.recipients)", "other")
                .whereGiven(filter.fromMoment(), "c.given_at >= :from", "from")
                .whereGiven(filter.toMomentExclusive(), "c.given_at < :to", "to")
                .page("c.*", "c.recorded_at desc, c.id desc", request, (rs, n) -> row(rs, today));
    }

    List<ConsentEvent> history(UUID consentId, UUID subjectId) {
        return jdbc.sql("""
                        select e.*, n.notes_enc from consent_event e left join consent_event_notes n on n.event_id = e.id
                        where e.consent_id = :consent order by e.id""")
                .param("consent", consentId)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new ConsentEvent(id, consentId, ConsentStatus.valueOf(rs.getString("event")),
                            instant(rs, "happened_at"), instant(rs, "recorded_at"), rs.getObject("recorded_by", UUID.class),
                            cipher.decryptText(KeyScope.subject(subjectId), rs.getBytes("notes_enc"), "consent_event_notes.notes_enc:" + id));
                }).list();
    }

    void relied(UUID consentId, UUID decisionId, UUID recipientOrganisationId, UUID recipientTeamId, Instant now) {
        jdbc.sql("""
                        insert into consent_reliance (consent_id, decision_id, recipient_organisation_id, recipient_team_id, relied_at)
                        values (:consent, :decision, :recipient, :team, :now) on conflict do nothing""")
                .param("consent", consentId).param("decision", decisionId).param("recipient", recipientOrganisationId)
                .param("team", recipientTeamId).param("now", utc(now))
                .update();
    }

    record Reliance(UUID decisionId, UUID recipientOrganisationId, UUID recipientTeamId) {
    }

    List<Reliance> reliances(UUID consentId) {
        return jdbc.sql("select * from consent_reliance where consent_id = :consent order by relied_at")
                .param("consent", consentId)
                .query((rs, n) -> new Reliance(rs.getObject("decision_id", UUID.class), rs.getObject("recipient_organisation_id", UUID.class),
                        rs.getObject("recipient_team_id", UUID.class))).list();
    }

    void insertNotice(UUID id, UUID consentId, Reliance reliance, UUID holder, UUID subjectId, Instant now) {
        jdbc.sql("""
                        insert into consent_withdrawal_notice (id, consent_id, decision_id, holder_organisation_id, recipient_organisation_id,
                            recipient_team_id, subject_id, status, raised_at)
                        values (:id, :consent, :decision, :holder, :recipient, :team, :subject, 'OPEN', :now)""")
                .param("id", id).param("consent", consentId).param("decision", reliance.decisionId()).param("holder", holder)
                .param("recipient", reliance.recipientOrganisationId()).param("team", reliance.recipientTeamId())
                .param("subject", subjectId).param("now", utc(now))
                .update();
    }

    List<WithdrawalNotice> notices(UUID holder, WithdrawalNotice.Status status) {
        return jdbc.sql("""
                        select * from consent_withdrawal_notice where holder_organisation_id = :holder
                        and (cast(:status as text) is null or status = :status) order by raised_at, id""")
                .param("holder", holder).param("status", status == null ? null : status.name())
                .query(ConsentStore::notice).list();
    }

    List<WithdrawalNotice> noticesFor(UUID consentId) {
        return jdbc.sql("select * from consent_withdrawal_notice where consent_id = :consent order by raised_at, id")
                .param("consent", consentId).query(ConsentStore::notice).list();
    }

    Optional<WithdrawalNotice> notice(UUID id) {
        return jdbc.sql("select * from consent_withdrawal_notice where id = :id").param("id", id).query(ConsentStore::notice).optional();
    }

    boolean markDone(UUID id, UUID by, Instant now) {
        return jdbc.sql("update consent_withdrawal_notice set status = 'DONE', done_at = :now, done_by = :by where id = :id and status = 'OPEN'")
                .param("id", id).param("by", by).param("now", utc(now)).update() > 0;
    }

    private static WithdrawalNotice notice(ResultSet rs, int n) throws SQLException {
        return new WithdrawalNotice(rs.getObject("id", UUID.class), rs.getObject("consent_id", UUID.class),
                rs.getObject("decision_id", UUID.class), rs.getObject("holder_organisation_id", UUID.class),
                rs.getObject("recipient_organisation_id", UUID.class), rs.getObject("recipient_team_id", UUID.class),
                rs.getObject("subject_id", UUID.class), WithdrawalNotice.Status.valueOf(rs.getString("status")),
                instant(rs, "raised_at"), instant(rs, "done_at"), rs.getObject("done_by", UUID.class));
    }

    private ConsentRecord row(ResultSet rs, LocalDate today) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID subject = rs.getObject("subject_id", UUID.class);
        KeyScope scope = KeyScope.subject(subject);
        LocalDate until = rs.getObject("valid_until", LocalDate.class);
        Instant withdrawn = instant(rs, "withdrawn_at");
        ConsentStatus status;
        if ("REFUSED".equals(rs.getString("answer"))) {
            status = ConsentStatus.REFUSED;
        } else if (withdrawn != null) {
            status = ConsentStatus.WITHDRAWN;
        } else if (until != null && until.isBefore(today)) {
            status = ConsentStatus.EXPIRED;
        } else {
            status = ConsentStatus.GIVEN;
        }
        Set<SharingPurpose> purposes = EnumSet.noneOf(SharingPurpose.class);
        for (String code : strings(rs.getArray("purposes"))) {
            purposes.add(SharingPurpose.valueOf(code));
        }
        String capacity = rs.getString("capacity");
        return new ConsentRecord(id, rs.getObject("organisation_id", UUID.class), subject, status,
                GivenBy.valueOf(rs.getString("given_by")),
                cipher.decryptText(scope, rs.getBytes("giver_name_enc"), "consent_record.giver_name_enc:" + id),
                capacity == null ? null : Capacity.valueOf(capacity), rs.getBoolean("explicit"),
                ConsentMedium.valueOf(rs.getString("medium")), instant(rs, "given_at"),
                cipher.decryptText(scope, rs.getBytes("agreed_enc"), "consent_record.agreed_enc:" + id),
                purposes, uuids(rs.getArray("recipients")), rs.getObject("valid_from", LocalDate.class), until, withdrawn,
                instant(rs, "recorded_at"), rs.getObject("recorded_by", UUID.class), ConsentRecord.NOT_CHECKED);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        return array == null ? Set.of() : new HashSet<>(Arrays.asList((UUID[]) array.getArray()));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
