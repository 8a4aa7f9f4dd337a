package org.infoshare.web;

import java.time.Clock;

import org.infoshare.shared.access.ActorSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Signing in with a passkey: the relying party checks the assertion (signature, challenge, origin, the
 * authenticator's own verification of its user); the directory says whether the account may sign in. The
 * session that results is one of ours, like a password's, but already multi-factor.
 */
class PasskeySignIn implements AuthenticationProvider {

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final ActorSource actors;
    private final Clock clock;

    PasskeySignIn(WebAuthnRelyingPartyOperations relyingParty, ActorSource actors, Clock clock) {
        this.relyingParty = relyingParty;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        WebAuthnAuthenticationRequestToken request = (WebAuthnAuthenticationRequestToken) authentication;
        PublicKeyCredentialUserEntity holder;
        try {
            holder = relyingParty.authenticate(request.getWebAuthnRequest());
        } catch (RuntimeException e) {
            throw new BadCredentialsException("The passkey could not be verified", e);
        }
        ActorSource.LocalAccount account = actors.localAccount(holder.getName())
                .orElseThrow(() -> new BadCredentialsException("No active local account"));
        if (account.locked()) {
            throw new LockedException("Account locked");
        }
        SignedInUser user = SignedInUser.withPasskey(account.userId(), account.username(), clock.instant());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
