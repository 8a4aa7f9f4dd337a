package org.infoshare.clock.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.infoshare.clock.rules.BankHolidayCalendar.Coverage;

/**
 * Calendars for the clock tests: the UK's bank holidays 2000–2040 by the standing pattern with the known
 * one-off holidays and moves (2002, 2011, 2012, 2020, 2022, 2023), and random calendars with many more
 * holidays than any real year, to push the working-day arithmetic.
 */
final class KnownHolidays {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2040;

    /** Dates that are not bank holidays although the standing pattern says so: each was moved. */
    static final List<LocalDate> MOVED_AWAY = List.of(
            LocalDate.of(2002, 5, 27), LocalDate.of(2012, 5, 28), LocalDate.of(2020, 5, 4), LocalDate.of(2022, 5, 30));

    /** One-off holidays and the dates moved to, in every nation. */
    static final Map<LocalDate, String> ONE_OFFS = Map.of(
            LocalDate.of(2002, 6, 3), "Golden Jubilee bank holiday",
            LocalDate.of(2002, 6, 4), "Spring bank holiday",
            LocalDate.of(2011, 4, 29), "Royal wedding",
            LocalDate.of(2012, 6, 4), "Spring bank holiday",
            LocalDate.of(2012, 6, 5), "Diamond Jubilee",
            LocalDate.of(2020, 5, 8), "Early May bank holiday (VE day)",
            LocalDate.of(2022, 6, 2), "Spring bank holiday",
            LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday",
            LocalDate.of(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II",
            LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III");

    private static final BankHolidayCalendar UK = build();

    private KnownHolidays() {
    }

    static BankHolidayCalendar uk() {
        return UK;
    }

    private static BankHolidayCalendar build() {
        List<BankHoliday> all = new ArrayList<>();
        Map<Nation, Coverage> coverage = new EnumMap<>(Nation.class);
        for (Nation nation : Nation.values()) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                StandingBankHolidays.of(nation, year).stream().filter(h -> !MOVED_AWAY.contains(h.date())).forEach(all::add);
            }
            ONE_OFFS.forEach((date, name) -> all.add(new BankHoliday(nation, date, name, BankHoliday.Source.SHIPPED)));
            coverage.put(nation, new Coverage(FIRST_YEAR, LAST_YEAR));
        }
        return BankHolidayCalendar.of(all, coverage);
    }

    /** A calendar with a random weekday holiday on about one day in {@code oneIn}, 1990–2060, in every nation. */
    static BankHolidayCalendar random(Random random, int oneIn) {
        List<BankHoliday> all = new ArrayList<>();
        Map<Nation, Coverage> coverage = new HashMap<>();
        for (Nation nation : Nation.values()) {
            for (LocalDate day = LocalDate.of(1990, 1, 1); day.getYear() <= 2060; day = day.plusDays(1)) {
                if (BankHolidayCalendar.weekday(day) && random.nextInt(oneIn) == 0) {
                    all.add(new BankHoliday(nation, day, "Holiday", BankHoliday.Source.ADDED));
                }
            }
            coverage.put(nation, new Coverage(1990, 2060));
        }
        return BankHolidayCalendar.of(all, coverage);
    }

    static LocalDate randomDate(Random random, int firstYear, int lastYear) {
        long from = LocalDate.of(firstYear, 1, 1).toEpochDay();
        long to = LocalDate.of(lastYear, 12, 31).toEpochDay();
        return LocalDate.ofEpochDay(from + (long) (random.nextDouble() * (to - from + 1)));
    }

    static Nation randomNation(Random random) {
        return Nation.values()[random.nextInt(Nation.values().length)];
    }

    /** The seed for a property test: fixed, printed on failure, and replayable with -Dclock.seed=N. */
    static long seed() {
        return Long.getLong("clock.seed", 20_261_121L);
    }
}
