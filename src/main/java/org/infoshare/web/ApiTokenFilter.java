package org.infoshare.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.infoshare.shared.access.ActorSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer <token>}; a token that does not check out is refused with 401. */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ActorSource actors;
    private final ProblemWriter problems;

    ApiTokenFilter(ActorSource actors, ProblemWriter problems) {
        this.actors = actors;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<ActorSource.TokenHolder> holder = actors.tokenHolder(header.substring(BEARER.length()).strip());
            if (holder.isEmpty()) {
                problems.write(request, response, HttpStatus.UNAUTHORIZED, "invalid-token", "Invalid token",
                        "The API token is unknown, expired or revoked, or its user no longer has access.");
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(
                    new ApiTokenAuthentication(holder.get().userId(), holder.get().tokenId()));
            // Read with the token just now: the actor filter need not read the user again for this request.
            CurrentActor.set(request, holder.get().actor());
        }
        chain.doFilter(request, response);
    }
}
