package org.infoshare.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    List<DeliveryNotice> noticesFor(UUID organisation, int limit) {
        return jdbc.sql("select * from delivery_notice where recipient_organisation = :organisation order by sent_at desc limit :limit")
                .param("organisation", organisation).param("limit", limit).query(DeliveryNoticeStore::notice).list();
    }

    List<DeliveryNotice> noticesSentBy(UUID organisation, int limit) {
        return jdbc.sql("select * from delivery_notice where sender_organisation = :organisation order by sent_at desc limit :limit")
                .param("organisation", organisation).param("limit", limit).query(DeliveryNoticeStore::notice).list();
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
