package org.infoshare.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Deny by default: a handler of ours without exactly one access rule is refused for everybody; one with a
 * rule is allowed only for the audience it names. Framework handlers (OpenAPI documents, the error page)
 * are governed by the security filter chain alone.
 */
class AccessRuleInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessRuleInterceptor.class);
    static final String APPLICATION_PACKAGE = "org.infoshare.";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !isOurs(method)) {
            return true;
        }
        Optional<AccessRule> rule = AccessRule.of(method);
        if (rule.isEmpty() || AccessRule.declaresConflictingRules(method)) {
            log.error("Refused {} {}: handler {} declares no single access rule", request.getMethod(), request.getRequestURI(), method);
            throw new AccessRefusedException(AccessRule.Outcome.FORBIDDEN);
        }
        AccessRule.Outcome outcome = rule.get().decide(CurrentActor.of(request));
        return switch (outcome) {
            case ALLOW -> true;
            case SIGN_IN_REQUIRED -> throw new AuthenticationCredentialsNotFoundException("Sign in to continue");
            default -> throw new AccessRefusedException(outcome);
        };
    }

    static boolean isOurs(HandlerMethod method) {
        return method.getBeanType().getName().startsWith(APPLICATION_PACKAGE);
    }
}
