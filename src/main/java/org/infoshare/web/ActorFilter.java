package org.infoshare.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.ActorSource;
import org.infoshare.web.rules.SecondStepPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the signed-in user from the directory on every request. A user revoked since their last
 * request loses their session here and is treated as anonymous, so the request is refused by the
 * authorisation that follows: revocation takes effect on the very next request. For a session, it also
 * decides how far signing in has gone (see {@link SecondStepGate}).
 */
class ActorFilter extends OncePerRequestFilter {

    static final String REVOKED_ATTRIBUTE = ActorFilter.class.getName() + ".revoked";
    /** The user is still active, but their sessions were ended (a password reset or change): not a revocation. */
    static final String SESSION_ENDED_ATTRIBUTE = ActorFilter.class.getName() + ".session-ended";

    private final ActorSource actors;

    ActorFilter(ActorSource actors) {
        this.actors = actors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof DirectoryPrincipal principal) {
            if (CurrentActor.of(request).filter(known -> known.userId().equals(principal.userId())).isPresent()) {
                // Already read from the directory in this request (an API token is read with its user).
            } else if (principal.signedInAt() == null) {
                actors.activeActor(principal.userId()).ifPresentOrElse(actor -> CurrentActor.set(request, actor),
                        () -> signOut(request));
            } else {
                Optional<ActorSource.SessionHolder> holder = actors.sessionHolder(principal.userId(), principal.signedInAt());
                holder.ifPresentOrElse(found -> {
                    CurrentActor.set(request, found.actor());
                    SignInSessions.setStage(request, SecondStepPolicy.stage(principal.method(), principal.secondStepTaken(),
                            found.secondStepSetUp(), found.secondStepRequired()).stage());
                }, () -> {
                    signOut(request);
                    if (actors.activeActor(principal.userId()).isPresent()) {
                        request.removeAttribute(REVOKED_ATTRIBUTE);
                        request.setAttribute(SESSION_ENDED_ATTRIBUTE, Boolean.TRUE);
                    }
                });
            }
        }
        chain.doFilter(request, response);
    }

    private static void signOut(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.setAttribute(REVOKED_ATTRIBUTE, Boolean.TRUE);
    }
}
