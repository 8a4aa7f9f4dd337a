package org.infoshare.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outgoing e-mail for notifications. Without a host nothing is e-mailed: notifications wait in the outbox and
 * in each person's inbox. TLS is always required: STARTTLS on the submission port, or SMTPS.
 *
 * @param host     the SMTP server; empty turns e-mail off
 * @param tls      {@code starttls} (required, default) or {@code smtps}
 * @param from     the sender address
 * @param baseUrl  the platform's public address, for the link in each notification
 */
@ConfigurationProperties("infoshare.mail")
record DeliveryMailProperties(String host, Integer port, String username, String password, String tls, String from,
                              String baseUrl) {

    boolean enabled() {
        return host != null && !host.isBlank();
    }

    boolean smtps() {
        return "smtps".equalsIgnoreCase(tls);
    }

    int effectivePort() {
        return port != null && port > 0 ? port : smtps() ? 465 : 587;
    }

    String effectiveBaseUrl() {
        return baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl;
    }
}
