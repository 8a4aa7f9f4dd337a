package org.infoshare.retention;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.infoshare.retention.rules.RecordType;
import org.infoshare.retention.rules.RetentionEvent;
import org.infoshare.retention.rules.RetentionRule;

/** Retention rules, cases, holds and reviews. */
public final class RetentionCommands {

    private RetentionCommands() {
    }

    /**
     * @param agreementId    for one agreement's data only; empty for every record of the kind
     * @param schoolYearEnds the last day of the school year as MM-DD; 08-31 if empty
     */
    public record SetRule(
            @NotNull(message = "Select the kind of record") RecordType recordType,
            UUID agreementId,
            @NotNull(message = "Select whether records are disposed of or reviewed") RetentionRule.Action action,
            @NotNull(message = "Select what the period runs from") RetentionEvent event,
            @Min(value = 0, message = "Years must be 0 or more") @Max(value = 150, message = "Years must be 150 or fewer") Integer years,
            @Min(value = 0, message = "Months must be 0 or more") @Max(value = 11, message = "Months must be 11 or fewer") Integer months,
            @Min(value = 0, message = "The age must be 0 or more") @Max(value = 120, message = "The age must be 120 or fewer") Integer age,
            @Min(value = 0, message = "How often to review must be 0 or more years")
            @Max(value = 150, message = "How often to review must be 150 years or fewer") Integer reviewEveryYears,
            @Pattern(regexp = "^(|(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]))$", message = "Enter the last day of the school year as month and day, like 08-31")
            String schoolYearEnds,
            @Size(max = 200, message = "Where the period comes from must be 200 characters or fewer") String source) {
    }

    public record CloseCase(
            @NotNull(message = "Enter the date the case was closed")
            @PastOrPresent(message = "The date the case was closed must be today or in the past") LocalDate closedOn) {
    }

    public record LastContact(
            @NotNull(message = "Enter the date of the last contact")
            @PastOrPresent(message = "The date of the last contact must be today or in the past") LocalDate on) {
    }

    /** A hold on a person (and everything about them), or on one record. */
    public record PlaceHold(
            UUID subjectId,
            RecordType recordType,
            UUID recordId,
            @NotBlank(message = "Say why the information must be kept, like the legal claim or inquiry it is needed for")
            @Size(max = 2000, message = "The reason must be 2,000 characters or fewer") String reason) {
    }

    public record LiftHold(
            @NotBlank(message = "Say why the hold is no longer needed")
            @Size(max = 2000, message = "The reason must be 2,000 characters or fewer") String reason) {
    }

    /** The outcome of a review a "review every N years" rule asked for. */
    public record Review(
            @NotNull(message = "Select the kind of record") RecordType recordType,
            @NotNull(message = "Select the record") UUID recordId,
            @NotNull(message = "Select whether to keep it") Boolean keep) {
    }
}
