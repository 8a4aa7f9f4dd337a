package org.infoshare.delivery;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.infoshare.delivery.rules.WaitingMessage;
import org.infoshare.ledger.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people that something is waiting for them, and nothing else. Queued in the caller's transaction (so a
 * disclosure that rolls back notifies nobody); e-mailed afterwards by {@link NotificationDispatcher} when SMTP
 * is configured.
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final Clock clock;
    private final DeliveryMailProperties mail;

    Notifications(JdbcClient jdbc, Ledger ledger, Clock clock, DeliveryMailProperties mail) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.clock = clock;
        this.mail = mail;
    }

    /** One notification: {@code path} is where the person finds it once signed in (a plain path of ids). */
    public record Notification(UUID id, UUID recipientUserId, Waiting waiting, String path, java.time.Instant createdAt,
                               String status) {

        /** Exactly what the person is told. */
        public WaitingMessage message(String baseUrl) {
            return WaitingMessage.of(waiting.noun(), baseUrl, path);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void somethingWaiting(UUID recipientUserId, UUID recipientOrganisationId, Waiting waiting, String path) {
        // Validates the path now, not when the e-mail is built.
        WaitingMessage.of(waiting.noun(), "", path);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into notification (id, recipient_user, organisation_id, waiting, link, created_at, status)
                        values (:id, :user, :organisation, :waiting, :link, :now, 'PENDING')""")
                .param("id", id).param("user", recipientUserId).param("organisation", recipientOrganisationId)
                .param("waiting", waiting.name()).param("link", path)
                .param("now", OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .update();
        ledger.record(DeliveryEvents.notificationQueued(id, recipientOrganisationId, recipientUserId, waiting));
    }

    /** The person's own notifications, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> forRecipient(UUID userId, int limit) {
        return jdbc.sql("""
                        select id, recipient_user, waiting, link, created_at, status from notification
                        where recipient_user = :user order by created_at desc limit :limit""")
                .param("user", userId).param("limit", limit)
                .query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getObject("recipient_user", UUID.class),
                        Waiting.valueOf(rs.getString("waiting")), rs.getString("link"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("status")))
                .list();
    }

    String baseUrl() {
        return mail.effectiveBaseUrl();
    }
}
