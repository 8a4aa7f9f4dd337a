package org.infoshare.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.infoshare.ledger.rules.RecordFinding;
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
 * @param recordIntegrity what the ledger says of the stored record when it was read one at a time (ADR 0063)
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
        UUID recordedBy,
        @Schema(description = "When one consent record is read: AS_RECORDED when it is stored, with its history, as the ledger recorded it; "
                + "CHANGED (changed after it was recorded) or ADDED (put into the database without a ledger entry) when it is not, and then it "
                + "must not be relied on. NOT_CHECKED in lists and in answers to a change") String recordIntegrity) {

    static final String AS_RECORDED = "AS_RECORDED";
    static final String NOT_CHECKED = "NOT_CHECKED";

    public ConsentRecord {
        purposes = Set.copyOf(purposes);
        recipients = Set.copyOf(recipients);
    }

    /** The record as read, with what the ledger says of its stored content (ADR 0063). */
    ConsentRecord read(Optional<RecordFinding> finding) {
        return new ConsentRecord(id, organisationId, subjectId, status, givenBy, giverName, capacity, explicit, medium, givenAt, whatWasAgreed,
                purposes, recipients, validFrom, validUntil, withdrawnAt, recordedAt, recordedBy, finding.map(f -> f.kind().name()).orElse(AS_RECORDED));
    }

    public boolean covers(SharingPurpose purpose, UUID recipient) {
        return purposes.contains(purpose) && recipients.contains(recipient);
    }
}
