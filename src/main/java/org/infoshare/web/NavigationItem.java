package org.infoshare.web;

import java.util.Set;
import java.util.function.Predicate;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;

/**
 * An entry in the service navigation, contributed by a feature module as a bean.
 *
 * @param order    lower comes first
 * @param roles    who sees it; empty for every signed-in user
 * @param named    of those, who the feature itself names (for example the teams an agreement names); null for all of them
 * @param homeOnly kept off the service navigation (to keep it to what people use every day) and listed on the home
 *                 page instead, so that every page stays reachable
 */
public record NavigationItem(int order, String label, String href, Set<Role> roles, Predicate<Actor> named, boolean homeOnly) {

    /** An item of the service navigation. */
    public NavigationItem(int order, String label, String href, Set<Role> roles) {
        this(order, label, href, roles, null, false);
    }

    /** An item of the service navigation for those of {@code roles} the feature names. */
    public NavigationItem(int order, String label, String href, Set<Role> roles, Predicate<Actor> named) {
        this(order, label, href, roles, named, false);
    }

    /** The same item, listed on the home page rather than in the service navigation. */
    public NavigationItem onHomePageOnly() {
        return new NavigationItem(order, label, href, roles, named, true);
    }

    public boolean visibleTo(Actor actor) {
        return (roles.isEmpty() || roles.stream().anyMatch(actor::hasRole)) && (named == null || named.test(actor));
    }
}
