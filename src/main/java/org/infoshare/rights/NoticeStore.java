package org.infoshare.rights;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.database.PagedQuery;
import org.infoshare.database.SqlCondition;
import org.infoshare.rights.rules.Exemption;
import org.infoshare.rights.rules.NoticeKind;
import org.infoshare.rights.rules.NoticeOutcome;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.infoshare.rights.RightsRequestStore.instant;
import static org.infoshare.rights.RightsRequestStore.timestamp;

/** Notices' SQL. The sender's note and the recipient's answer are sealed under the notice's own key. */
@Repository
class NoticeStore {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    NoticeStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(RightsNotice n) {
        jdbc.sql("""
                        insert into rights_notice (id, kind, request_id, quality_report_id, sender_organisation, recipient_organisation,
                            recipient_team, recipient_user, asked, message_enc, sent_at, sent_by, due_on, status)
                        values (:id, :kind, :request, :report, :sender, :recipient, :team, :user, :asked, :message, :sentAt, :sentBy,
                            :dueOn, 'OPEN')""")
                .param("id", n.id()).param("kind", n.kind().name()).param("request", n.requestId()).param("report", n.qualityReportId())
                .param("sender", n.senderOrganisationId()).param("recipient", n.recipientOrganisationId())
                .param("team", n.recipientTeamId()).param("user", n.recipientUserId()).param("asked", n.asked().name())
                .param("message", cipher.encryptText(KeyScope.record(n.id()), n.note() == null ? "" : n.note(), "rights_notice.message_enc:" + n.id()))
                .param("sentAt", timestamp(n.sentAt())).param("sentBy", n.sentBy()).param("dueOn", n.dueOn())
                .update();
        int position = 0;
        for (RightsNotice.Item item : n.items()) {
            jdbc.sql("""
                            insert into rights_notice_item (notice_id, position, disclosure_id, item_code, dataset_upload_id)
                            values (:notice, :position, :disclosure, :code, :upload)""")
                    .param("notice", n.id()).param("position", position++).param("disclosure", item.disclosureId())
                    .param("code", item.itemCode()).param("upload", item.datasetUploadId()).update();
        }
    }

    Optional<RightsNotice> find(UUID id) {
        return withItems(jdbc.sql("select * from rights_notice where id = :id").param("id", id).query(this::row).list()).stream().findFirst();
    }

    List<RightsNotice> ofRequest(UUID request) {
        return withItems(jdbc.sql("select * from rights_notice where request_id = :request order by sent_at, recipient_organisation")
                .param("request", request).query(this::row).list());
    }

    List<RightsNotice> ofReport(UUID report) {
        return withItems(jdbc.sql("select * from rights_notice where quality_report_id = :report order by sent_at, recipient_organisation")
                .param("report", report).query(this::row).list());
    }

    /** One page of the notices the organisation sent, newest first, narrowed by the filter (ADR 0017). */
    Page<RightsNotice> sentBy(UUID organisation, String status, String kind, ListFilter filter, PageRequest request) {
        return page(narrowed(PagedQuery.from(jdbc, "rights_notice n")
                .where("n.sender_organisation = :organisation", "organisation", organisation)
                .whereGiven(filter.organisation(), "n.recipient_organisation = :other", "other"), status, kind, filter),
                "n.sent_at desc, n.id", request);
    }

    /**
     * One page of the notices addressed to the organisation that {@code addressed} lets the reader see, open ones
     * first, then newest, narrowed by the filter; the narrowing is in SQL, so a page is never short.
     */
    Page<RightsNotice> receivedBy(UUID organisation, SqlCondition addressed, String status, String kind, ListFilter filter, PageRequest request) {
        return page(narrowed(PagedQuery.from(jdbc, "rights_notice n")
                .where("n.recipient_organisation = :organisation", "organisation", organisation)
                .where(addressed)
                .whereGiven(filter.organisation(), "n.sender_organisation = :other", "other"), status, kind, filter),
                "n.status = 'OPEN' desc, n.sent_at desc, n.id", request);
    }

    private static PagedQuery narrowed(PagedQuery query, String status, String kind, ListFilter filter) {
        return query.whereGiven(status, "n.status = :status", "status")
                .whereGiven(kind, "n.kind = :kind", "kind")
                .whereGiven(filter.fromMoment(), "n.sent_at >= :from", "from")
                .whereGiven(filter.toMomentExclusive(), "n.sent_at < :to", "to");
    }

    private Page<RightsNotice> page(PagedQuery query, String order, PageRequest request) {
        Page<RightsNotice> page = query.page("n.*", order, request, this::row);
        List<RightsNotice> items = withItems(page.items());
        return new Page<>(items, page.number(), page.size(), page.total());
    }

