package org.infoshare.web;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.infoshare.shared.access.ActorSource;
import org.infoshare.shared.problem.TooManyAttemptsException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signing in with a password (ADR 0043): throttled per account and per address before anything is checked;
 * refused for a locked account without looking at the password (so a lock is no oracle for the right one);
 * a wrong password counts towards the lock. An unknown username costs the same hashing as a known one.
 */
class PasswordSignIn implements AuthenticationProvider {

    private final ActorSource actors;
    private final PasswordEncoder passwords;
    private final AttemptThrottle throttle;
    private final Clock clock;
    private final String unknownAccountHash;

    PasswordSignIn(ActorSource actors, PasswordEncoder passwords, AttemptThrottle throttle, Clock clock) {
        this.actors = actors;
        this.passwords = passwords;
        this.throttle = throttle;
        this.clock = clock;
        this.unknownAccountHash = passwords.encode("no account has this password " + System.nanoTime());
    }

    /** Refused before checking: too many failures from this account or address. */
    static final class ThrottledException extends AuthenticationException {
        private final transient TooManyAttemptsException refusal;

        ThrottledException(TooManyAttemptsException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }

        TooManyAttemptsException refusal() {
            return refusal;
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName().strip().toLowerCase(Locale.ROOT);
        String presented = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
        AttemptThrottle.Attempt attempt;
        try {
            attempt = throttle.begin(AttemptThrottle.Proof.SIGN_IN, username, address);
        } catch (TooManyAttemptsException e) {
            throw new ThrottledException(e);
        }
        Optional<ActorSource.LocalAccount> account = username.isEmpty() || username.length() > 254 ? Optional.empty() : actors.localAccount(username);
        if (account.isEmpty()) {
            passwords.matches(presented, unknownAccountHash);
            throw new BadCredentialsException("Bad credentials");
        }
        ActorSource.LocalAccount found = account.get();
        if (found.locked()) {
            throw new LockedException("Account locked");
        }
        if (!passwords.matches(presented, found.passwordHash())) {
            if (actors.signInFailed(found.userId())) {
                throw new LockedException("Account locked");
            }
            throw new BadCredentialsException("Bad credentials");
        }
        attempt.succeeded();
        SignedInUser user = new SignedInUser(found.userId(), found.username(), null, clock.instant());
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
