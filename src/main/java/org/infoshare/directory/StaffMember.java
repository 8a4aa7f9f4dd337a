package org.infoshare.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;

/** A person or partner system in the directory, as its organisation's administrators see it. */
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
        int version) {

    /** Mandatory training is current on the day given: recorded, and not past its expiry. */
    public boolean trainingCurrentOn(LocalDate day) {
        return trainingExpiresOn != null && !day.isAfter(trainingExpiresOn);
    }

    public boolean vettingCurrentOn(LocalDate day) {
        return vettingLevel != null && (vettingExpiresOn == null || !day.isAfter(vettingExpiresOn));
    }
}
