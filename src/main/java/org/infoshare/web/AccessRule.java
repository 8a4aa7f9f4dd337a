package org.infoshare.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.Public;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.access.SignedIn;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The access rule an endpoint declares: on the method, or else on its controller class. An endpoint with
 * no rule, or with conflicting rules, has no valid rule and is refused to everyone.
 */
public record AccessRule(Audience audience, Set<Role> roles, boolean personalData) {

    public enum Audience { PUBLIC, SIGNED_IN, ROLES }

    public enum Outcome { ALLOW, SIGN_IN_REQUIRED, FORBIDDEN, TRAINING_LAPSED }

    public static Optional<AccessRule> of(HandlerMethod handler) {
        Optional<AccessRule> onMethod = declaredOn(handler.getMethod());
        return onMethod.isPresent() ? onMethod : declaredOn(handler.getBeanType());
    }

    /** Declared rules on one element; more than one rule on the same element is a mistake, so none counts. */
    private static Optional<AccessRule> declaredOn(AnnotatedElement element) {
        List<AccessRule> rules = new ArrayList<>();
        find(element, Public.class).ifPresent(p -> rules.add(new AccessRule(Audience.PUBLIC, Set.of(), false)));
        find(element, SignedIn.class).ifPresent(s -> rules.add(new AccessRule(Audience.SIGNED_IN, Set.of(), s.personalData())));
        find(element, RolesAllowed.class).ifPresent(r -> rules.add(new AccessRule(Audience.ROLES,
                r.value().length == 0 ? Set.of() : EnumSet.copyOf(List.of(r.value())), r.personalData())));
        return rules.size() == 1 ? Optional.of(rules.get(0)) : Optional.empty();
    }

    public static boolean declaresConflictingRules(HandlerMethod handler) {
        return count(handler.getMethod()) > 1 || count(handler.getBeanType()) > 1;
    }

    private static long count(AnnotatedElement element) {
        return java.util.stream.Stream.of(Public.class, SignedIn.class, RolesAllowed.class)
                .filter(type -> find(element, type).isPresent()).count();
    }

    private static <A extends Annotation> Optional<A> find(AnnotatedElement element, Class<A> type) {
        return Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(element, type));
    }

    public Outcome decide(Optional<Actor> actor) {
        if (audience == Audience.PUBLIC) {
            return Outcome.ALLOW;
        }
        if (actor.isEmpty()) {
            return Outcome.SIGN_IN_REQUIRED;
        }
        if (audience == Audience.ROLES && roles.stream().noneMatch(actor.get()::hasRole)) {
            return Outcome.FORBIDDEN;
        }
        if (personalData && !actor.get().mayOpenPersonalData()) {
            return Outcome.TRAINING_LAPSED;
        }
        return Outcome.ALLOW;
    }
}
