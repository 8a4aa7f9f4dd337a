package org.infoshare.clock.rules;

import java.time.LocalDate;

/**
 * Working days in one nation: Monday to Friday, less that nation's bank holidays (002 §2.8). Counted, not
 * stepped: every date has an index, the number of working days up to and including it (weekdays by
 * arithmetic, less the bank holidays found by binary search), so "n working days after" is the first date
 * whose index is n more than the start's. The day a request arrives never counts: the first working day
 * after it is day one, whether it arrived on a working day or not.
 */
public final class WorkingDays {

    /** 5 January 1970, a Monday: weeks are counted from it. */
    private static final long MONDAY = LocalDate.of(1970, 1, 5).toEpochDay();

    private WorkingDays() {
    }

    /** The {@code days}-th working day after {@code start} (which does not count). */
    public static LocalDate after(BankHolidayCalendar calendar, Nation nation, LocalDate start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("Count at least one working day");
        }
        long target = index(calendar, nation, start.toEpochDay()) + days;
        return firstReaching(calendar, nation, target, start.toEpochDay() + 1);
    }

    /** The working day that is {@code days} working days before {@code date}: {@code days} working days fall from it up to the day before {@code date}. */
    public static LocalDate before(BankHolidayCalendar calendar, Nation nation, LocalDate date, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("Count at least one working day");
        }
        long target = index(calendar, nation, date.toEpochDay() - 1) - days + 1;
        long low = date.toEpochDay() - days - 8;
        while (index(calendar, nation, low) >= target) {
            low -= date.toEpochDay() - low;
        }
        return firstReaching(calendar, nation, target, low);
    }

    /** The date itself if it is a working day, otherwise the next working day. */
    public static LocalDate onOrAfter(BankHolidayCalendar calendar, Nation nation, LocalDate date) {
        return after(calendar, nation, date.minusDays(1), 1);
    }

    /** The working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public static long between(BankHolidayCalendar calendar, Nation nation, LocalDate from, LocalDate to) {
        return index(calendar, nation, to.toEpochDay()) - index(calendar, nation, from.toEpochDay());
    }

    /** Working days up to and including the epoch day, counted from an arbitrary origin (only differences matter). */
    static long index(BankHolidayCalendar calendar, Nation nation, long epochDay) {
        long sinceMonday = epochDay - MONDAY;
        long weekdays = Math.floorDiv(sinceMonday, 7) * 5 + Math.min(Math.floorMod(sinceMonday, 7) + 1, 5);
        return weekdays - calendar.weekdayHolidaysUpTo(nation, epochDay);
    }

    /** The earliest epoch day from {@code low} whose index reaches {@code target}, every earlier day falling short: necessarily a working day. */
    private static LocalDate firstReaching(BankHolidayCalendar calendar, Nation nation, long target, long low) {
        long high = low + 8;
        while (index(calendar, nation, high) < target) {
            high = low + 2 * (high - low);
        }
        while (low < high) {
            long middle = low + (high - low) / 2;
            if (index(calendar, nation, middle) >= target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return LocalDate.ofEpochDay(low);
    }
}
