package org.infoshare.subject;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A member of staff records why they need to look at the records of a person their team does not work with.
 *
 * @param reference   the organisation's reference for the person
 * @param explanation what makes it necessary now; the Data Protection Officer reads it
 */
public record BreakGlassCommand(
        @NotBlank(message = "Enter your organisation's reference for the person")
        @Size(max = 50, message = "Reference must be 50 characters or fewer") String reference,
        @NotNull(message = "Select why you need to look at their records") BreakGlassReason reason,
        @NotBlank(message = "Explain why you need to look at their records now")
        @Size(max = 1000, message = "The explanation must be 1,000 characters or fewer") String explanation) {
}
