package org.infoshare.directory.rules;

import java.util.EnumSet;
import java.util.Set;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;

/**
 * Who must take a second step to sign in (ADR 0044). Each organisation chooses the roles; a new organisation
 * starts with those who govern and audit the information: its DPO, Caldicott Guardian, partnership
 * administrators and auditors. Partner systems sign in with API tokens only, so the requirement is never theirs.
 */
public final class TwoStepRequirement {

    public static final Set<Role> DEFAULT_ROLES = Set.copyOf(EnumSet.of(Role.DATA_PROTECTION_OFFICER,
            Role.CALDICOTT_GUARDIAN, Role.PARTNERSHIP_ADMINISTRATOR, Role.AUDITOR));

    public enum Reason {
        /** One of the person's roles is among those the organisation chose. */
        ROLE_REQUIRES_IT,
        /** None of their roles is. */
        NO_ROLE_REQUIRES_IT,
        /** A partner system: tokens only. */
        SYSTEM_ACCOUNT
    }

    public record Verdict(boolean required, Reason reason) {
    }

    private TwoStepRequirement() {
    }

    public static Verdict of(Actor.Kind kind, Set<Role> roles, Set<Role> requiredRoles) {
        if (kind == Actor.Kind.SYSTEM) {
            return new Verdict(false, Reason.SYSTEM_ACCOUNT);
        }
        return roles.stream().anyMatch(requiredRoles::contains) ? new Verdict(true, Reason.ROLE_REQUIRES_IT)
                : new Verdict(false, Reason.NO_ROLE_REQUIRES_IT);
    }
}
