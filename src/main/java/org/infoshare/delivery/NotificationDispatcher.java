package org.infoshare.delivery;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.infoshare.delivery.rules.WaitingMessage;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.Ledger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued notifications by e-mail, only over TLS and only when SMTP is configured; otherwise keeps them
 * (they are shown in the platform) and logs that e-mail is off. Unencrypted e-mail is never a transfer method
 * here: the message says only that something is waiting (see {@link WaitingMessage}).
 */
@Component
@ConditionalOnProperty(name = "infoshare.background-jobs", havingValue = "true", matchIfMissing = true)
class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final DirectoryLookup directory;
    private final Ledger ledger;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DeliveryMailProperties properties;
    private final JavaMailSenderImpl sender;

    NotificationDispatcher(JdbcClient jdbc, DirectoryLookup directory, Ledger ledger, TransactionTemplate transaction, Clock clock,
                           DeliveryMailProperties properties) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.ledger = ledger;
        this.transaction = transaction;
        this.clock = clock;
        this.properties = properties;
        this.sender = properties.enabled() ? sender(properties) : null;
        if (sender == null) {
            log.info("E-mail notifications are off (INFOSHARE_SMTP_HOST is not set): notifications are kept in the platform");
        }
    }

    static JavaMailSenderImpl sender(DeliveryMailProperties properties) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(properties.host());
        sender.setPort(properties.effectivePort());
        sender.setUsername(properties.username());
        sender.setPassword(properties.password());
        sender.setDefaultEncoding("UTF-8");
        Properties mail = sender.getJavaMailProperties();
        mail.put("mail.smtp.auth", String.valueOf(properties.username() != null && !properties.username().isBlank()));
        if (properties.smtps()) {
            mail.put("mail.smtp.ssl.enable", "true");
        } else {
            mail.put("mail.smtp.starttls.enable", "true");
            mail.put("mail.smtp.starttls.required", "true");
        }
        mail.put("mail.smtp.ssl.checkserveridentity", "true");
        mail.put("mail.smtp.connectiontimeout", "10000");
        mail.put("mail.smtp.timeout", "10000");
        mail.put("mail.smtp.writetimeout", "10000");
        return sender;
    }

    private record Pending(UUID id, UUID recipient, UUID organisation, Waiting waiting, String link, int attempts) {
    }

    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "${infoshare.mail.dispatch-interval:PT30S}")
    void dispatch() {
        List<Pending> batch = transaction.execute(status -> jdbc.sql("""
                        select id, recipient_user, organisation_id, waiting, link, attempts from notification
                        where status = 'PENDING' order by created_at limit 50 for update skip locked""")
                .query((rs, n) -> new Pending(rs.getObject("id", UUID.class), rs.getObject("recipient_user", UUID.class),
                        rs.getObject("organisation_id", UUID.class), Waiting.valueOf(rs.getString("waiting")),
                        rs.getString("link"), rs.getInt("attempts")))
                .list());
        if (batch == null) {
            return;
        }
        for (Pending pending : batch) {
            transaction.executeWithoutResult(status -> deliver(pending));
        }
    }

    private void deliver(Pending pending) {
        Optional<String> address = sender == null ? Optional.empty() : directory.emailAddress(pending.recipient());
        if (address.isEmpty()) {
            mark(pending, "KEPT", null);
            log.debug("Notification {} kept in the platform: {}", pending.id(), sender == null ? "e-mail is off" : "no address");
            return;
        }
        WaitingMessage message = WaitingMessage.of(pending.waiting().noun(), properties.effectiveBaseUrl(), pending.link());
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(properties.from());
        mail.setTo(address.get());
        mail.setSubject(message.subject());
        mail.setText(message.body());
        try {
            sender.send(mail);
            mark(pending, "SENT", null);
            ledger.record(DeliveryEvents.notificationEmailed(pending.id(), pending.organisation(), pending.recipient()));
        } catch (MailException e) {
            boolean giveUp = pending.attempts() + 1 >= MAX_ATTEMPTS;
            mark(pending, giveUp ? "KEPT" : "PENDING", e.getClass().getSimpleName());
            log.warn("Notification {} not e-mailed (attempt {}): {}", pending.id(), pending.attempts() + 1, e.getClass().getSimpleName());
        }
    }

    private void mark(Pending pending, String status, String error) {
        jdbc.sql("""
                        update notification set status = :status, attempts = attempts + 1, last_error = :error,
                            sent_at = case when :status = 'SENT' then :now else sent_at end
                        where id = :id""")
                .param("id", pending.id()).param("status", status).param("error", error)
                .param("now", OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .update();
    }
}
