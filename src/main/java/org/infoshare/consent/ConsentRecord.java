package org.infoshare.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.infoshare.shared.SharingPurpose;

/**
 * One consent record: a consent given (possibly since withdrawn, or expired) or a refusal.
 *
 * @param status       where it stands today (expired worked out from {@code validUntil})
 * @param giverName    who gave it, when not the person themselves
 * @param capacity     for an adult giving consent themselves
 * @param givenAt      when it was given or refused (date and time)
 * @param whatWasAgreed what was agreed, in words (required for verbal consent)
 * @param recipients   the organisations it covers (partial consent covers only these); for a refusal, empty
 *                     means refused for everyone
 */
public record ConsentRecord(
        UUID id,
        UUID organisationId,
        UUID subjectId,
        ConsentStatus status,
        GivenBy givenBy,
        String giverName,
        Capacity capacity,
        boolean explicit,
        ConsentMedium medium,
        Instant givenAt,
        String whatWasAgreed,
        Set<SharingPurpose> purposes,
        Set<UUID> recipients,
        LocalDate validFrom,
        LocalDate validUntil,
        Instant withdrawnAt,
        Instant recordedAt,
        UUID recordedBy) {

    public ConsentRecord {
        purposes = Set.copyOf(purposes);
        recipients = Set.copyOf(recipients);
    }

    public boolean covers(SharingPurpose purpose, UUID recipient) {
        return purposes.contains(purpose) && recipients.contains(recipient);
    }
}
