package org.infoshare.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.database.PagedQuery;
import org.infoshare.legal.DataCategory;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.SharingPurpose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The delivery module's SQL. Item content, historical notes, protected identities and the reason not to tell
 * the person are sealed under the subject's key; breach reasons and assessments under the sending
 * organisation's key; the context bound into each ciphertext names its table, column and row.
 */
@Repository
class DisclosureStore {

    private static final TypeReference<List<Disclosure.LawfulBasis>> BASIS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final String LISTED = "d.*, (select count(*) from disclosure_item i where i.disclosure_id = d.id) as item_count";
    private static final String HEADER = "select " + LISTED + " from disclosure d";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;

    DisclosureStore(JdbcClient jdbc, PersonalDataCipher cipher, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    /** An item as stored, before sealing or after opening. */
    record StoredItem(String code, String label, DataCategory category, ItemKind kind, boolean historical, String historicalNote,
                      boolean notToSubject, String content) {
    }

    /** How urgent the decision said the share was (ROUTINE, URGENT, IMMEDIATE), kept in clear: a code, not personal data. */
    void setUrgency(UUID id, String urgency) {
        if (urgency != null && java.util.Set.of("ROUTINE", "URGENT", "IMMEDIATE").contains(urgency)) {
            jdbc.sql("update disclosure set urgency = :urgency where id = :id").param("urgency", urgency).param("id", id).update();
        }
    }

    /** The urgency of each of these disclosures that has one. */
    java.util.Map<UUID, String> urgencies(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, String> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, urgency from disclosure where id = any(:ids) and urgency is not null")
                    .param("ids", ids.toArray(UUID[]::new))
                    .query((java.sql.ResultSet rs) -> {
                        found.put(rs.getObject("id", UUID.class), rs.getString("urgency"));
                    });
        }
        return found;
    }

    void insert(Disclosure d, String notInformReason, List<String> protectedIdentities, List<StoredItem> items) {
        KeyScope key = KeyScope.subject(d.subjectId());
        jdbc.sql("""
                        insert into disclosure (id, decision_id, subject_id, sender_organisation, sent_by, recipient_organisation,
                            recipient_team, recipient_user, purpose, lawful_basis, inform_person, not_inform_reason_enc,
                            protected_identities_enc, access_until, sent_at)
                        values (:id, :decision, :subject, :sender, :sentBy, :recipient, :team, :user, :purpose, cast(:basis as jsonb),
                            :inform, :reason, :identities, :until, :sentAt)""")
                .param("id", d.id()).param("decision", d.decisionId()).param("subject", d.subjectId())
                .param("sender", d.senderOrganisationId()).param("sentBy", d.sentBy())
                .param("recipient", d.recipientOrganisationId()).param("team", d.recipientTeamId()).param("user", d.recipientUserId())
                .param("purpose", d.purpose().name())
                .param("basis", json.writeValueAsString(d.lawfulBasis()))
                .param("inform", d.informPerson())
                .param("reason", cipher.encryptText(key, notInformReason, "disclosure.not_inform_reason_enc:" + d.id()))
                .param("identities", protectedIdentities.isEmpty() ? null
                        : cipher.encryptText(key, json.writeValueAsString(protectedIdentities), "disclosure.protected_identities_enc:" + d.id()))
                .param("until", d.accessUntil())
                .param("sentAt", timestamp(d.sentAt()))
                .update();
        int position = 0;
        for (StoredItem item : items) {
            UUID itemId = UUID.randomUUID();
            jdbc.sql("""
                            insert into disclosure_item (id, disclosure_id, position, code, label, category, kind, historical,
                                not_to_subject, content_enc, historical_note_enc)
                            values (:id, :disclosure, :position, :code, :label, :category, :kind, :historical, :notToSubject,
                                :content, :note)""")
                    .param("id", itemId).param("disclosure", d.id()).param("position", position++)
                    .param("code", item.code()).param("label", item.label()).param("category", item.category().name())
                    .param("kind", item.kind().name()).param("historical", item.historical()).param("notToSubject", item.notToSubject())
                    .param("content", cipher.encryptText(key, item.content(), "disclosure_item.content_enc:" + itemId))
                    .param("note", cipher.encryptText(key, item.historicalNote(), "disclosure_item.historical_note_enc:" + itemId))
                    .update();
        }
    }

    boolean any() {
        return jdbc.sql("select exists (select 1 from disclosure)").query(Boolean.class).single();
    }

