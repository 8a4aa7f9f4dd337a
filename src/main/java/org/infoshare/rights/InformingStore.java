package org.infoshare.rights;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.database.PagedQuery;
import org.infoshare.database.SqlCondition;
import org.infoshare.rights.rules.InformMethod;
import org.infoshare.rights.rules.NotToldReason;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.infoshare.rights.RightsRequestStore.instant;
import static org.infoshare.rights.RightsRequestStore.timestamp;

/** Privacy notices (clear: they are public) and whether people were told (a note sealed under the person's key). */
@Repository
class InformingStore {

    /** A share the sender said the person would be told about, not yet recorded as told or not. */
    record Untold(UUID disclosureId, UUID subjectId, java.time.Instant sentAt, UUID recipientOrganisationId) {
    }

    private static final String NOTICE = """
            select n.*, array(select d.dataset_specification_id from privacy_notice_dataset d where d.notice_id = n.id
                              order by d.dataset_specification_id) as datasets
            from privacy_notice n""";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    InformingStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    int nextVersion(UUID organisation) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from privacy_notice where organisation_id = :organisation")
                .param("organisation", organisation).query(Integer.class).single();
    }

    void insertNotice(PrivacyNotice n) {
        jdbc.sql("""
                        insert into privacy_notice (id, organisation_id, version, title, body, published_on, recorded_at, recorded_by)
                        values (:id, :organisation, :version, :title, :body, :on, :at, :by)""")
                .param("id", n.id()).param("organisation", n.organisationId()).param("version", n.version()).param("title", n.title())
                .param("body", n.body()).param("on", n.publishedOn()).param("at", timestamp(n.recordedAt())).param("by", n.recordedBy())
                .update();
        for (UUID dataset : n.datasetSpecificationIds()) {
            jdbc.sql("insert into privacy_notice_dataset (notice_id, dataset_specification_id) values (:notice, :dataset)")
                    .param("notice", n.id()).param("dataset", dataset).update();
        }
    }

    List<PrivacyNotice> notices(UUID organisation) {
        return jdbc.sql(NOTICE + " where organisation_id = :organisation order by version desc")
                .param("organisation", organisation).query(InformingStore::notice).list();
    }

    Optional<PrivacyNotice> notice(UUID organisation, int version) {
        return jdbc.sql(NOTICE + " where organisation_id = :organisation and version = :version")
                .param("organisation", organisation).param("version", version).query(InformingStore::notice).optional();
    }

    /** The version in force on a day: the latest published on or before it. */
    Optional<PrivacyNotice> inForceOn(UUID organisation, LocalDate day) {
        return jdbc.sql("""
                        %s where organisation_id = :organisation and published_on <= :day
                        order by published_on desc, version desc limit 1""".formatted(NOTICE))
                .param("organisation", organisation).param("day", day).query(InformingStore::notice).optional();
    }

    void insertInforming(PersonInformed p) {
        jdbc.sql("""
                        insert into person_informed (id, organisation_id, subject_id, disclosure_id, told, told_on, method, notice_id, reason,
                            note_enc, recorded_at, recorded_by)
                        values (:id, :organisation, :subject, :disclosure, :told, :toldOn, :method, :notice, :reason, :note, :at, :by)""")
                .param("id", p.id()).param("organisation", p.organisationId()).param("subject", p.subjectId())
                .param("disclosure", p.disclosureId()).param("told", p.told()).param("toldOn", p.toldOn())
                .param("method", p.method() == null ? null : p.method().name()).param("notice", p.noticeId())
                .param("reason", p.reason() == null ? null : p.reason().name())
                .param("note", cipher.encryptText(KeyScope.subject(p.subjectId()), p.note(), "person_informed.note_enc:" + p.id()))
                .param("at", timestamp(p.recordedAt())).param("by", p.recordedBy())
                .update();
    }

    Optional<PersonInformed> find(UUID id) {
        return jdbc.sql("""
                        select p.*, n.version as notice_version from person_informed p left join privacy_notice n on n.id = p.notice_id
                        where p.id = :id""")
                .param("id", id).query(this::informed).optional();
    }

    List<PersonInformed> aboutSubject(UUID subject) {
        return jdbc.sql("""
                        select p.*, n.version as notice_version from person_informed p left join privacy_notice n on n.id = p.notice_id
                        where p.subject_id = :subject order by p.recorded_at""")
                .param("subject", subject).query(this::informed).list();
    }

    boolean recordedFor(UUID disclosure) {
        return jdbc.sql("select exists (select 1 from person_informed where disclosure_id = :disclosure)").param("disclosure", disclosure)
                .query(Boolean.class).single();
    }

    /** The organisation's disclosures whose sender said the person would be told, with nothing yet recorded; oldest first. */
    /**
     * One page of the organisation's shares whose sender said the person would be told, with nothing recorded yet,
     * oldest first: about the people {@code visible} lets the reader see, narrowed by person, the recipient and the
     * days sent (ADR 0017).
     */
    Page<Untold> untold(UUID organisation, SqlCondition visible, UUID person, ListFilter filter, PageRequest request) {
        return PagedQuery.from(jdbc, "disclosure d")
                .where("d.sender_organisation = :organisation", "organisation", organisation)
                .whereIf(true, "d.inform_person and d.withdrawn_at is null")
                .whereIf(true, "not exists (select 1 from person_informed p where p.disclosure_id = d.id)")
                .where(visible)
                .whereGiven(person, "d.subject_id = :person", "person")
                .whereGiven(filter.organisation(), "d.recipient_organisation = :recipient", "recipient")
                .whereGiven(filter.fromMoment(), "d.sent_at >= :from", "from")
                .whereGiven(filter.toMomentExclusive(), "d.sent_at < :to", "to")
                .page("d.id, d.subject_id, d.sent_at, d.recipient_organisation", "d.sent_at, d.id", request,
                        (rs, n) -> new Untold(rs.getObject("id", UUID.class), rs.getObject("subject_id", UUID.class), instant(rs, "sent_at"),
                                rs.getObject("recipient_organisation", UUID.class)));
    }

    private static PrivacyNotice notice(ResultSet rs, int n) throws SQLException {
        UUID[] datasets = (UUID[]) rs.getArray("datasets").getArray();
        return new PrivacyNotice(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class), rs.getInt("version"),
                rs.getString("title"), rs.getString("body"), rs.getObject("published_on", LocalDate.class), List.of(datasets),
                instant(rs, "recorded_at"), rs.getObject("recorded_by", UUID.class));
    }

    private PersonInformed informed(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID subject = rs.getObject("subject_id", UUID.class);
        String method = rs.getString("method");
        String reason = rs.getString("reason");
        Integer version = rs.getObject("notice_version", Integer.class);
        return new PersonInformed(id, rs.getObject("organisation_id", UUID.class), subject, rs.getObject("disclosure_id", UUID.class),
                rs.getBoolean("told"), rs.getObject("told_on", LocalDate.class), method == null ? null : InformMethod.valueOf(method),
                rs.getObject("notice_id", UUID.class), version, reason == null ? null : NotToldReason.valueOf(reason),
                cipher.decryptText(KeyScope.subject(subject), rs.getBytes("note_enc"), "person_informed.note_enc:" + id),
                instant(rs, "recorded_at"), rs.getObject("recorded_by", UUID.class));
    }
}
