package org.infoshare.web;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.infoshare.shared.access.ActorSource;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Maps the identity provider's user to a directory user. The provider proves who someone is; only the
 * directory says what they may do, and an identity the directory does not know gets no access at all.
 */
class DirectoryOidcUserService extends OidcUserService {

    static final String UNKNOWN_IDENTITY = "unknown_identity";

    private final ActorSource actors;
    private final String usernameClaim;
    private final Clock clock;

    DirectoryOidcUserService(ActorSource actors, String usernameClaim, Clock clock) {
        this.actors = actors;
        this.usernameClaim = usernameClaim;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser provided = super.loadUser(request);
        String issuer = String.valueOf(provided.getIdToken().getIssuer());
        Object claim = provided.getClaims().get(usernameClaim);
        UUID userId = actors.federatedUser(issuer, provided.getSubject(), claim == null ? null : claim.toString())
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_IDENTITY,
                        "This identity is not registered in the partnership directory", null)));
        return new DirectoryOidcUser(userId, provided, clock.instant());
    }

    static final class DirectoryOidcUser extends DefaultOidcUser implements DirectoryPrincipal {

        private final UUID userId;
        private final Instant signedInAt;

        DirectoryOidcUser(UUID userId, OidcUser provided, Instant signedInAt) {
            super(java.util.List.of(new SimpleGrantedAuthority("ROLE_USER")), provided.getIdToken(), provided.getUserInfo());
            this.userId = userId;
            this.signedInAt = signedInAt;
        }

        @Override
        public UUID userId() {
            return userId;
        }

        @Override
        public Instant signedInAt() {
            return signedInAt;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof DirectoryOidcUser that && that.userId.equals(userId) && super.equals(other);
        }

        @Override
        public int hashCode() {
            return userId.hashCode();
        }
    }
}