    Optional<Disclosure> find(UUID id) {
        return jdbc.sql(HEADER + " where d.id = :id").param("id", id).query(this::header).optional();
    }

    /** The people (of the senders) whom the disclosures addressed to the reader or their teams are about. */
    List<UUID> subjectsAddressedTo(UUID organisation, UUID user, Collection<UUID> teams) {
        return jdbc.sql("""
                        select distinct d.subject_id from disclosure d
                         where d.recipient_organisation = :organisation
                           and (d.recipient_user = :user or d.recipient_team in (:teams))""")
                .param("organisation", organisation).param("user", user)
                .param("teams", teams.isEmpty() ? List.of(new UUID(0, 0)) : teams).query(UUID.class).list();
    }

    /** The disclosures addressed to the reader or their teams about any of these (the senders') people. */
    List<Disclosure> addressedAbout(UUID organisation, UUID user, Collection<UUID> teams, Collection<UUID> subjects) {
        return jdbc.sql(HEADER + """
                         where d.recipient_organisation = :organisation
                           and (d.recipient_user = :user or d.recipient_team in (:teams))
                           and d.subject_id in (:subjects)
                        order by d.sent_at desc""")
                .param("organisation", organisation).param("user", user)
                .param("teams", teams.isEmpty() ? List.of(new UUID(0, 0)) : teams).param("subjects", subjects)
                .query(this::header).list();
    }

    /** A disclosure's state as a list narrows by it: waiting to be opened, opened, withdrawn, or its access ended. */
    static final Map<String, String> STATES = Map.of(
            "WAITING", "d.first_opened_at is null and d.withdrawn_at is null and (d.access_until is null or d.access_until >= :today)",
            "OPENED", "d.first_opened_at is not null and d.withdrawn_at is null and (d.access_until is null or d.access_until >= :today)",
            "WITHDRAWN", "d.withdrawn_at is not null",
            "ENDED", "d.withdrawn_at is null and d.access_until < :today");
    static final String NOT_STATED = "NOT_STATED";
    private static final String URGENCY_RANK = "case d.urgency when 'IMMEDIATE' then 0 when 'URGENT' then 1 else 2 end";

    /**
     * One page of the disclosures addressed to this person or one of these teams in this organisation, narrowed by
     * state, urgency, sender and the days sent; waiting ones first, urgent first, then the newest, or only newest first.
     */
    Page<Disclosure> addressedTo(UUID organisation, UUID user, Collection<UUID> teams, LocalDate today, String state, String urgency,
                                 ListFilter filter, boolean waitingFirst, PageRequest request) {
        return narrowed(PagedQuery.from(jdbc, "disclosure d")
                .where("d.recipient_organisation = :organisation", "organisation", organisation)
                .where("d.recipient_user = :user or d.recipient_team = any(:teams)", "user", user)
                .param("teams", teams.toArray(UUID[]::new))
                .whereGiven(filter.organisation(), "d.sender_organisation = :other", "other"), today, state, urgency, filter)
                .page(LISTED, (waitingFirst ? "(" + STATES.get("WAITING") + ") desc, " + URGENCY_RANK + ", " : "") + "d.sent_at desc, d.id desc",
                        request, this::header);
    }

    /** One page of the disclosures this person sent, narrowed by person, state, urgency, recipient and days; newest first. */
    Page<Disclosure> sentBy(UUID user, UUID person, LocalDate today, String state, String urgency, ListFilter filter, PageRequest request) {
        return narrowed(PagedQuery.from(jdbc, "disclosure d")
                .where("d.sent_by = :user", "user", user)
                .whereGiven(person, "d.subject_id = :person", "person")
                .whereGiven(filter.organisation(), "d.recipient_organisation = :other", "other"), today, state, urgency, filter)
                .page(LISTED, "d.sent_at desc, d.id desc", request, this::header);
    }

    private static PagedQuery narrowed(PagedQuery query, LocalDate today, String state, String urgency, ListFilter filter) {
        return query.param("today", today)
                .whereIf(state != null, STATES.get(state == null ? "WAITING" : state))
                .whereIf(NOT_STATED.equals(urgency), "d.urgency is null")
                .whereGiven(NOT_STATED.equals(urgency) ? null : urgency, "d.urgency = :urgency", "urgency")
                .whereGiven(filter.fromMoment(), "d.sent_at >= :from", "from")
                .whereGiven(filter.toMomentExclusive(), "d.sent_at < :to", "to");
    }

