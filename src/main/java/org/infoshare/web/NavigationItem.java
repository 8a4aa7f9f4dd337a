package org.infoshare.web;

import java.util.Set;
import java.util.function.Predicate;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;

/**
 * An entry in the service navigation, contributed by a feature module as a bean.
 *
 * @param order lower comes first
 * @param roles who sees it; empty for every signed-in user
 * @param named of those, who the feature itself names (for example the teams an agreement names); null for all of them
 */
public record NavigationItem(int order, String label, String href, Set<Role> roles, Predicate<Actor> named) {

    public NavigationItem(int order, String label, String href, Set<Role> roles) {
        this(order, label, href, roles, null);
    }

    public boolean visibleTo(Actor actor) {
        return (roles.isEmpty() || roles.stream().anyMatch(actor::hasRole)) && (named == null || named.test(actor));
    }
}
