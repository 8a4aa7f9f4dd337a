package org.infoshare.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.infoshare.clock.rules.BankHolidayCalendar;
import org.infoshare.clock.rules.CalendarHours;
import org.infoshare.clock.rules.CalendarMonths;
import org.infoshare.clock.rules.Deadline;
import org.infoshare.clock.rules.Nation;
import org.infoshare.clock.rules.Pause;
import org.infoshare.clock.rules.ReviewCycle;
import org.infoshare.clock.rules.WorkingDayClock;
import org.infoshare.shared.UkCalendar;
import org.springframework.stereotype.Service;

/**
 * Every statutory clock, on one calendar: what other modules call for a deadline. Working days and calendar
 * months count over the bank holidays in force (shipped and added); a deadline's {@link Deadline#standing}
 * says whether it is due soon, due today or overdue.
 */
@Service
public class StatutoryClock {

    private final BankHolidays bankHolidays;
    private final CalendarNations nations;
    private final Clock clock;

    StatutoryClock(BankHolidays bankHolidays, CalendarNations nations, Clock clock) {
        this.bankHolidays = bankHolidays;
        this.nations = nations;
        this.clock = clock;
    }

    /** 72 hours from the moment the organisation became aware of a breach (002 §4.8; UK GDPR Art 33). */
    public Deadline breachDeadline(Instant awareness) {
        return CalendarHours.breach(awareness);
    }

    public Deadline hoursAfter(Instant start, int hours) {
        return CalendarHours.after(start, hours);
    }

    /** The {@code days}-th working day in the nation after the day of receipt, which does not count (002 §2.8). */
    public Deadline workingDaysAfter(LocalDate receipt, int days, Nation nation) {
        return WorkingDayClock.after(bankHolidays.calendar(), nation, receipt, days);
    }

    /**
     * A rights request's deadline: one calendar month by the ICO's rule, three with the extension for a complex
     * request, the paused days added back, moved to the next working day in the nation.
     */
    public Deadline subjectRightsDeadline(LocalDate receipt, List<Pause> pauses, boolean extended, Nation nation) {
        return CalendarMonths.subjectRights(bankHolidays.calendar(), nation, receipt, pauses, extended, today());
    }

    /** The first {@code count} review dates of an agreement in force from {@code effective}. */
    public List<LocalDate> reviewDates(LocalDate effective, ReviewCycle cycle, int count) {
        return cycle.dates(effective, count);
    }

    /** Review {@code n} (from 1) as a deadline. */
    public Deadline reviewDeadline(LocalDate effective, ReviewCycle cycle, int n) {
        return cycle.deadline(effective, n);
    }

    /** The nation whose bank holidays count for the organisation: its own choice, else the partnership's. */
    public Nation nationOf(UUID organisationId) {
        return nations.of(organisationId).nation();
    }

    /** Where things stand against the deadline now. */
    public Deadline.Standing standing(Deadline deadline) {
        return deadline.standing(clock.instant());
    }

    /** The bank holidays in force, for counting many deadlines at once. */
    public BankHolidayCalendar calendar() {
        return bankHolidays.calendar();
    }

    public CalendarVersion version() {
        return bankHolidays.version();
    }

    public LocalDate today() {
        return UkCalendar.today(clock);
    }
}
