package org.infoshare.web;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.infoshare.web.rules.SignInMethod;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user signed in to a local account, with a password or a passkey. Holds only the user's id and how far
 * signing in has gone: roles, teams and status are re-read from the directory on each request, never
 * trusted from the session.
 */
final class SignedInUser implements UserDetails, CredentialsContainer, DirectoryPrincipal {

    private final UUID userId;
    private final String username;
    private final Instant signedInAt;
    private final SignInMethod method;
    private final boolean secondStepTaken;
    private String passwordHash;

    SignedInUser(UUID userId, String username, String passwordHash, Instant signedInAt) {
        this(userId, username, passwordHash, signedInAt, SignInMethod.PASSWORD, false);
    }

    private SignedInUser(UUID userId, String username, String passwordHash, Instant signedInAt, SignInMethod method,
                         boolean secondStepTaken) {
        this.userId = userId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.signedInAt = signedInAt;
        this.method = method;
        this.secondStepTaken = secondStepTaken;
    }

    static SignedInUser withPasskey(UUID userId, String username, Instant signedInAt) {
        return new SignedInUser(userId, username, null, signedInAt, SignInMethod.PASSKEY, false);
    }

    /** The same sign-in, its second step now taken. */
    SignedInUser withSecondStep() {
        return new SignedInUser(userId, username, null, signedInAt, method, true);
    }

    /** The same sign-in, counted as begun at {@code at}: the session outlives the end of its user's others. */
    SignedInUser beganAt(Instant at) {
        return new SignedInUser(userId, username, null, at, method, secondStepTaken);
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
    public SignInMethod method() {
        return method;
    }

    @Override
    public boolean secondStepTaken() {
        return secondStepTaken;
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