    List<Disclosure> ofDecision(UUID decision) {
        return jdbc.sql(HEADER + " where d.decision_id = :decision order by d.sent_at").param("decision", decision)
                .query(this::header).list();
    }

    List<Disclosure> aboutSubject(UUID organisation, UUID subject) {
        return jdbc.sql(HEADER + " where d.sender_organisation = :organisation and d.subject_id = :subject order by d.sent_at")
                .param("organisation", organisation).param("subject", subject).query(this::header).list();
    }

    /** The organisation's disclosures about a person, with their addressees and item codes: one indexed query. */
    List<SentDisclosure> sentAbout(UUID organisation, UUID subject) {
        return jdbc.sql("""
                        select d.id, d.decision_id, d.recipient_organisation, d.recipient_team, d.recipient_user, d.purpose, d.sent_at,
                               d.first_opened_at, d.withdrawn_at,
                               array(select i.code from disclosure_item i where i.disclosure_id = d.id order by i.position) as codes
                        from disclosure d
                        where d.subject_id = :subject and d.sender_organisation = :organisation
                        order by d.sent_at""")
                .param("organisation", organisation).param("subject", subject)
                .query((rs, n) -> new SentDisclosure(rs.getObject("id", UUID.class), rs.getObject("decision_id", UUID.class),
                        rs.getObject("recipient_organisation", UUID.class), rs.getObject("recipient_team", UUID.class),
                        rs.getObject("recipient_user", UUID.class), org.infoshare.shared.SharingPurpose.valueOf(rs.getString("purpose")),
                        rs.getObject("sent_at", java.time.OffsetDateTime.class).toInstant(), instantOrNull(rs, "first_opened_at"),
                        instantOrNull(rs, "withdrawn_at"), List.of((String[]) rs.getArray("codes").getArray())))
                .list();
    }

    /** Replaces one item's content, returning what it was; empty when the disclosure has no such item. */
    Optional<String> correctItem(Disclosure d, String code, String content) {
        KeyScope key = KeyScope.subject(d.subjectId());
        return jdbc.sql("select id, content_enc from disclosure_item where disclosure_id = :id and code = :code for update")
                .param("id", d.id()).param("code", code)
                .query((rs, n) -> {
                    UUID itemId = rs.getObject("id", UUID.class);
                    String before = cipher.decryptText(key, rs.getBytes("content_enc"), "disclosure_item.content_enc:" + itemId);
                    jdbc.sql("update disclosure_item set content_enc = :content where id = :item")
                            .param("content", cipher.encryptText(key, content, "disclosure_item.content_enc:" + itemId))
                            .param("item", itemId).update();
                    return before;
                })
                .optional();
    }

