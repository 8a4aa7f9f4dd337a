package org.infoshare.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * OpenID Connect sign-in, off unless an issuer is configured.
 *
 * @param usernameClaim the ID-token claim matched against directory usernames on a first sign-in
 * @param displayName   how the sign-in page names the provider ("Sign in with ...")
 */
@ConfigurationProperties("infoshare.oidc")
record OidcProperties(String issuerUri, String clientId, String clientSecret, String usernameClaim, String displayName) {

    boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
