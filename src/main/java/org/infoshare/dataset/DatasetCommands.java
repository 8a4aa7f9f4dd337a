package org.infoshare.dataset;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.infoshare.dataset.rules.ColumnMode;
import org.infoshare.dataset.rules.ColumnSpec;
import org.infoshare.dataset.rules.ValueType;

/** What callers ask of the datasets module. */
public final class DatasetCommands {

    private DatasetCommands() {
    }

    /** A new specification: the direction (under an agreement, from your organisation to a recipient) and its columns. */
    public record CreateSpecification(
            @NotNull(message = "Choose the agreement") UUID agreementId,
            @NotNull(message = "Choose the recipient organisation") UUID recipientOrganisationId,
            @NotNull(message = "Choose the team with a need to know") UUID recipientTeamId,
            List<@Valid Column> columns) {
    }

    /** A specification's recipient team and columns, replacing the old ones (send the version you read). */
    public record UpdateSpecification(
            @NotNull(message = "Choose the team with a need to know") UUID recipientTeamId,
            // A change replaces every column: leaving them out must not empty a specification in use.
            @NotNull(message = "Send the specification's columns: a change replaces them all") List<@Valid Column> columns,
            @NotNull(message = "Send the version of the specification you read") Integer version) {
    }

    public record Column(
            @NotBlank(message = "Enter the column's name") @Size(max = 64, message = "A column name has 64 characters or fewer") String name,
            @NotBlank(message = "Choose the data item this column carries") String item,
            @NotNull(message = "Choose the type of value") ValueType type,
            boolean required,
            boolean pseudonymise,
            Integer maxLength,
            List<String> allowedValues) {

        ColumnSpec toSpec() {
            return new ColumnSpec(name.strip(), item.strip(), type, required, pseudonymise, maxLength,
                    allowedValues == null ? List.of() : allowedValues.stream().map(String::strip).filter(v -> !v.isEmpty()).toList());
        }

        static Column of(ColumnSpec spec) {
            return new Column(spec.name(), spec.item(), spec.type(), spec.required(), spec.pseudonymise(), spec.maxLength(),
                    spec.allowedValues());
        }
    }

    /**
     * An upload's parameters; the rows come as a stream beside it.
     *
     * @param idempotencyKey the same key sent again returns the first attempt's result instead of a second dataset
     */
    public record Upload(
            @NotNull(message = "Choose the agreement") UUID agreementId,
            @NotNull(message = "Choose the recipient organisation") UUID recipientOrganisationId,
            @NotNull(message = "Choose the file format") DatasetFormat format,
            ColumnMode columnMode,
            @NotBlank(message = "Send an idempotency key, so that a retried upload is not published twice")
            @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}", message = "An idempotency key has 1 to 100 letters, digits, dots, colons, hyphens or underscores")
            String idempotencyKey) {

        ColumnMode mode() {
            return columnMode == null ? ColumnMode.REFUSE : columnMode;
        }

        /** What the key stands for: the same key with other parameters is a mistake, not a retry. */
        String fingerprint() {
            return agreementId + "|" + recipientOrganisationId + "|" + format + "|" + mode();
        }
    }
}
