package org.infoshare.web;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user signed in with a local password. Holds only the user's id: roles, teams and status are re-read
 * from the directory on each request, never trusted from the session.
 */
final class SignedInUser implements UserDetails, CredentialsContainer, DirectoryPrincipal {

    private final UUID userId;
    private final String username;
    private final Instant signedInAt;
    private String passwordHash;

    SignedInUser(UUID userId, String username, String passwordHash, Instant signedInAt) {
        this.userId = userId;
        this.username = username;
        this.passwordHash = passwordHash;
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
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
