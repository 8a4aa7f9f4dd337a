package org.infoshare.web;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Passkeys (Spring Security's WebAuthn support, ADR 0044). The relying party is the host people use
 * ({@code INFOSHARE_PASSKEY_RP_ID}, else the host of {@code INFOSHARE_BASE_URL}); only its configured
 * origins are accepted. Every passkey must verify its user (a PIN or biometric), which is what lets a passkey
 * stand for two factors. Credentials are kept in PostgreSQL by the directory.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

    static final String RELYING_PARTY_NAME = "infoshare";

    /** The origins passkeys are accepted from; on localhost, the port the server actually listens on is added. */
    record PasskeyOrigins(String rpId, Set<String> origins) {
    }

    @Bean
    PasskeyOrigins passkeyOrigins(SignInProperties properties, @Value("${infoshare.mail.base-url:}") String baseUrl) {
        Set<String> origins = ConcurrentHashMap.newKeySet();
        origins.addAll(properties.passkeyOrigins());
        String rpId = properties.passkeyRpId();
        if ("localhost".equals(rpId) && baseUrl != null && !baseUrl.isBlank() && origins.isEmpty()) {
            URI base = URI.create(baseUrl.strip());
            if (base.getHost() != null && !"localhost".equals(base.getHost())) {
                rpId = base.getHost();
                origins.add(base.getScheme() + "://" + base.getAuthority());
            }
        }
        return new PasskeyOrigins(rpId, origins);
    }

    @Bean
    ApplicationListener<WebServerInitializedEvent> localPasskeyOrigin(PasskeyOrigins passkeys) {
        return event -> {
            if ("localhost".equals(passkeys.rpId()) && event.getApplicationContext().getServerNamespace() == null) {
                passkeys.origins().add("http://localhost:" + event.getWebServer().getPort());
            }
        };
    }

    @Bean
    WebAuthnRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository users,
                                                       UserCredentialRepository credentials, PasskeyOrigins passkeys) {
        Webauthn4JRelyingPartyOperations relyingParty = new Webauthn4JRelyingPartyOperations(users, credentials,
                PublicKeyCredentialRpEntity.builder().id(passkeys.rpId()).name(RELYING_PARTY_NAME).build(), passkeys.origins());
        relyingParty.setCustomizeCreationOptions(options -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                .userVerification(UserVerificationRequirement.REQUIRED)
                .residentKey(ResidentKeyRequirement.REQUIRED)
                .build()));
        relyingParty.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
        return relyingParty;
    }
}
