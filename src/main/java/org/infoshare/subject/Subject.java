package org.infoshare.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * A person information is held about, within one organisation.
 *
 * @param reference the organisation's own reference for them (case number, NHS number, pupil number)
 * @param nhsNumber their NHS number's ten digits, when recorded
 */
public record Subject(UUID id, UUID organisationId, String reference, String name, LocalDate dateOfBirth, Instant createdAt,
                      String nhsNumber) {

    /** Age in whole years on the day given, or null when the date of birth is not recorded. */
    public Integer ageOn(LocalDate day) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, day).getYears();
    }
}
