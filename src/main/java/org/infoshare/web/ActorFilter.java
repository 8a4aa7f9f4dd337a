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
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the signed-in user from the directory on every request. A user revoked since their last
 * request loses their session here and is treated as anonymous, so the request is refused by the
 * authorisation that follows: revocation takes effect on the very next request.
 */
class ActorFilter extends OncePerRequestFilter {

    static final String REVOKED_ATTRIBUTE = ActorFilter.class.getName() + ".revoked";

    private final ActorSource actors;

    ActorFilter(ActorSource actors) {
        this.actors = actors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof DirectoryPrincipal principal) {
            Optional<Actor> actor = principal.signedInAt() == null
                    ? actors.activeActor(principal.userId())
                    : actors.activeActor(principal.userId(), principal.signedInAt());
            if (actor.isPresent()) {
                CurrentActor.set(request, actor.get());
            } else {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                request.setAttribute(REVOKED_ATTRIBUTE, Boolean.TRUE);
            }
        }
        chain.doFilter(request, response);
    }
}
