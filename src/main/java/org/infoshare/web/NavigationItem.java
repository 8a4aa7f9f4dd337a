package org.infoshare.web;

import java.util.Set;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;

/**
 * An entry in the service navigation, contributed by a feature module as a bean.
 *
 * @param order lower comes first
 * @param roles who sees it; empty for every signed-in user
 */
public record NavigationItem(int order, String label, String href, Set<Role> roles) {

    public boolean visibleTo(Actor actor) {
        return roles.isEmpty() || roles.stream().anyMatch(actor::hasRole);
    }
}
