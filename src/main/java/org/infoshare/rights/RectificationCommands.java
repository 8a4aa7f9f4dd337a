package org.infoshare.rights;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** Corrections of the held record, each with why. */
public final class RectificationCommands {

    private RectificationCommands() {
    }

    /** A person's name or date of birth; a field left empty is not changed. */
    public record CorrectPerson(
            @Size(max = 200, message = "Full name must be 200 characters or fewer") String name,
            @PastOrPresent(message = "Date of birth must be today or in the past") LocalDate dateOfBirth,
            @NotBlank(message = "Say why the record was wrong and how you know what is right")
            @Size(max = 2000, message = "Why must be 2,000 characters or fewer") String why) {
    }

    public record CorrectItem(
            @NotNull(message = "Select the disclosure") UUID disclosureId,
            @NotBlank(message = "Select the item to correct") String itemCode,
            @NotBlank(message = "Enter what the item should say")
            @Size(max = 10000, message = "The corrected item must be 10,000 characters or fewer") String content,
            @NotBlank(message = "Say why the item was wrong and how you know what is right")
            @Size(max = 2000, message = "Why must be 2,000 characters or fewer") String why) {
    }
}
