package org.infoshare.clock.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The bank holidays of each nation, and the years for which they are known. Immutable: a new calendar is
 * built when an administrator adds or removes a date. Weekday holidays are also kept as a sorted array of
 * epoch days, so that counting the holidays up to a date is a binary search (see {@link WorkingDays}).
 */
public final class BankHolidayCalendar {

    /** The years (inclusive) for which a nation's bank holidays are known. */
    public record Coverage(int firstYear, int lastYear) {
        public Coverage {
            if (lastYear < firstYear) {
                throw new IllegalArgumentException("Coverage ends before it starts: " + firstYear + "–" + lastYear);
            }
        }

        public boolean contains(LocalDate date) {
            return date.getYear() >= firstYear && date.getYear() <= lastYear;
        }
    }

    static final class NationDays {
        final TreeMap<LocalDate, BankHoliday> byDate = new TreeMap<>();
        long[] weekdayEpochDays = new long[0];
        Coverage coverage;
    }

    private final Map<Nation, NationDays> nations = new EnumMap<>(Nation.class);

    private BankHolidayCalendar(Collection<BankHoliday> holidays, Map<Nation, Coverage> coverage) {
        for (Nation nation : Nation.values()) {
            NationDays days = new NationDays();
            days.coverage = coverage.get(nation);
            nations.put(nation, days);
        }
        for (BankHoliday holiday : holidays) {
            BankHoliday earlier = nations.get(holiday.nation()).byDate.put(holiday.date(), holiday);
            if (earlier != null) {
                throw new IllegalArgumentException(holiday.nation().label() + " has two bank holidays on " + holiday.date());
            }
        }
        for (NationDays days : nations.values()) {
            days.weekdayEpochDays = days.byDate.keySet().stream().filter(BankHolidayCalendar::weekday)
                    .mapToLong(LocalDate::toEpochDay).sorted().toArray();
        }
    }

    /**
     * @param coverage the years each nation's holidays are known for; a nation without an entry has none known
     */
    public static BankHolidayCalendar of(Collection<BankHoliday> holidays, Map<Nation, Coverage> coverage) {
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(coverage, "coverage");
        return new BankHolidayCalendar(holidays, coverage);
    }

    /** No bank holidays anywhere, and none known: every weekday is a working day. */
    public static BankHolidayCalendar weekendsOnly() {
        return new BankHolidayCalendar(List.of(), Map.of());
    }

    public Optional<BankHoliday> holiday(Nation nation, LocalDate date) {
        return Optional.ofNullable(nations.get(nation).byDate.get(date));
    }

    public boolean isBankHoliday(Nation nation, LocalDate date) {
        return nations.get(nation).byDate.containsKey(date);
    }

    public boolean isWorkingDay(Nation nation, LocalDate date) {
        return weekday(date) && !isBankHoliday(nation, date);
    }

    /** A nation's bank holidays in date order. */
    public List<BankHoliday> holidays(Nation nation) {
        return List.copyOf(nations.get(nation).byDate.values());
    }

    public List<BankHoliday> holidays(Nation nation, int year) {
        return List.copyOf(nations.get(nation).byDate.subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).values());
    }

    /** The years that have at least one bank holiday in any nation, in order. */
    public List<Integer> years() {
        return nations.values().stream().flatMap(d -> d.byDate.keySet().stream()).map(LocalDate::getYear)
                .distinct().sorted(Comparator.naturalOrder()).toList();
    }

    public Optional<Coverage> coverage(Nation nation) {
        return Optional.ofNullable(nations.get(nation).coverage);
    }

    /** Whether the nation's bank holidays are known for this date's year. */
    public boolean covers(Nation nation, LocalDate date) {
        Coverage coverage = nations.get(nation).coverage;
        return coverage != null && coverage.contains(date);
    }

    /** Every holiday, every nation: what the calendar was built from. */
    public List<BankHoliday> all() {
        List<BankHoliday> all = new ArrayList<>();
        nations.values().forEach(d -> all.addAll(d.byDate.values()));
        return all;
    }

    /** How many of the nation's bank holidays fall on a weekday on or before this epoch day. */
    long weekdayHolidaysUpTo(Nation nation, long epochDay) {
        long[] days = nations.get(nation).weekdayEpochDays;
        int at = Arrays.binarySearch(days, epochDay);
        return at >= 0 ? at + 1 : -at - 1;
    }

    static boolean weekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
