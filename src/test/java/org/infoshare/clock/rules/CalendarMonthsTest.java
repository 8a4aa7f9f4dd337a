package org.infoshare.clock.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.infoshare.clock.rules.BankHolidayCalendar.Coverage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoshare.clock.rules.Nation.ENGLAND_AND_WALES;
import static org.infoshare.clock.rules.Nation.SCOTLAND;

/** A rights request's calendar month by the ICO's rule, at month ends, in leap years, over bank holidays. */
class CalendarMonthsTest {

    private final BankHolidayCalendar uk = KnownHolidays.uk();
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private LocalDate due(String received, Nation nation) {
        return CalendarMonths.subjectRights(uk, nation, d(received), List.of(), false, TODAY).dueOn();
    }

    @Test
    void theCorrespondingDayOfTheNextMonth() {
        // The ICO's own example: received 3 September, due 3 October.
        assertThat(due("2025-09-03", ENGLAND_AND_WALES)).isEqualTo(d("2025-10-03"));
        // Received on a Saturday counts from that day all the same.
        assertThat(due("2026-03-14", ENGLAND_AND_WALES)).isEqualTo(d("2026-04-14"));
    }

    @Test
    void theLastDayOfAShorterMonth() {
        assertThat(due("2024-01-31", ENGLAND_AND_WALES)).isEqualTo(d("2024-02-29")); // leap year, a Thursday
        assertThat(due("2028-01-30", ENGLAND_AND_WALES)).isEqualTo(d("2028-02-29")); // leap year, a Tuesday
        assertThat(due("2026-03-31", ENGLAND_AND_WALES)).isEqualTo(d("2026-04-30")); // a Thursday
        // 28 February 2026 is a Saturday: the next working day.
        assertThat(due("2026-01-31", ENGLAND_AND_WALES)).isEqualTo(d("2026-03-02"));
        assertThat(due("2026-01-29", ENGLAND_AND_WALES)).isEqualTo(d("2026-03-02"));
    }

    @Test
    void movedPastWeekendsAndBankHolidaysOfTheNation() {
        // 29 March 2024 is Good Friday; 1 April is Easter Monday except in Scotland.
        assertThat(due("2024-02-29", ENGLAND_AND_WALES)).isEqualTo(d("2024-04-02"));
        assertThat(due("2024-02-29", SCOTLAND)).isEqualTo(d("2024-04-01"));
        // 25 December 2026 is a Friday, Boxing Day is kept on Monday 28 December.
        assertThat(due("2026-11-25", ENGLAND_AND_WALES)).isEqualTo(d("2026-12-29"));
        // The coronation, Monday 8 May 2023.
        assertThat(due("2023-04-08", ENGLAND_AND_WALES)).isEqualTo(d("2023-05-09"));
    }

    @Test
    void theExtensionIsTwoFurtherMonthsFromReceipt() {
        Deadline extended = CalendarMonths.subjectRights(uk, ENGLAND_AND_WALES, d("2026-08-31"), List.of(), true, TODAY);
        assertThat(extended.dueOn()).isEqualTo(d("2026-11-30"));
        // St Andrew's Day is Monday 30 November 2026 in Scotland.
        assertThat(CalendarMonths.subjectRights(uk, SCOTLAND, d("2026-08-31"), List.of(), true, TODAY).dueOn()).isEqualTo(d("2026-12-01"));
        // 30 November clamps to 28 February, not 2 March.
        assertThat(CalendarMonths.subjectRights(uk, ENGLAND_AND_WALES, d("2026-11-30"), List.of(), true, TODAY).dueOn())
                .isEqualTo(d("2027-03-01"));
    }

    @Test
    void pausedDaysAreAddedBack() {
        // Received Monday 2 March 2026; identity asked for on 5 March, received 9 March: four days paused.
        // 2 April + 4 = 6 April, Easter Monday, so Tuesday 7 April.
        List<Pause> pauses = List.of(new Pause(d("2026-03-05"), d("2026-03-09")));
        Deadline deadline = CalendarMonths.subjectRights(uk, ENGLAND_AND_WALES, d("2026-03-02"), pauses, false, TODAY);
        assertThat(deadline.dueOn()).isEqualTo(d("2026-04-07"));
        assertThat(deadline.paused()).isFalse();
        // Overlapping pauses count each day once.
        List<Pause> overlapping = List.of(new Pause(d("2026-03-05"), d("2026-03-09")), new Pause(d("2026-03-07"), d("2026-03-10")));
        assertThat(Pause.pausedDays(overlapping, TODAY)).isEqualTo(5);
        // A pause that ends the day it starts stops nothing.
        assertThat(Pause.pausedDays(List.of(new Pause(d("2026-03-05"), d("2026-03-05"))), TODAY)).isZero();
    }

