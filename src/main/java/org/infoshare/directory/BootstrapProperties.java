package org.infoshare.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A new installation's first organisation and partnership administrator ({@code INFOSHARE_BOOTSTRAP_*}).
 *
 * @param administratorPassword optional: without it the administrator signs in through OIDC, their username
 *                              matching the provider's username claim
 */
@ConfigurationProperties("infoshare.bootstrap")
record BootstrapProperties(String organisationName, OrganisationType organisationType, String administratorUsername,
                           String administratorName, String administratorPassword) {

    boolean configured() {
        return hasText(organisationName) || hasText(administratorUsername);
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
