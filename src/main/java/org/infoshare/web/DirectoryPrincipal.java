package org.infoshare.web;

import java.time.Instant;
import java.util.UUID;

import org.infoshare.web.rules.SignInMethod;

/** Any authenticated principal (password, passkey, OIDC, API token) names exactly one directory user. */
public interface DirectoryPrincipal {

    UUID userId();

    /**
     * When this sign-in happened, for principals kept in a session: a session that began before the user's
     * access was last revoked, or their password last changed, is never honoured again. Null for credentials
     * checked afresh on every request (API tokens, which revocation revokes themselves).
     */
    default Instant signedInAt() {
        return null;
    }

    /** How the user first proved who they are in this session. */
    default SignInMethod method() {
        return SignInMethod.IDENTITY_PROVIDER;
    }

    /** Whether this session has taken a second step (a code, or setting one up) since its password. */
    default boolean secondStepTaken() {
        return false;
    }
}