    @Test
    void anOpenPauseCountsUpToTodayAndShowsAsPaused() {
        LocalDate today = d("2026-03-10");
        List<Pause> awaiting = List.of(new Pause(d("2026-03-05"), null));
        Deadline deadline = CalendarMonths.subjectRights(uk, ENGLAND_AND_WALES, d("2026-03-02"), awaiting, false, today);
        assertThat(Pause.pausedDays(awaiting, today)).isEqualTo(6);
        assertThat(deadline.dueOn()).isEqualTo(d("2026-04-08"));
        assertThat(deadline.paused()).isTrue();
        assertThat(deadline.standing(d("2026-05-01").atStartOfDay(org.infoshare.shared.UkCalendar.ZONE).toInstant())).isEqualTo(Deadline.Standing.PAUSED);
    }

    @Test
    void refusesPausesBeforeReceiptOrEndingBeforeTheyStart() {
        assertThatThrownBy(() -> CalendarMonths.subjectRights(uk, ENGLAND_AND_WALES, d("2026-03-02"),
                List.of(new Pause(d("2026-03-01"), d("2026-03-03"))), false, TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pause(d("2026-03-05"), d("2026-03-04"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void provisionalWhenTheYearsBankHolidaysAreNotKnown() {
        BankHolidayCalendar to2028 = BankHolidayCalendar.of(uk.all().stream().filter(h -> h.date().getYear() <= 2028).toList(),
                Map.of(ENGLAND_AND_WALES, new Coverage(2018, 2028)));
        assertThat(CalendarMonths.subjectRights(to2028, ENGLAND_AND_WALES, d("2028-11-15"), List.of(), false, TODAY).provisional()).isFalse();
        assertThat(CalendarMonths.subjectRights(to2028, ENGLAND_AND_WALES, d("2028-12-15"), List.of(), false, TODAY).provisional()).isTrue();
        assertThat(CalendarMonths.subjectRights(to2028, SCOTLAND, d("2026-01-15"), List.of(), false, TODAY).provisional()).isTrue();
    }

    /** 20,000 random requests 2000–2040, with and without extension and pauses, against the rule spelled out day by day. */
    @Test
    void agreesWithTheRuleSpelledOutOverFortyYears() {
        long seed = KnownHolidays.seed();
        Random random = new Random(seed);
        for (int n = 0; n < 20_000; n++) {
            LocalDate received = n % 5 == 0
                    ? LocalDate.of(2000 + random.nextInt(41), 1 + random.nextInt(12), 1).plusMonths(1).minusDays(1 + random.nextInt(3))
                    : KnownHolidays.randomDate(random, 2000, 2040);
            Nation nation = KnownHolidays.randomNation(random);
            boolean extended = random.nextBoolean();
            List<Pause> pauses = new ArrayList<>();
            for (int p = random.nextInt(3); p > 0; p--) {
                LocalDate from = received.plusDays(random.nextInt(40));
                pauses.add(new Pause(from, random.nextInt(6) == 0 ? null : from.plusDays(random.nextInt(15))));
            }
            LocalDate today = received.plusDays(random.nextInt(60));
            String input = "seed " + seed + " #" + n + ": received " + received + " in " + nation + (extended ? ", extended" : "")
                    + ", pauses " + pauses + ", today " + today;
            Deadline deadline = CalendarMonths.subjectRights(uk, nation, received, pauses, extended, today);
            assertThat(deadline.dueOn()).as(input).isEqualTo(SimpleClock.subjectRights(uk, nation, received, pauses, extended, today));
            assertThat(uk.isWorkingDay(nation, deadline.dueOn())).as(input).isTrue();
            assertThat(deadline.paused()).as(input).isEqualTo(pauses.stream().anyMatch(p -> p.until() == null));
        }
    }
}
