package org.infoshare.subject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.crypto.BlindIndex;
import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.subject.rules.NhsNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subjects' SQL: identifying fields sealed under the subject's own key; the reference found by blind index. */
@Repository
class SubjectStore {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;

    SubjectStore(JdbcClient jdbc, PersonalDataCipher cipher, BlindIndex blindIndex) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
    }

    byte[] referenceIndex(UUID organisationId, String reference) {
        return blindIndex.of("subject.reference:" + organisationId, reference);
    }

    void insert(UUID id, UUID organisationId, SubjectCommands.RecordSubject command, UUID createdBy, Instant now) {
        KeyScope scope = KeyScope.subject(id);
        String nhsNumber = command.nhsNumber() == null || command.nhsNumber().isBlank() ? null : NhsNumber.digits(command.nhsNumber());
        jdbc.sql("""
                        insert into data_subject (id, organisation_id, reference_index, reference_enc, name_enc, date_of_birth_enc, nhs_number_enc,
                                                  created_at, created_by)
                        values (:id, :organisation, :index, :reference, :name, :dob, :nhs, :now, :by)""")
                .param("id", id)
                .param("organisation", organisationId)
                .param("index", referenceIndex(organisationId, command.reference()))
                .param("reference", cipher.encryptText(scope, command.reference().strip(), "data_subject.reference_enc:" + id))
                .param("name", cipher.encryptText(scope, command.name().strip(), "data_subject.name_enc:" + id))
                .param("dob", cipher.encryptText(scope, command.dateOfBirth() == null ? null : command.dateOfBirth().toString(),
                        "data_subject.date_of_birth_enc:" + id))
                .param("nhs", cipher.encryptText(scope, nhsNumber, "data_subject.nhs_number_enc:" + id))
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("by", createdBy)
                .update();
    }

    Optional<Subject> find(UUID id) {
        return jdbc.sql("select * from data_subject where id = :id").param("id", id).query(this::row).optional();
    }

    /** The people with these ids that exist, in the order asked. */
    List<Subject> findAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<UUID, Subject> found = new java.util.HashMap<>();
        jdbc.sql("select * from data_subject where id = any(:ids)").param("ids", ids.toArray(UUID[]::new))
                .query(this::row).list().forEach(s -> found.put(s.id(), s));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    Optional<Subject> byReference(UUID organisationId, String reference) {
        return jdbc.sql("select * from data_subject where organisation_id = :organisation and reference_index = :index")
                .param("organisation", organisationId)
                .param("index", referenceIndex(organisationId, reference))
                .query(this::row).optional();
    }

    List<Subject> recent(UUID organisationId, int limit) {
        return jdbc.sql("select * from data_subject where organisation_id = :organisation order by created_at desc limit :limit")
                .param("organisation", organisationId).param("limit", limit)
                .query(this::row).list();
    }

    void correct(UUID id, String name, LocalDate dateOfBirth) {
        KeyScope scope = KeyScope.subject(id);
        jdbc.sql("update data_subject set name_enc = :name, date_of_birth_enc = :dob where id = :id")
                .param("name", cipher.encryptText(scope, name, "data_subject.name_enc:" + id))
                .param("dob", cipher.encryptText(scope, dateOfBirth == null ? null : dateOfBirth.toString(), "data_subject.date_of_birth_enc:" + id))
                .param("id", id)
                .update();
    }

    /** A name reduced to its letters and digits, case-folded and without accents, for exact comparison. */
    static String comparable(String name) {
        String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private Subject row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        KeyScope scope = KeyScope.subject(id);
        String dob = cipher.decryptText(scope, rs.getBytes("date_of_birth_enc"), "data_subject.date_of_birth_enc:" + id);
        String nhs = cipher.decryptText(scope, rs.getBytes("nhs_number_enc"), "data_subject.nhs_number_enc:" + id);
        return new Subject(id, rs.getObject("organisation_id", UUID.class),
                cipher.decryptText(scope, rs.getBytes("reference_enc"), "data_subject.reference_enc:" + id),
                cipher.decryptText(scope, rs.getBytes("name_enc"), "data_subject.name_enc:" + id),
                dob == null ? null : LocalDate.parse(dob),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), nhs);
    }

    /** A link between two people of one organisation, as stored: the relative is the person's {@code relationship}. */
    record Link(UUID personId, UUID relativeId, Relationship relationship) {
    }

    void relate(UUID id, UUID organisationId, UUID person, UUID relative, Relationship relationship, UUID createdBy, Instant now) {
        jdbc.sql("""
                        insert into subject_relationship (id, organisation_id, person_id, relative_id, relationship, created_at, created_by)
                        values (:id, :organisation, :person, :relative, :relationship, :now, :by)""")
                .param("id", id).param("organisation", organisationId).param("person", person).param("relative", relative)
                .param("relationship", relationship.name()).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).param("by", createdBy)
                .update();
    }

    boolean related(UUID a, UUID b) {
        return jdbc.sql("select count(*) from subject_relationship where least(person_id, relative_id) = least(:a, :b) and greatest(person_id, relative_id) = greatest(:a, :b)")
                .param("a", a).param("b", b).query(Long.class).single() > 0;
    }

    /** Every link that touches one of these people, in the order they were made. */
    List<Link> links(java.util.Collection<UUID> people) {
        return jdbc.sql("select person_id, relative_id, relationship from subject_relationship where person_id = any(:ids) or relative_id = any(:ids) order by created_at, id")
                .param("ids", people.toArray(UUID[]::new))
                .query((rs, n) -> new Link(rs.getObject("person_id", UUID.class), rs.getObject("relative_id", UUID.class),
                        Relationship.valueOf(rs.getString("relationship"))))
                .list();
    }
}
