package org.infoshare.clock.rules;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoshare.clock.rules.Nation.ENGLAND_AND_WALES;
import static org.infoshare.clock.rules.Nation.NORTHERN_IRELAND;
import static org.infoshare.clock.rules.Nation.SCOTLAND;

/** Working days per nation (002 §2.8), at the edges and against day-by-day stepping over 2000–2040. */
class WorkingDaysTest {

    private final BankHolidayCalendar uk = KnownHolidays.uk();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theDayOfReceiptDoesNotCountAndWeekendsAreSkipped() {
        // Received on Friday 13 March 2026: Monday is day one, Tuesday day two.
        assertThat(WorkingDays.after(uk, ENGLAND_AND_WALES, d("2026-03-13"), 1)).isEqualTo(d("2026-03-16"));
        assertThat(WorkingDays.after(uk, ENGLAND_AND_WALES, d("2026-03-13"), 2)).isEqualTo(d("2026-03-17"));
        // Received on a Saturday or a Sunday: the same.
        assertThat(WorkingDays.after(uk, ENGLAND_AND_WALES, d("2026-03-14"), 2)).isEqualTo(d("2026-03-17"));
        assertThat(WorkingDays.after(uk, ENGLAND_AND_WALES, d("2026-03-15"), 2)).isEqualTo(d("2026-03-17"));
        // Received on a Monday: Tuesday and Wednesday.
        assertThat(WorkingDays.after(uk, ENGLAND_AND_WALES, d("2026-03-16"), 2)).isEqualTo(d("2026-03-18"));
    }

    @Test
    void easterIsCountedPerNation() {
        // Received Friday 27 March 2026. Good Friday is 3 April; Easter Monday, 6 April, is not a bank holiday in Scotland.
        assertThat(WorkingDays.after(uk, ENGLAND_AND_WALES, d("2026-03-27"), 2)).isEqualTo(d("2026-03-31"));
        assertThat(WorkingDays.after(uk, ENGLAND_AND_WALES, d("2026-03-27"), 7)).isEqualTo(d("2026-04-09"));
        assertThat(WorkingDays.after(uk, NORTHERN_IRELAND, d("2026-03-27"), 7)).isEqualTo(d("2026-04-09"));
        assertThat(WorkingDays.after(uk, SCOTLAND, d("2026-03-27"), 7)).isEqualTo(d("2026-04-08"));
    }

    @Test
    void christmasAndItsSubstituteDaysAreSkipped() {
        // 2026: Christmas Day Friday 25 December, Boxing Day (a Saturday) kept on Monday 28 December.
        assertThat(WorkingDays.after(uk, ENGLAND_AND_WALES, d("2026-12-23"), 2)).isEqualTo(d("2026-12-29"));
        // 2027: Christmas on a Saturday, Boxing Day on a Sunday: kept on Monday 27 and Tuesday 28 December.
        assertThat(WorkingDays.after(uk, ENGLAND_AND_WALES, d("2027-12-24"), 1)).isEqualTo(d("2027-12-29"));
        // Scotland's 2nd January: 2 January 2026 is a Friday.
        assertThat(WorkingDays.after(uk, SCOTLAND, d("2025-12-31"), 1)).isEqualTo(d("2026-01-05"));
        assertThat(WorkingDays.after(uk, ENGLAND_AND_WALES, d("2025-12-31"), 1)).isEqualTo(d("2026-01-02"));
    }

    @Test
    void oneOffHolidaysCount() {
        // The State Funeral, Monday 19 September 2022, in every nation.
        for (Nation nation : Nation.values()) {
            assertThat(WorkingDays.after(uk, nation, d("2022-09-16"), 1)).isEqualTo(d("2022-09-20"));
        }
        // The Platinum Jubilee: Thursday 2 and Friday 3 June 2022.
        assertThat(WorkingDays.after(uk, ENGLAND_AND_WALES, d("2022-06-01"), 1)).isEqualTo(d("2022-06-06"));
        // The spring bank holiday moved away from Monday 30 May 2022, so it was a working day.
        assertThat(WorkingDays.after(uk, ENGLAND_AND_WALES, d("2022-05-27"), 1)).isEqualTo(d("2022-05-30"));
    }

