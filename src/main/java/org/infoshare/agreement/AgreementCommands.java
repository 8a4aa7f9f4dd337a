package org.infoshare.agreement;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * What callers ask of agreements. The same records are the API's request bodies and what the UI's forms
 * become, so the API and the pages refuse bad input identically.
 */
public final class AgreementCommands {

    private AgreementCommands() {
    }

    public record CreateAgreement(
            @NotBlank(message = "Enter the agreement's title")
            @Size(max = 300, message = "Title must be 300 characters or fewer") String title) {
    }

    /** The whole document of the draft; send the revision you last read. */
    public record SaveDraft(
            @NotNull(message = "Send the agreement document") AgreementDocument document,
            @NotNull(message = "Send the revision you last read") Integer revision) {
    }

    public record RecordReview(
            @NotNull(message = "Select the outcome of the review") ReviewOutcome outcome,
            @PastOrPresent(message = "The review date must be today or in the past") LocalDate reviewedOn,
            @Size(max = 5000, message = "Notes must be 5000 characters or fewer") String notes) {
    }

    public record Terminate(
            @NotBlank(message = "Enter why the agreement is being terminated")
            @Size(max = 2000, message = "The reason must be 2000 characters or fewer") String reason) {
    }

    public enum FileFormat { YAML, JSON }

    /**
     * An agreement kept as code. With {@code agreementId}, the file becomes that agreement's draft (replacing
     * the draft in progress, or starting a new version of the one in force); without, a new agreement.
     */
    public record ImportAgreement(
            @NotNull(message = "Select the file format: YAML or JSON") FileFormat format,
            @NotBlank(message = "Paste or upload the agreement file")
            @Size(max = 1_000_000, message = "The file must be 1,000,000 characters or fewer") String content,
            UUID agreementId) {
    }

    public record AssessDpia(@NotNull(message = "Send the assessment") Dpia.Assessment assessment) {
    }
}
