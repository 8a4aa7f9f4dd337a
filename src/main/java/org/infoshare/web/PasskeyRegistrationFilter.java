package org.infoshare.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A passkey registered by this session proves the person holds it, as a confirmed authenticator-app code
 * does: the session counts as having taken its second step, so that adding a first passkey does not send
 * its own session to the page asking for one. (Registration is Spring Security's endpoint, reached only by
 * sessions that owe no second step, or must set one up: see {@link SecondStepGate}.) The session id then
 * changes on the next page, {@code /account/two-step/passkeys/added}, since this response is already sent.
 */
class PasskeyRegistrationFilter extends OncePerRequestFilter {

    static final String REGISTRATION = "/webauthn/register";

    private final SignInSessions sessions;

    PasskeyRegistrationFilter(SignInSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !REGISTRATION.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() >= 200 && response.getStatus() < 300) {
            sessions.markSecondStepTaken(request, response);
        }
    }
}
