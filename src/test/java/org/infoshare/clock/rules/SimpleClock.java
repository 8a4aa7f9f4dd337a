package org.infoshare.clock.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The clocks done the obvious way, one day at a time, to check the engine against: nothing here is shared
 * with it except the list of holidays it is given.
 */
final class SimpleClock {

    private SimpleClock() {
    }

    /** Each calendar's holidays as plain sets of dates per nation, built once. */
    private static final Map<BankHolidayCalendar, Map<Nation, Set<LocalDate>>> HOLIDAYS = new IdentityHashMap<>();

    static synchronized boolean working(BankHolidayCalendar calendar, Nation nation, LocalDate day) {
        Map<Nation, Set<LocalDate>> holidays = HOLIDAYS.computeIfAbsent(calendar, c -> c.all().stream()
                .collect(Collectors.groupingBy(BankHoliday::nation, Collectors.mapping(BankHoliday::date, Collectors.toSet()))));
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.getOrDefault(nation, Set.of()).contains(day);
    }

    static LocalDate workingDaysAfter(BankHolidayCalendar calendar, Nation nation, LocalDate received, int days) {
        LocalDate day = received;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (working(calendar, nation, day)) {
                counted++;
            }
        }
        return day;
    }

    static LocalDate workingDaysBefore(BankHolidayCalendar calendar, Nation nation, LocalDate date, int days) {
        LocalDate day = date;
        int counted = 0;
        while (counted < days) {
            day = day.minusDays(1);
            if (working(calendar, nation, day)) {
                counted++;
            }
        }
        return day;
    }

    static long workingDaysBetween(BankHolidayCalendar calendar, Nation nation, LocalDate from, LocalDate to) {
        long count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (working(calendar, nation, day)) {
                count++;
            }
        }
        for (LocalDate day = to.plusDays(1); !day.isAfter(from); day = day.plusDays(1)) {
            if (working(calendar, nation, day)) {
                count--;
            }
        }
        return count;
    }

    /** The ICO's rule, spelled out: same day number next month, else that month's last day; add paused days; step to a working day. */
    static LocalDate subjectRights(BankHolidayCalendar calendar, Nation nation, LocalDate received, List<Pause> pauses,
                                   boolean extended, LocalDate today) {
        YearMonth month = YearMonth.from(received).plusMonths(extended ? 3 : 1);
        int dayNumber = Math.min(received.getDayOfMonth(), month.lengthOfMonth());
        LocalDate day = month.atDay(dayNumber);
        Set<LocalDate> paused = new HashSet<>();
        for (Pause pause : pauses) {
            LocalDate end = pause.until() == null ? today.plusDays(1) : pause.until();
            for (LocalDate d = pause.from(); d.isBefore(end); d = d.plusDays(1)) {
                paused.add(d);
            }
        }
        for (int i = 0; i < paused.size(); i++) {
            day = day.plusDays(1);
        }
        while (!working(calendar, nation, day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Review n: the first review's day number (clamped in its month), then the same day number every period, clamped. */
    static LocalDate review(LocalDate effective, int firstAfter, int thenEvery, int cycle) {
        YearMonth firstMonth = YearMonth.from(effective).plusMonths(firstAfter);
        int anchorDay = Math.min(effective.getDayOfMonth(), firstMonth.lengthOfMonth());
        YearMonth month = firstMonth.plusMonths((long) thenEvery * (cycle - 1));
        return month.atDay(Math.min(anchorDay, month.lengthOfMonth()));
    }
}
