package org.infoshare.subject;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public final class SubjectCommands {

    private SubjectCommands() {
    }

    public record RecordSubject(
            @NotBlank(message = "Enter your organisation's reference for them, like a case number or NHS number")
            @Size(max = 50, message = "Reference must be 50 characters or fewer")
            @Pattern(regexp = "^[A-Za-z0-9 /-]*$", message = "Reference must only include letters, numbers, spaces, hyphens and slashes")
            String reference,
            @NotBlank(message = "Enter their full name")
            @Size(max = 200, message = "Full name must be 200 characters or fewer") String name,
            @PastOrPresent(message = "Date of birth must be today or in the past") LocalDate dateOfBirth) {
    }
}
