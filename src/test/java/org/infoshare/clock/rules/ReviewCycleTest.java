package org.infoshare.clock.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.infoshare.clock.rules.Deadline.Standing;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Agreement reviews (002 §1.4): a function of the cycle the parties agree, six months then yearly by default. */
class ReviewCycleTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void sixMonthsThenYearlyByDefault() {
        assertThat(ReviewCycle.STANDARD.dates(d("2026-01-15"), 3)).containsExactly(d("2026-07-15"), d("2027-07-15"), d("2028-07-15"));
    }

    @Test
    void monthEndsClampWithoutDrifting() {
        // From 31 August: the last day of February, then that date's anniversary (28 February even in a leap year).
        assertThat(ReviewCycle.STANDARD.dates(d("2026-08-31"), 3)).containsExactly(d("2027-02-28"), d("2028-02-28"), d("2029-02-28"));
        // A first review on 29 February returns to 29 February in leap years only.
        assertThat(ReviewCycle.STANDARD.dates(d("2027-08-31"), 5))
                .containsExactly(d("2028-02-29"), d("2029-02-28"), d("2030-02-28"), d("2031-02-28"), d("2032-02-29"));
    }

    @Test
    void theCycleIsWhatThePartiesAgree() {
        ReviewCycle quarterlyThenHalfYearly = new ReviewCycle(3, 6);
        assertThat(quarterlyThenHalfYearly.dates(d("2026-01-31"), 3)).containsExactly(d("2026-04-30"), d("2026-10-30"), d("2027-04-30"));
        ReviewCycle yearlyThenEveryTwoYears = new ReviewCycle(12, 24);
        assertThat(yearlyThenEveryTwoYears.dueOn(d("2026-05-01"), 3)).isEqualTo(d("2031-05-01"));
        assertThatThrownBy(() -> new ReviewCycle(0, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewCycle(6, 61)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReviewCycle.STANDARD.dueOn(d("2026-01-01"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReviewHeldLateCompletesTheCyclesThatPassed() {
        LocalDate effective = d("2026-01-15");
        assertThat(ReviewCycle.STANDARD.nextCycle(effective, List.of())).isEqualTo(1);
        assertThat(ReviewCycle.STANDARD.nextCycle(effective, List.of(d("2026-07-10")))).isEqualTo(2);
        // Held on 1 August 2027, after the 15 July 2027 date too.
        assertThat(ReviewCycle.STANDARD.nextCycle(effective, List.of(d("2027-08-01")))).isEqualTo(3);
    }

    @Test
    void aReviewIsDueSoonAMonthBeforeAndOverdueTheDayAfter() {
        Deadline review = ReviewCycle.STANDARD.deadline(d("2026-01-15"), 1);
        assertThat(review.dueOn()).isEqualTo(d("2026-07-15"));
        assertThat(review.standing(at("2026-06-14"))).isEqualTo(Standing.NOT_DUE);
        assertThat(review.standing(at("2026-06-15"))).isEqualTo(Standing.DUE_SOON);
        assertThat(review.standing(at("2026-07-15"))).isEqualTo(Standing.DUE);
        assertThat(review.standing(at("2026-07-16"))).isEqualTo(Standing.OVERDUE);
        assertThat(review.dueText()).isEqualTo("15 July 2026");
    }

    /** Random cycles and effective dates 2000–2040 against the rule spelled out with year-months. */
    @Test
    void agreesWithTheRuleSpelledOut() {
        long seed = KnownHolidays.seed();
        Random random = new Random(seed);
        for (int n = 0; n < 20_000; n++) {
            LocalDate effective = KnownHolidays.randomDate(random, 2000, 2040);
            ReviewCycle cycle = n % 3 == 0 ? ReviewCycle.STANDARD : new ReviewCycle(1 + random.nextInt(24), 1 + random.nextInt(36));
            int number = 1 + random.nextInt(12);
            assertThat(cycle.dueOn(effective, number)).as("seed " + seed + " #" + n + ": " + cycle + " from " + effective + ", review " + number)
                    .isEqualTo(SimpleClock.review(effective, cycle.firstAfterMonths(), cycle.thenEveryMonths(), number));
        }
    }

    private static java.time.Instant at(String day) {
        return d(day).atTime(12, 0).atZone(org.infoshare.shared.UkCalendar.ZONE).toInstant();
    }
}
