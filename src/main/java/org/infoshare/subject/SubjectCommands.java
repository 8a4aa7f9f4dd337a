package org.infoshare.subject;

import java.time.LocalDate;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What callers ask of the register of people: record someone, and link family members. */
public final class SubjectCommands {

    private SubjectCommands() {
    }

    /**
     * Record someone. A likely match already recorded (the same NHS number, or a similar name and the same date of
     * birth) is put to the caller unless they confirm this is a different person ({@code confirmedDifferent}).
     */
    public record RecordSubject(
            @NotBlank(message = "Enter your organisation's reference for them, like a case number or NHS number")
            @Size(max = 50, message = "Reference must be 50 characters or fewer")
            @Pattern(regexp = "^[A-Za-z0-9 /-]*$", message = "Reference must only include letters, numbers, spaces, hyphens and slashes")
            String reference,
            @NotBlank(message = "Enter their full name")
            @Size(max = 200, message = "Full name must be 200 characters or fewer") String name,
            @PastOrPresent(message = "Date of birth must be today or in the past") LocalDate dateOfBirth,
            @Size(max = 20, message = "NHS number must be 10 digits, like 943 476 5919") String nhsNumber,
            Boolean confirmedDifferent) {

        /** Someone known by reference, name and date of birth only, as the forms about a person record them. */
        public RecordSubject(String reference, String name, LocalDate dateOfBirth) {
            this(reference, name, dateOfBirth, null, null);
        }
    }

    /**
     * Links another person held by the organisation to this one as a member of their household or family: the
     * relative is the person's parent, carer, partner of a parent, sibling or other adult in the household.
     */
    public record RelateSubjects(
            @NotNull(message = "Choose the family member") UUID relativeId,
            @NotNull(message = "Select how they are related") Relationship relationship) {
    }
}
