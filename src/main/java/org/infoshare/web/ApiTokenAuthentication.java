package org.infoshare.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by an API token (partner systems, or people using the API). */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final TokenPrincipal principal;

    ApiTokenAuthentication(UUID userId, UUID tokenId) {
        super(List.of(new SimpleGrantedAuthority("ROLE_USER")));
        this.principal = new TokenPrincipal(userId, tokenId);
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public TokenPrincipal getPrincipal() {
        return principal;
    }

    record TokenPrincipal(UUID userId, UUID tokenId) implements DirectoryPrincipal {
    }
}
