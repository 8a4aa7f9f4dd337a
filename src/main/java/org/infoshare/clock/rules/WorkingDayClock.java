package org.infoshare.clock.rules;

import java.time.LocalDate;

import org.infoshare.clock.rules.Deadline.ClockKind;

/**
 * A deadline counted in working days from the day something was received (002 §2.8: FOI assistance between
 * partners, 2 working days to respond and 7 to complete the exchange). The day of receipt does not count.
 * Due soon from the working day before.
 */
public final class WorkingDayClock {

    public static final int FOI_RESPONSE_DAYS = 2;
    public static final int FOI_EXCHANGE_DAYS = 7;

    private WorkingDayClock() {
    }

    public static Deadline after(BankHolidayCalendar calendar, Nation nation, LocalDate received, int days) {
        LocalDate due = WorkingDays.after(calendar, nation, received, days);
        LocalDate warnOn = days == 1 ? due : WorkingDays.before(calendar, nation, due, 1);
        boolean provisional = !calendar.covers(nation, received.plusDays(1)) || !calendar.covers(nation, due);
        return Deadline.endOfDay(ClockKind.WORKING_DAYS, due, warnOn, provisional, false);
    }
}