    @Test
    void nationalHolidaysCountOnlyWhereTheyAreHeld() {
        // Battle of the Boyne, Saturday 12 July 2025, kept on Monday 14 July in Northern Ireland only.
        assertThat(WorkingDays.after(uk, NORTHERN_IRELAND, d("2025-07-11"), 1)).isEqualTo(d("2025-07-15"));
        assertThat(WorkingDays.after(uk, ENGLAND_AND_WALES, d("2025-07-11"), 1)).isEqualTo(d("2025-07-14"));
        // St Andrew's Day, Sunday 30 November 2025, kept on Monday 1 December in Scotland only.
        assertThat(WorkingDays.after(uk, SCOTLAND, d("2025-11-28"), 1)).isEqualTo(d("2025-12-02"));
        assertThat(WorkingDays.after(uk, ENGLAND_AND_WALES, d("2025-11-28"), 1)).isEqualTo(d("2025-12-01"));
    }

    @Test
    void countingBackwardsAndBetween() {
        assertThat(WorkingDays.before(uk, ENGLAND_AND_WALES, d("2026-04-07"), 1)).isEqualTo(d("2026-04-02"));
        assertThat(WorkingDays.before(uk, SCOTLAND, d("2026-04-07"), 1)).isEqualTo(d("2026-04-06"));
        assertThat(WorkingDays.onOrAfter(uk, ENGLAND_AND_WALES, d("2026-04-03"))).isEqualTo(d("2026-04-07"));
        assertThat(WorkingDays.onOrAfter(uk, ENGLAND_AND_WALES, d("2026-04-07"))).isEqualTo(d("2026-04-07"));
        assertThat(WorkingDays.between(uk, ENGLAND_AND_WALES, d("2026-03-27"), d("2026-04-09"))).isEqualTo(7);
        assertThat(WorkingDays.between(uk, ENGLAND_AND_WALES, d("2026-04-09"), d("2026-03-27"))).isEqualTo(-7);
    }

    @Test
    void refusesToCountNoDays() {
        assertThatThrownBy(() -> WorkingDays.after(uk, ENGLAND_AND_WALES, d("2026-01-01"), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingDays.before(uk, ENGLAND_AND_WALES, d("2026-01-01"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** 20,000 random receipts 2000–2040 in random nations: the counted answer equals the stepped one, both ways. */
    @Test
    void agreesWithSteppingDayByDayOverFortyYears() {
        long seed = KnownHolidays.seed();
        Random random = new Random(seed);
        for (int n = 0; n < 20_000; n++) {
            LocalDate received = KnownHolidays.randomDate(random, 2000, 2040);
            Nation nation = KnownHolidays.randomNation(random);
            int days = 1 + random.nextInt(n % 10 == 0 ? 400 : 30);
            String input = "seed " + seed + " #" + n + ": " + days + " working days after " + received + " in " + nation;
            LocalDate expected = SimpleClock.workingDaysAfter(uk, nation, received, days);
            assertThat(WorkingDays.after(uk, nation, received, days)).as(input).isEqualTo(expected);
            assertThat(WorkingDays.before(uk, nation, received, days)).as(input + " (before)")
                    .isEqualTo(SimpleClock.workingDaysBefore(uk, nation, received, days));
            LocalDate other = received.plusDays(random.nextInt(200) - 100);
            assertThat(WorkingDays.between(uk, nation, received, other)).as(input + " (between " + other + ")")
                    .isEqualTo(SimpleClock.workingDaysBetween(uk, nation, received, other));
            assertThat(WorkingDays.between(uk, nation, received, expected)).as(input).isEqualTo(days);
        }
    }

    /** Calendars far denser with holidays than any real one (up to one weekday in two) still agree with stepping. */
    @Test
    void agreesWithSteppingOnDenseRandomCalendars() {
        long seed = KnownHolidays.seed();
        Random random = new Random(seed);
        for (int c = 0; c < 4; c++) {
            int oneIn = 2 + random.nextInt(20);
            BankHolidayCalendar calendar = KnownHolidays.random(random, oneIn);
            for (int n = 0; n < 1_000; n++) {
                LocalDate received = KnownHolidays.randomDate(random, 2000, 2040);
                Nation nation = KnownHolidays.randomNation(random);
                int days = 1 + random.nextInt(60);
                String input = "seed " + seed + " calendar " + c + " (1 in " + oneIn + ") #" + n + ": " + days + " after " + received + " in " + nation;
                assertThat(WorkingDays.after(calendar, nation, received, days)).as(input)
                        .isEqualTo(SimpleClock.workingDaysAfter(calendar, nation, received, days));
                assertThat(WorkingDays.before(calendar, nation, received, days)).as(input + " (before)")
                        .isEqualTo(SimpleClock.workingDaysBefore(calendar, nation, received, days));
            }
        }
    }
}
