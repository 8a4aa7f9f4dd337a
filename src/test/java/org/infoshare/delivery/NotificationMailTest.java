package org.infoshare.delivery;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/** Notifications go by e-mail only over TLS, and only when a server is configured. */
class NotificationMailTest {

    @Test
    void starttlsIsRequiredNotMerelyOffered() {
        DeliveryMailProperties properties = new DeliveryMailProperties("smtp.example.org", null, "infoshare", "secret", "starttls",
                "infoshare@example.org", "https://infoshare.example.org");
        JavaMailSenderImpl sender = NotificationDispatcher.sender(properties);
        assertThat(sender.getPort()).isEqualTo(587);
        assertThat(sender.getJavaMailProperties())
                .containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .containsEntry("mail.smtp.auth", "true");
    }

    @Test
    void smtpsUsesTlsFromTheStart() {
        DeliveryMailProperties properties = new DeliveryMailProperties("smtp.example.org", null, null, null, "SMTPS", "a@b", null);
        JavaMailSenderImpl sender = NotificationDispatcher.sender(properties);
        assertThat(sender.getPort()).isEqualTo(465);
        assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.ssl.enable", "true").containsEntry("mail.smtp.auth", "false");
        assertThat(properties.effectiveBaseUrl()).isEqualTo("http://localhost:8080");
    }

    @Test
    void withoutAHostNothingIsEmailed() {
        assertThat(new DeliveryMailProperties("", null, null, null, null, null, null).enabled()).isFalse();
        assertThat(new DeliveryMailProperties(null, null, null, null, null, null, null).enabled()).isFalse();
    }
}
