package org.infoshare.cluster;

import java.util.Locale;

import org.infoshare.crypto.BlindIndex;
import org.infoshare.crypto.PersonalDataCipher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.DelegatingIndexResolver;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.util.StringUtils;

/**
 * Web sessions in PostgreSQL (Spring Session JDBC, tables from V7), so that a user signed in on one instance
 * is served by any other. What is stored is kept from the database's readers: attribute values are sealed
 * ({@link SealedSessionAttributes}), no principal name is kept (nothing here looks sessions up by user: ending
 * someone's sessions is the directory's {@code sessions_not_before}), and the cookie is signed
 * ({@link SignedSessionCookies}). Expired sessions are removed by {@link ExpiredSessions}, once per minute across
 * the cluster, rather than by every instance's own timer.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    private static final String COOKIE = "server.servlet.session.cookie.";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sealedSessions(ObjectProvider<PersonalDataCipher> cipher) {
        return repository -> {
            repository.setConversionService(new SealedSessionAttributes(cipher, SessionStoreConfiguration.class.getClassLoader()).conversions());
            repository.setIndexResolver(new DelegatingIndexResolver<Session>());
            repository.setCleanupCron(Scheduled.CRON_DISABLED);
        };
    }

    /**
     * The session cookie as {@code server.servlet.session.cookie.*} describes it (application.yaml), signed. It is
     * Secure whenever the request came over HTTPS, directly or as a trusted proxy reports it, and always when
     * {@code INFOSHARE_SECURE_COOKIES} is true (ADR 0046).
     */
    @Bean
    CookieSerializer sessionCookies(Environment environment, ObjectProvider<BlindIndex> macs) {
        DefaultCookieSerializer cookies = new DefaultCookieSerializer();
        cookies.setCookieName(environment.getProperty(COOKIE + "name", "INFOSHARE_SESSION"));
        cookies.setUseHttpOnlyCookie(environment.getProperty(COOKIE + "http-only", Boolean.class, true));
        cookies.setSameSite(StringUtils.capitalize(environment.getProperty(COOKIE + "same-site", "lax").toLowerCase(Locale.ROOT)));
        if (environment.getProperty(COOKIE + "secure", Boolean.class, false)) {
            cookies.setUseSecureCookie(true);
        }
        return new SignedSessionCookies(cookies, macs);
    }
}
