package org.infoshare.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.database.PagedQuery;
import org.infoshare.database.SqlCondition;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notices telling a disclosure's recipients that the person's consent was withdrawn, and their acknowledgements. */
@Repository
class DeliveryNoticeStore {

    private final JdbcClient jdbc;

    DeliveryNoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertNotice(DeliveryNotice notice) {
        jdbc.sql("""
                        insert into delivery_notice (id, withdrawal_notice_id, decision_id, disclosure_id, sender_organisation,
                            recipient_organisation, recipient_team, recipient_user, sent_at, sent_by)
                        values (:id, :withdrawal, :decision, :disclosure, :sender, :recipient, :team, :user, :sentAt, :sentBy)""")
                .param("id", notice.id()).param("withdrawal", notice.withdrawalNoticeId()).param("decision", notice.decisionId())
                .param("disclosure", notice.disclosureId()).param("sender", notice.senderOrganisationId())
                .param("recipient", notice.recipientOrganisationId()).param("team", notice.recipientTeamId())
                .param("user", notice.recipientUserId()).param("sentAt", DisclosureStore.timestamp(notice.sentAt())).param("sentBy", notice.sentBy())
                .update();
    }

    Optional<DeliveryNotice> notice(UUID id) {
        return jdbc.sql("select * from delivery_notice where id = :id").param("id", id).query(DeliveryNoticeStore::notice).optional();
    }

    /** Not yet confirmed, or confirmed, by the recipient. */
    static final Map<String, String> STATUSES = Map.of("UNCONFIRMED", "n.acknowledged_at is null", "CONFIRMED", "n.acknowledged_at is not null");
    private static final String ORDER = "n.sent_at desc, n.id";

    /** One page of the notices the organisation received that {@code addressed} lets the reader see, newest first (ADR 0017). */
    Page<DeliveryNotice> noticesFor(UUID organisation, SqlCondition addressed, String status, ListFilter filter, PageRequest request) {
        return narrowed(PagedQuery.from(jdbc, "delivery_notice n")
                .where("n.recipient_organisation = :organisation", "organisation", organisation)
                .where(addressed)
                .whereGiven(filter.organisation(), "n.sender_organisation = :other", "other"), status, filter)
                .page("n.*", ORDER, request, DeliveryNoticeStore::notice);
    }

    /** One page of the notices the organisation delivered, newest first (ADR 0017). */
    Page<DeliveryNotice> noticesSentBy(UUID organisation, String status, ListFilter filter, PageRequest request) {
        return narrowed(PagedQuery.from(jdbc, "delivery_notice n")
                .where("n.sender_organisation = :organisation", "organisation", organisation)
                .whereGiven(filter.organisation(), "n.recipient_organisation = :other", "other"), status, filter)
                .page("n.*", ORDER, request, DeliveryNoticeStore::notice);
    }

    private static PagedQuery narrowed(PagedQuery query, String status, ListFilter filter) {
        return query.whereIf(status != null, status == null ? null : STATUSES.get(status))
                .whereGiven(filter.fromMoment(), "n.sent_at >= :from", "from")
                .whereGiven(filter.toMomentExclusive(), "n.sent_at < :to", "to");
    }

    boolean acknowledge(UUID id, UUID by, Instant now) {
        return jdbc.sql("update delivery_notice set acknowledged_at = :now, acknowledged_by = :by where id = :id and acknowledged_at is null")
                .param("id", id).param("by", by).param("now", DisclosureStore.timestamp(now)).update() == 1;
    }

    private static DeliveryNotice notice(ResultSet rs, int row) throws SQLException {
        OffsetDateTime acknowledged = rs.getObject("acknowledged_at", OffsetDateTime.class);
        return new DeliveryNotice(rs.getObject("id", UUID.class), rs.getObject("withdrawal_notice_id", UUID.class),
                rs.getObject("decision_id", UUID.class), rs.getObject("disclosure_id", UUID.class),
                rs.getObject("sender_organisation", UUID.class), rs.getObject("recipient_organisation", UUID.class),
                rs.getObject("recipient_team", UUID.class), rs.getObject("recipient_user", UUID.class),
                rs.getObject("sent_at", OffsetDateTime.class).toInstant(), rs.getObject("sent_by", UUID.class),
                acknowledged == null ? null : acknowledged.toInstant(), rs.getObject("acknowledged_by", UUID.class));
    }
}
