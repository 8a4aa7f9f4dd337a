package org.infoshare.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.infoshare.web.rules.SecondStepPolicy.Stage;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a session has taken its second step of signing in, it may do nothing but take it; until someone the
 * organisation requires to have a second step has set one up, they may do nothing but set it up (ADR 0044).
 * Everything else is sent to the page for the step. A session that still owes its second step can never
 * reach the pages that set one up: otherwise a stolen password could add its own authenticator.
 */
class SecondStepGate extends OncePerRequestFilter {

    static final String SECOND_STEP_PAGE = "/sign-in/two-step";
    static final String SET_UP_PAGE = "/account/two-step";

    /** Signing out, errors, and signing in with a passkey (which is a complete sign-in of its own). */
    private static final List<String> ALWAYS = List.of("/sign-out", "/error", "/webauthn/authenticate/options", "/login/webauthn");
    private static final List<String> SECOND_STEP = List.of(SECOND_STEP_PAGE, SECOND_STEP_PAGE + "/**");
    private static final List<String> SET_UP = List.of(SET_UP_PAGE, SET_UP_PAGE + "/**",
            "/webauthn/register/options", "/webauthn/register");

    /** The paths that need no sign-in at all (the security configuration's). */
    private final List<String> publicPaths;

    SecondStepGate(List<String> publicPaths) {
        this.publicPaths = List.copyOf(publicPaths);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Stage stage = SignInSessions.stage(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (stage == Stage.COMPLETE || allowed(path, stage)) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + (stage == Stage.SECOND_STEP_NEEDED ? SECOND_STEP_PAGE : SET_UP_PAGE));
    }

    private boolean allowed(String path, Stage stage) {
        return matches(path, publicPaths) || matches(path, ALWAYS)
                || matches(path, stage == Stage.SECOND_STEP_NEEDED ? SECOND_STEP : SET_UP);
    }

    private static boolean matches(String path, List<String> patterns) {
        for (String pattern : patterns) {
            boolean matched = pattern.endsWith("/**")
                    ? path.startsWith(pattern.substring(0, pattern.length() - 2))
                    : path.equals(pattern);
            if (matched) {
                return true;
            }
        }
        return false;
    }
}
