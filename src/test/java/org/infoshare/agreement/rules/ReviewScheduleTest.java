package org.infoshare.agreement.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.infoshare.agreement.rules.ReviewSchedule.Standing;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewScheduleTest {

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void theCycleIsWhatThePartiesAgreeSixThenTwelveWhereTheyDoNotSay() {
        LocalDate effective = d("2026-01-15");
        assertThat(ReviewSchedule.agreed(null, null)).isEqualTo(org.infoshare.clock.rules.ReviewCycle.STANDARD);
        var quarterly = ReviewSchedule.agreed(3, 6);
        assertThat(ReviewSchedule.status(quarterly, effective, List.of(), d("2026-04-15")))
                .isEqualTo(new ReviewSchedule.Status(1, d("2026-04-15"), Standing.DUE, 0));
        assertThat(ReviewSchedule.status(quarterly, effective, List.of(d("2026-04-20")), d("2026-04-21")).dueOn()).isEqualTo(d("2026-10-15"));
        assertThat(ReviewSchedule.status(ReviewSchedule.agreed(null, null), effective, List.of(), d("2026-04-15")).dueOn()).isEqualTo(d("2026-07-15"));
    }

    @Test
    void agreedMonthsAreWholeMonthsFromOneToFiveYears() {
        List<org.infoshare.shared.problem.Violation> v = new ArrayList<>();
        ReviewSchedule.checkAgreed(v, 0, 61);
        assertThat(v).extracting(org.infoshare.shared.problem.Violation::field).containsExactly("firstReviewMonths", "reviewEveryMonths");
        v.clear();
        ReviewSchedule.checkAgreed(v, null, 60);
        ReviewSchedule.checkAgreed(v, 1, null);
        assertThat(v).isEmpty();
    }

    @Test
    void firstReviewSixMonthsAfterTakingEffectThenYearly() {
        LocalDate effective = d("2026-01-15");
        assertThat(ReviewSchedule.dueOn(effective, 1)).isEqualTo(d("2026-07-15"));
        assertThat(ReviewSchedule.dueOn(effective, 2)).isEqualTo(d("2027-07-15"));
        assertThat(ReviewSchedule.dueOn(effective, 3)).isEqualTo(d("2028-07-15"));
    }

    @Test
    void monthEndsClampToTheLastDayOfFebruary() {
        assertThat(ReviewSchedule.dueOn(d("2026-08-31"), 1)).isEqualTo(d("2027-02-28"));
        assertThat(ReviewSchedule.dueOn(d("2027-08-31"), 1)).isEqualTo(d("2028-02-29"));
        assertThat(ReviewSchedule.dueOn(d("2026-08-30"), 1)).isEqualTo(d("2027-02-28"));
        assertThat(ReviewSchedule.dueOn(d("2026-12-31"), 1)).isEqualTo(d("2027-06-30"));
    }

    @Test
    void yearlyReviewsCountFromTheFirstReviewDateWithoutDrifting() {
        // 31 Aug 2027 → first review 29 Feb 2028 (leap); then 28 Feb in ordinary years, 29 Feb in the next leap year.
        LocalDate effective = d("2027-08-31");
        assertThat(ReviewSchedule.dueOn(effective, 2)).isEqualTo(d("2029-02-28"));
        assertThat(ReviewSchedule.dueOn(effective, 5)).isEqualTo(d("2032-02-29"));
        // 31 Aug 2026 → 28 Feb 2027, and it stays on 28 Feb even in 2028.
        assertThat(ReviewSchedule.dueOn(d("2026-08-31"), 2)).isEqualTo(d("2028-02-28"));
    }

    @Test
    void dueOnTheDayOverdueAfterwards() {
        LocalDate effective = d("2026-01-15");
        assertThat(ReviewSchedule.status(effective, List.of(), d("2026-07-14")).standing()).isEqualTo(Standing.NOT_DUE);
        assertThat(ReviewSchedule.status(effective, List.of(), d("2026-07-15")).standing()).isEqualTo(Standing.DUE);
        ReviewSchedule.Status late = ReviewSchedule.status(effective, List.of(), d("2026-07-16"));
        assertThat(late.standing()).isEqualTo(Standing.OVERDUE);
        assertThat(late.daysUntil()).isEqualTo(-1);
        assertThat(late.cycle()).isEqualTo(1);
    }

    @Test
    void aReviewCompletesItsCycle() {
        LocalDate effective = d("2026-01-15");
        ReviewSchedule.Status afterFirst = ReviewSchedule.status(effective, List.of(d("2026-07-10")), d("2026-07-20"));
        assertThat(afterFirst.cycle()).isEqualTo(2);
        assertThat(afterFirst.dueOn()).isEqualTo(d("2027-07-15"));
        assertThat(afterFirst.standing()).isEqualTo(Standing.NOT_DUE);
    }

    @Test
    void aVeryLateReviewCompletesTheCyclesThatPassedMeanwhile() {
        LocalDate effective = d("2026-01-15");
        ReviewSchedule.Status status = ReviewSchedule.status(effective, List.of(d("2027-08-01")), d("2027-08-02"));
        assertThat(status.cycle()).isEqualTo(3);
        assertThat(status.dueOn()).isEqualTo(d("2028-07-15"));
    }

    @Test
    void cyclesCountFromOne() {
        assertThatThrownBy(() -> ReviewSchedule.dueOn(d("2026-01-01"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Over many random effective dates and review histories, the schedule's invariants hold. */
    @TestFactory
    Stream<DynamicTest> invariantsOverRandomHistories() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<DynamicTest> tests = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            LocalDate effective = d("2020-01-01").plusDays(random.nextInt(3000));
            int reviews = random.nextInt(5);
            List<LocalDate> held = new ArrayList<>();
            LocalDate cursor = effective;
            for (int r = 0; r < reviews; r++) {
                cursor = cursor.plusDays(30 + random.nextInt(500));
                held.add(cursor);
            }
            LocalDate today = cursor.plusDays(random.nextInt(800));
            String name = "seed " + seed + " #" + n + ": effective " + effective + ", reviews " + held + ", today " + today;
            tests.add(DynamicTest.dynamicTest(name, () -> {
                ReviewSchedule.Status status = ReviewSchedule.status(effective, held, today);
                // Each review date is 6 months + 12(k-1) months from the effective date, clamped at month end.
                for (int cycle = 1; cycle <= 6; cycle++) {
                    LocalDate due = ReviewSchedule.dueOn(effective, cycle);
                    assertThat(due).isEqualTo(effective.plusMonths(6).plusMonths(12L * (cycle - 1)));
                    assertThat(due.getDayOfMonth()).isLessThanOrEqualTo(effective.getDayOfMonth());
                }
                assertThat(status.cycle()).isGreaterThan(held.size());
                if (!held.isEmpty()) {
                    LocalDate last = held.get(held.size() - 1);
                    assertThat(status.dueOn()).isAfter(last);
                }
                assertThat(status.standing() == Standing.OVERDUE).isEqualTo(status.dueOn().isBefore(today));
                assertThat(status.standing() == Standing.DUE).isEqualTo(status.dueOn().isEqual(today));
            }));
        }
        return tests.stream();
    }
}
