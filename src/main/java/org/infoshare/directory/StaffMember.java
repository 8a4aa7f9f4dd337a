package org.infoshare.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;

/**
 * A person or partner system in the directory, as its organisation's administrators see it.
 *
 * @param lockedAt        when repeated failed attempts to sign in locked the account, or null
 * @param secondStepSetUp they have an authenticator app or a passkey for the second step of signing in
 */
public record StaffMember(
        UUID id,
        UUID organisationId,
        Actor.Kind kind,
        String username,
        String displayName,
        String email,
        String jobTitle,
        Set<Role> roles,
        Set<UUID> teamIds,
        LocalDate trainingCompletedOn,
        LocalDate trainingExpiresOn,
        VettingLevel vettingLevel,
        LocalDate vettingCheckedOn,
        LocalDate vettingExpiresOn,
        boolean active,
        Instant revokedAt,
        RevocationReason revocationReason,
        boolean hasPassword,
        boolean federated,
        int version,
        Instant lockedAt,
        boolean secondStepSetUp) {

    /** Locked after too many failed attempts to sign in, until an administrator unlocks it. */
    public boolean locked() {
        return lockedAt != null;
    }

    /** Mandatory training is current on the day given (see {@link #trainingIsCurrent}). */
    public boolean trainingCurrentOn(LocalDate day) {
        return trainingIsCurrent(kind, trainingExpiresOn, day);
    }

    /**
     * The mandatory-training rule (002 §1.2): a person's training must be recorded and not past its expiry.
     * A partner system takes no training; what it may receive is governed by its token, its roles and the
     * agreements it acts under.
     */
    static boolean trainingIsCurrent(Actor.Kind kind, LocalDate expiresOn, LocalDate day) {
        return kind == Actor.Kind.SYSTEM || expiresOn != null && !day.isAfter(expiresOn);
    }

    public boolean vettingCurrentOn(LocalDate day) {
        return vettingLevel != null && (vettingExpiresOn == null || !day.isAfter(vettingExpiresOn));
    }
}
