package org.infoshare.web;

import java.time.Instant;
import java.util.UUID;

/** Any authenticated principal (password, OIDC, API token) names exactly one directory user. */
public interface DirectoryPrincipal {

    UUID userId();

    /**
     * When this sign-in happened, for principals kept in a session: a session that began before the user's
     * access was last revoked is never honoured again. Null for credentials checked afresh on every request
     * (API tokens, which revocation revokes themselves).
     */
    default Instant signedInAt() {
        return null;
    }
}
