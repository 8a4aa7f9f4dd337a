package org.infoshare.clock;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.infoshare.clock.rules.Nation;

/** What callers ask the calendar to do. */
public final class CalendarCommands {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private CalendarCommands() {
    }

    /** A date that is not a working day in a nation: a coming year's bank holiday, or a one-off one. */
    public record AddBankHoliday(
            @NotNull(message = "Select the nation") Nation nation,
            @NotNull(message = "Enter the date of the bank holiday") LocalDate date,
            @NotBlank(message = "Enter the name of the bank holiday, like Christmas Day")
            @Size(max = 100, message = "Name must be 100 characters or fewer") String name) {
    }

    /** A date that is no longer a bank holiday, for example one moved by royal proclamation. */
    public record RemoveBankHoliday(
            @NotNull(message = "Select the nation") Nation nation,
            @NotNull(message = "Enter the date that is no longer a bank holiday") LocalDate date,
            @NotBlank(message = "Enter why the date is no longer a bank holiday")
            @Size(max = 500, message = "Reason must be 500 characters or fewer") String reason) {
    }

    /** A coming year's usual bank holidays in a nation, which completes that year's calendar. */
    public record AddYear(
            @NotNull(message = "Select the nation") Nation nation,
            @NotNull(message = "Enter the year")
            @Min(value = FIRST_YEAR, message = "Year must be between 2000 and 2100")
            @Max(value = LAST_YEAR, message = "Year must be between 2000 and 2100") Integer year) {
    }

    /** The nation whose bank holidays count, for the partnership or for one organisation. */
    public record ChooseNation(@NotNull(message = "Select the nation whose bank holidays count") Nation nation) {
    }
}