    /**
     * The notices sent by or to the organisation that pass on a rights request or a reported inaccuracy about one of
     * these people (the sender's), newest first.
     */
    List<RightsNotice> about(UUID organisation, Collection<UUID> subjects) {
        return withItems(jdbc.sql("""
                        select n.* from rights_notice n
                        left join rights_request r on r.id = n.request_id
                        left join quality_report q on q.id = n.quality_report_id
                        where (n.sender_organisation = :organisation or n.recipient_organisation = :organisation)
                          and coalesce(r.subject_id, q.subject_id) = any(cast(:subjects as uuid[]))
                        order by n.sent_at desc limit 100""")
                .param("organisation", organisation).param("subjects", subjects.toArray(UUID[]::new)).query(this::row).list());
    }

    /** Whom (of the senders' people) the notices the organisation received are about. */
    List<UUID> subjectsReceived(UUID organisation) {
        return jdbc.sql("""
                        select distinct coalesce(r.subject_id, q.subject_id) from rights_notice n
                        left join rights_request r on r.id = n.request_id
                        left join quality_report q on q.id = n.quality_report_id
                        where n.recipient_organisation = :organisation and coalesce(r.subject_id, q.subject_id) is not null""")
                .param("organisation", organisation).query(UUID.class).list();
    }

    List<RightsNotice> open() {
        return withItems(jdbc.sql("select * from rights_notice where status = 'OPEN' order by due_on").query(this::row).list());
    }

    boolean confirm(UUID id, NoticeOutcome outcome, Exemption exemption, String note, UUID by, Instant now) {
        return jdbc.sql("""
                        update rights_notice set status = 'CONFIRMED', outcome = :outcome, exemption = :exemption,
                            confirmation_enc = :note, confirmed_at = :now, confirmed_by = :by
                        where id = :id and status = 'OPEN'""")
                .param("outcome", outcome.name()).param("exemption", exemption == null ? null : exemption.name())
                .param("note", cipher.encryptText(KeyScope.record(id), note, "rights_notice.confirmation_enc:" + id))
                .param("now", timestamp(now)).param("by", by).param("id", id).update() == 1;
    }

    boolean remind(UUID id, Instant now) {
        return jdbc.sql("update rights_notice set reminded_at = :now where id = :id and reminded_at is null and status = 'OPEN'")
                .param("now", timestamp(now)).param("id", id).update() == 1;
    }

    boolean escalate(UUID id, Instant now) {
        return jdbc.sql("update rights_notice set escalated_at = :now where id = :id and escalated_at is null and status = 'OPEN'")
                .param("now", timestamp(now)).param("id", id).update() == 1;
    }

    private List<RightsNotice> withItems(List<RightsNotice> notices) {
        if (notices.isEmpty()) {
            return notices;
        }
        Map<UUID, List<RightsNotice.Item>> items = items(notices.stream().map(RightsNotice::id).toList());
        return notices.stream().map(n -> new RightsNotice(n.id(), n.kind(), n.requestId(), n.qualityReportId(), n.senderOrganisationId(),
                n.recipientOrganisationId(), n.recipientTeamId(), n.recipientUserId(), n.asked(), n.note(), n.sentAt(), n.sentBy(),
                n.dueOn(), n.confirmed(), n.outcome(), n.exemption(), n.confirmation(), n.confirmedAt(), n.confirmedBy(), n.remindedAt(),
                n.escalatedAt(), items.getOrDefault(n.id(), List.of()))).toList();
    }

    private Map<UUID, List<RightsNotice.Item>> items(Collection<UUID> notices) {
        return jdbc.sql("select * from rights_notice_item where notice_id = any(:ids) order by notice_id, position")
                .param("ids", notices.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("notice_id", UUID.class), new RightsNotice.Item(
                        rs.getObject("disclosure_id", UUID.class), rs.getString("item_code"), rs.getObject("dataset_upload_id", UUID.class))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private RightsNotice row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        KeyScope key = KeyScope.record(id);
        String outcome = rs.getString("outcome");
        String exemption = rs.getString("exemption");
        String note = cipher.decryptText(key, rs.getBytes("message_enc"), "rights_notice.message_enc:" + id);
        return new RightsNotice(id, NoticeKind.valueOf(rs.getString("kind")), rs.getObject("request_id", UUID.class),
                rs.getObject("quality_report_id", UUID.class), rs.getObject("sender_organisation", UUID.class),
                rs.getObject("recipient_organisation", UUID.class), rs.getObject("recipient_team", UUID.class),
                rs.getObject("recipient_user", UUID.class), NoticeOutcome.valueOf(rs.getString("asked")),
                note == null || note.isEmpty() ? null : note, instant(rs, "sent_at"), rs.getObject("sent_by", UUID.class),
                rs.getObject("due_on", LocalDate.class), "CONFIRMED".equals(rs.getString("status")),
                outcome == null ? null : NoticeOutcome.valueOf(outcome), exemption == null ? null : Exemption.valueOf(exemption),
                cipher.decryptText(key, rs.getBytes("confirmation_enc"), "rights_notice.confirmation_enc:" + id),
                instant(rs, "confirmed_at"), rs.getObject("confirmed_by", UUID.class), instant(rs, "reminded_at"), instant(rs, "escalated_at"),
                List.of());
    }
}