    private static Instant instantOrNull(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.time.OffsetDateTime value = rs.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    List<StoredItem> items(Disclosure d) {
        KeyScope key = KeyScope.subject(d.subjectId());
        return jdbc.sql("select * from disclosure_item where disclosure_id = :id order by position").param("id", d.id())
                .query((rs, n) -> {
                    UUID itemId = rs.getObject("id", UUID.class);
                    return new StoredItem(rs.getString("code"), rs.getString("label"), DataCategory.valueOf(rs.getString("category")),
                            ItemKind.valueOf(rs.getString("kind")), rs.getBoolean("historical"),
                            cipher.decryptText(key, rs.getBytes("historical_note_enc"), "disclosure_item.historical_note_enc:" + itemId),
                            rs.getBoolean("not_to_subject"),
                            cipher.decryptText(key, rs.getBytes("content_enc"), "disclosure_item.content_enc:" + itemId));
                })
                .list();
    }

    List<String> protectedIdentities(Disclosure d) {
        byte[] sealed = sealed("protected_identities_enc", d.id());
        return sealed == null ? List.of()
                : json.readValue(cipher.decryptText(KeyScope.subject(d.subjectId()), sealed, "disclosure.protected_identities_enc:" + d.id()), STRINGS);
    }

    String notInformReason(Disclosure d) {
        byte[] sealed = sealed("not_inform_reason_enc", d.id());
        return cipher.decryptText(KeyScope.subject(d.subjectId()), sealed, "disclosure.not_inform_reason_enc:" + d.id());
    }

    /** One sealed column of a disclosure, possibly null. */
    private byte[] sealed(String column, UUID id) {
        return jdbc.sql("select " + column + " from disclosure where id = :id").param("id", id)
                .query((rs, n) -> new byte[][] {rs.getBytes(1)}).single()[0];
    }

    /** Marks the disclosure opened, if it was not yet; whether this was its first opening. */
    boolean markOpened(UUID id, Instant now) {
        return jdbc.sql("update disclosure set first_opened_at = :now where id = :id and first_opened_at is null")
                .param("id", id).param("now", timestamp(now)).update() == 1;
    }

    boolean withdraw(UUID id, UUID by, Instant now) {
        return jdbc.sql("update disclosure set withdrawn_at = :now, withdrawn_by = :by where id = :id and withdrawn_at is null")
                .param("id", id).param("by", by).param("now", timestamp(now)).update() == 1;
    }

    private Disclosure header(ResultSet rs, int row) throws SQLException {
        OffsetDateTime opened = rs.getObject("first_opened_at", OffsetDateTime.class);
        OffsetDateTime withdrawn = rs.getObject("withdrawn_at", OffsetDateTime.class);
        return new Disclosure(
                rs.getObject("id", UUID.class),
                rs.getObject("decision_id", UUID.class),
                rs.getObject("subject_id", UUID.class),
                rs.getObject("sender_organisation", UUID.class),
                rs.getObject("sent_by", UUID.class),
                rs.getObject("recipient_organisation", UUID.class),
                rs.getObject("recipient_team", UUID.class),
                rs.getObject("recipient_user", UUID.class),
                SharingPurpose.valueOf(rs.getString("purpose")),
                json.readValue(rs.getString("lawful_basis"), BASIS),
                rs.getBoolean("inform_person"),
                rs.getObject("access_until", LocalDate.class),
                rs.getObject("sent_at", OffsetDateTime.class).toInstant(),
                opened == null ? null : opened.toInstant(),
                withdrawn == null ? null : withdrawn.toInstant(),
                rs.getObject("withdrawn_by", UUID.class),
                rs.getInt("item_count"));
    }

    // --- potential breaches ----------------------------------------------------------------------------

    void insertBreach(UUID id, Disclosure d, UUID by, String reason, boolean opened, Instant now) {
        KeyScope key = KeyScope.organisation(d.senderOrganisationId());
        jdbc.sql("""
                        insert into potential_breach (id, organisation_id, disclosure_id, recorded_at, recorded_by, reason_enc,
                            opened_before_withdrawal, status)
                        values (:id, :organisation, :disclosure, :now, :by, :reason, :opened, 'OPEN')""")
                .param("id", id).param("organisation", d.senderOrganisationId()).param("disclosure", d.id())
                .param("now", timestamp(now)).param("by", by)
                .param("reason", cipher.encryptText(key, reason, "potential_breach.reason_enc:" + id))
                .param("opened", opened)
                .update();
    }

    List<PotentialBreach> breaches(UUID organisation) {
        return jdbc.sql("select * from potential_breach where organisation_id = :organisation order by recorded_at desc")
                .param("organisation", organisation).query(this::breachRow).list();
    }

    Optional<PotentialBreach> breach(UUID id) {
        return jdbc.sql("select * from potential_breach where id = :id").param("id", id).query(this::breachRow).optional();
    }

    /** The legal categories of a disclosure's items, without opening them. */
    java.util.Set<DataCategory> categories(UUID disclosureId) {
        return jdbc.sql("select distinct category from disclosure_item where disclosure_id = :id").param("id", disclosureId)
                .query(String.class).list().stream().map(DataCategory::valueOf)
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(DataCategory.class)));
    }

    private PotentialBreach breachRow(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID organisation = rs.getObject("organisation_id", UUID.class);
        KeyScope key = KeyScope.organisation(organisation);
        OffsetDateTime reviewed = rs.getObject("reviewed_at", OffsetDateTime.class);
        return new PotentialBreach(id, organisation, rs.getObject("disclosure_id", UUID.class),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getObject("recorded_by", UUID.class),
                cipher.decryptText(key, rs.getBytes("reason_enc"), "potential_breach.reason_enc:" + id),
                rs.getBoolean("opened_before_withdrawal"), PotentialBreach.Status.valueOf(rs.getString("status")),
                reviewed == null ? null : reviewed.toInstant(), rs.getObject("reviewed_by", UUID.class),
                cipher.decryptText(key, rs.getBytes("review_note_enc"), "potential_breach.review_note_enc:" + id));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
