package org.infoshare.linkage;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.infoshare.linkage.rules.matching.BlockingRule;
import org.infoshare.linkage.rules.matching.Field;
import org.infoshare.linkage.rules.matching.Level;
import org.infoshare.linkage.rules.outcomes.HeadlineArea;
import org.infoshare.linkage.rules.outcomes.Indicator;
import org.infoshare.linkage.rules.outcomes.Members;

/** What callers ask of the linkage module. Changes to a plan carry the version of the plan they were made from. */
public final class LinkageCommands {

    private LinkageCommands() {
    }

    public record CreatePlan(
            @NotNull(message = "Choose the agreement") UUID agreementId,
            @NotBlank(message = "Enter a name for the linkage") @Size(max = 200, message = "A name has 200 characters or fewer") String name,
            @NotNull(message = "Choose the analysts' team") UUID analystTeamId,
            @NotNull(message = "Choose the early help team") UUID worklistTeamId,
            @NotBlank(message = "Enter the linkage secret's fingerprint")
            @Pattern(regexp = "[0-9a-f]{8}", message = "The fingerprint is the eight characters (0-9, a-f) the linkage-secret command printed")
            String secretFingerprint) {
    }

    public record UpdateSettings(
            @NotNull(message = "Enter the match threshold") @DecimalMin(value = "-20", message = "The match threshold is between -20 and 40")
            @DecimalMax(value = "40", message = "The match threshold is between -20 and 40") Double matchWeight,
            @NotNull(message = "Enter where the review band starts") @DecimalMin(value = "-20", message = "The review band starts between -20 and 40")
            @DecimalMax(value = "40", message = "The review band starts between -20 and 40") Double reviewWeight,
            @NotEmpty(message = "Choose at least one blocking rule") Set<BlockingRule> blocking,
            @NotNull(message = "Enter the largest block") @Min(value = 2, message = "A block holds at least 2 records")
            @Max(value = 100_000, message = "A block holds at most 100,000 records") Integer maxBlockSize,
            @NotNull(message = "Send the version of the plan you read") Integer version) {
    }

    /**
     * An analyst's m or u for one level, or (both empty) back to what the data gives. Neither may be 0 or 1: a
     * weight of minus or plus infinity would let one field overrule every other ({@code OverridePolicy} has the rest).
     */
    public record SetOverride(
            @NotNull(message = "Choose the field") Field field,
            @NotNull(message = "Choose the level") Level level,
            @DecimalMin(value = "0", inclusive = false, message = "m is a probability above 0 and below 1")
            @DecimalMax(value = "1", inclusive = false, message = "m is a probability above 0 and below 1") Double m,
            @DecimalMin(value = "0", inclusive = false, message = "u is a probability above 0 and below 1")
            @DecimalMax(value = "1", inclusive = false, message = "u is a probability above 0 and below 1") Double u,
            @NotNull(message = "Send the version of the plan you read") Integer version) {
    }

    /**
     * A local descriptor. With school attendance it is a values rule ({@code threshold} per cent or below in
     * {@code atLeast} of the last {@code ofLast} periods); with events, a count of them in the window.
     */
    public record AddDescriptor(
            @NotBlank(message = "Enter the descriptor's code")
            @Pattern(regexp = "[A-Z][A-Z0-9]{0,9}-[0-9]{1,3}", message = "A code is capital letters, a hyphen and a number, like DA-2") String code,
            @NotNull(message = "Choose the headline area") HeadlineArea area,
            @NotBlank(message = "Describe the need in words") @Size(max = 300, message = "A description has 300 characters or fewer") String description,
            @NotEmpty(message = "Choose what partners record that shows it") Set<Indicator> indicators,
            @NotNull(message = "Choose whose records count") Members members,
            @NotNull(message = "Enter how many") @Min(value = 1, message = "At least 1") @Max(value = 100, message = "At most 100") Integer atLeast,
            @NotNull(message = "Enter the number of months") @Min(value = 1, message = "At least 1 month")
            @Max(value = 120, message = "At most 120 months") Integer withinMonths,
            @DecimalMin(value = "0", message = "A percentage from 0 to 100") @DecimalMax(value = "100", message = "A percentage from 0 to 100")
            Double threshold,
            @Min(value = 1, message = "At least 1 period") @Max(value = 24, message = "At most 24 periods") Integer ofLast,
            @NotNull(message = "Send the version of the plan you read") Integer version) {
    }

    public record RemoveDescriptor(
            @NotBlank(message = "Name the descriptor") String code,
            @NotNull(message = "Send the version of the plan you read") Integer version) {
    }

    public record Eligibility(
            @NotNull(message = "Enter how many headline areas make a family eligible") @Min(value = 1, message = "At least 1 area")
            @Max(value = 10, message = "At most 10 areas") Integer minimumAreas,
            @NotNull(message = "Enter how many months progress must last") @Min(value = 1, message = "At least 1 month")
            @Max(value = 36, message = "At most 36 months") Integer sustainMonths,
            @NotNull(message = "Send the version of the plan you read") Integer version) {
    }

    /** A reviewer's answer for a pair in the clerical band: the same person, or not. */
    public record Decide(@NotNull(message = "Say whether the two records are the same person") Boolean same) {
    }

    /** Records of one person (by their position in the person's list) to separate from the person's other records. */
    public record Split(@NotEmpty(message = "Choose the records to separate") List<@NotNull Integer> records) {
    }
}
