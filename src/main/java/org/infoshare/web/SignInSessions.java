package org.infoshare.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.infoshare.web.rules.SecondStepPolicy.Stage;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * What pages outside the web platform may do to the browser's sign-in: learn how far it has gone, mark its
 * second step taken, and keep it alive when its user ends their other sessions.
 */
@Component
public class SignInSessions {

    private static final String STAGE = SignInSessions.class.getName() + ".stage";

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    static void setStage(HttpServletRequest request, Stage stage) {
        request.setAttribute(STAGE, stage);
    }

    /** This session has given its password and must now give a code or use a passkey. */
    public static boolean secondStepNeeded(HttpServletRequest request) {
        return stage(request) == Stage.SECOND_STEP_NEEDED;
    }

    /** This session's user must set up a second step before anything else. */
    public static boolean setUpNeeded(HttpServletRequest request) {
        return stage(request) == Stage.SET_UP_NEEDED;
    }

    /**
     * Ends this session, as signing out does: after the account was locked by the session's own failed
     * attempts.
     */
    public void signOut(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
    }

    /** How far this request's session has signed in ({@code COMPLETE} for API tokens and the signed out). */
    static Stage stage(HttpServletRequest request) {
        Object stage = request.getAttribute(STAGE);
        return stage instanceof Stage known ? known : Stage.COMPLETE;
    }

    /**
     * The session's user has given a code or used a passkey (or has just set one up, proving they hold it):
     * the service opens to them. The session id changes, as on any step up in privilege.
     */
    public void secondStepTaken(HttpServletRequest request, HttpServletResponse response) {
        markSecondStepTaken(request, response);
        request.changeSessionId();
    }

    /** As {@link #secondStepTaken}, keeping the session id: for a response already sent. */
    void markSecondStepTaken(HttpServletRequest request, HttpServletResponse response) {
        replace(request, response, user -> user.withSecondStep());
    }

    /**
     * The user's other sessions were ended at {@code othersEndedAt} (their own password change): this one
     * is counted as begun just after, so that it alone lives on.
     */
    public void keepThisSession(HttpServletRequest request, HttpServletResponse response, Instant othersEndedAt) {
        replace(request, response, user -> user.beganAt(othersEndedAt.plus(1, ChronoUnit.MICROS)));
    }

    /** The client's address, as the trusted proxy in front reported it (else the connection's own). */
    public static String clientAddress(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    private void replace(HttpServletRequest request, HttpServletResponse response,
                         java.util.function.UnaryOperator<SignedInUser> change) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        SignedInUser changed = change.apply(user);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
