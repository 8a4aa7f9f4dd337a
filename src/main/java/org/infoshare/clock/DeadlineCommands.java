package org.infoshare.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.infoshare.clock.rules.Nation;

/** Questions put to the statutory clock: when is this due? Nothing is stored. */
public final class DeadlineCommands {

    private DeadlineCommands() {
    }

    /**
     * @param nation whose bank holidays count; the caller's organisation's when left out
     */
    public record WorkingDays(
            @NotNull(message = "Enter the date the request was received") LocalDate received,
            @NotNull(message = "Enter the number of working days")
            @Min(value = 1, message = "Enter a number of working days from 1 to 250")
            @Max(value = 250, message = "Enter a number of working days from 1 to 250") Integer days,
            Nation nation) {
    }

    /**
     * @param extended by two further months for a complex request; not extended when left out
     */
    public record SubjectRights(
            @NotNull(message = "Enter the date the request was received") LocalDate received,
            Boolean extended,
            @Size(max = 20, message = "Enter 20 pauses or fewer") List<@Valid @NotNull(message = "Enter each pause") PauseEntry> pauses,
            Nation nation) {
    }

    /** The clock stopped from the day identity or clarification was asked for until the day it arrived (open while awaited). */
    public record PauseEntry(@NotNull(message = "Enter the date the pause started") LocalDate from, LocalDate until) {
    }

    public record Breach(@NotNull(message = "Enter when the organisation became aware of the breach") Instant awareness) {
    }

    public record Reviews(
            @NotNull(message = "Enter the date the agreement took effect") LocalDate effective,
            @Min(value = 1, message = "The first review must be 1 to 60 months after the agreement takes effect")
            @Max(value = 60, message = "The first review must be 1 to 60 months after the agreement takes effect") Integer firstAfterMonths,
            @Min(value = 1, message = "Reviews must follow every 1 to 60 months")
            @Max(value = 60, message = "Reviews must follow every 1 to 60 months") Integer thenEveryMonths,
            @Min(value = 1, message = "Ask for 1 to 20 review dates")
            @Max(value = 20, message = "Ask for 1 to 20 review dates") Integer count) {
    }
}
