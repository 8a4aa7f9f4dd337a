package org.infoshare.shared;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/**
 * The person or partner system making the current request, as the directory knows them right now
 * (re-read on every request, so a revocation or a role change takes effect at once).
 *
 * @param trainingCurrent mandatory data-protection training is in date; without it no personal data opens
 */
public record Actor(
        UUID userId,
        UUID organisationId,
        String organisationName,
        String displayName,
        Kind kind,
        Set<Role> roles,
        Set<UUID> teamIds,
        boolean trainingCurrent) {

    public enum Kind { PERSON, SYSTEM }

    public Actor {
        roles = Set.copyOf(roles);
        teamIds = Set.copyOf(teamIds);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    public boolean belongsTo(UUID organisation) {
        return organisationId.equals(organisation);
    }

    public boolean isMemberOf(UUID team) {
        return teamIds.contains(team);
    }

    public boolean mayOpenPersonalData() {
        return trainingCurrent;
    }
}
