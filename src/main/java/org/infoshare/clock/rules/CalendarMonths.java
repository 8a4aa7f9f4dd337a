package org.infoshare.clock.rules;

import java.time.LocalDate;
import java.util.List;

import org.infoshare.clock.rules.Deadline.ClockKind;

/**
 * The one-calendar-month deadline for a rights request, by the ICO's rule: from the day of receipt to the
 * corresponding day of the next month; where that month has no such day, its last day; where the date falls
 * on a weekend or bank holiday, the next working day. An extension for a complex request allows two further
 * months (three from receipt, by the same rule). While the clock is paused for proof of identity or for
 * clarification, the paused days are added back before the date is moved to a working day. Due soon from a
 * week before.
 */
public final class CalendarMonths {

    public static final int MONTHS = 1;
    public static final int EXTENSION_MONTHS = 2;
    static final int WARNING_DAYS = 7;

    private CalendarMonths() {
    }

    /**
     * @param today the date an open pause counts up to
     */
    public static Deadline subjectRights(BankHolidayCalendar calendar, Nation nation, LocalDate received, List<Pause> pauses,
                                         boolean extended, LocalDate today) {
        for (Pause pause : pauses) {
            if (pause.from().isBefore(received)) {
                throw new IllegalArgumentException("A pause cannot start before the request was received");
            }
        }
        LocalDate corresponding = received.plusMonths(extended ? MONTHS + EXTENSION_MONTHS : MONTHS);
        LocalDate counted = corresponding.plusDays(Pause.pausedDays(pauses, today));
        LocalDate due = WorkingDays.onOrAfter(calendar, nation, counted);
        boolean provisional = !calendar.covers(nation, counted) || !calendar.covers(nation, due);
        boolean paused = pauses.stream().anyMatch(Pause::open);
        return Deadline.endOfDay(ClockKind.CALENDAR_MONTHS, due, due.minusDays(WARNING_DAYS), provisional, paused);
    }
}
