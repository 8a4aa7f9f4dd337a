package org.infoshare.web;

import java.util.Set;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;

/**
 * An entry in the service navigation, contributed by a feature module as a bean.
 *
 * @param order     lower comes first
 * @param roles     who sees it; empty for every signed-in user
 * @param homeOnly  kept off the service navigation (to keep it to what people use every day) and listed on the home
 *                  page instead, so that every page stays reachable
 */
public record NavigationItem(int order, String label, String href, Set<Role> roles, boolean homeOnly) {

    /** An item of the service navigation. */
    public NavigationItem(int order, String label, String href, Set<Role> roles) {
        this(order, label, href, roles, false);
    }

    /** The same item, listed on the home page rather than in the service navigation. */
    public NavigationItem onHomePageOnly() {
        return new NavigationItem(order, label, href, roles, true);
    }

    public boolean visibleTo(Actor actor) {
        return roles.isEmpty() || roles.stream().anyMatch(actor::hasRole);
    }
}
