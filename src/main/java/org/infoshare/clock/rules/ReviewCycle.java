package org.infoshare.clock.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.infoshare.clock.rules.Deadline.ClockKind;

/**
 * When an agreement's reviews fall due (002 §1.4): the first a period after it takes effect that the parties
 * agree (six months unless they agree otherwise), then every {@code thenEveryMonths} after that first date.
 * Each date is counted from its anchor (the effective date for the first, the first review date after
 * that), so a month end clamps without drifting: from 31 August, the first review is on the last day of
 * February and each later one on that date's anniversary. Review dates are calendar dates, not moved to
 * working days. Due soon from thirty days before.
 */
public record ReviewCycle(int firstAfterMonths, int thenEveryMonths) {

    /** Six months after the agreement takes effect, then yearly. */
    public static final ReviewCycle STANDARD = new ReviewCycle(6, 12);

    public static final int LONGEST_MONTHS = 60;
    static final int WARNING_DAYS = 30;

    public ReviewCycle {
        if (firstAfterMonths < 1 || firstAfterMonths > LONGEST_MONTHS || thenEveryMonths < 1 || thenEveryMonths > LONGEST_MONTHS) {
            throw new IllegalArgumentException("Review periods are 1 to " + LONGEST_MONTHS + " months");
        }
    }

    /** The date of review {@code cycle}, counting from 1 for the first. */
    public LocalDate dueOn(LocalDate effective, int cycle) {
        if (cycle < 1) {
            throw new IllegalArgumentException("Review cycles count from 1");
        }
        LocalDate first = effective.plusMonths(firstAfterMonths);
        return cycle == 1 ? first : first.plusMonths((long) thenEveryMonths * (cycle - 1));
    }

    /** The first {@code count} review dates. */
    public List<LocalDate> dates(LocalDate effective, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(cycle -> dueOn(effective, cycle)).toList();
    }

    public Deadline deadline(LocalDate effective, int cycle) {
        LocalDate due = dueOn(effective, cycle);
        return Deadline.endOfDay(ClockKind.REVIEW_CYCLE, due, due.minusDays(WARNING_DAYS), false, false);
    }

    /**
     * The cycle the next review will complete, given the dates of the reviews held so far (in any order): a
     * review completes the cycle that was due, and one held so late that later dates had passed completes
     * those too.
     */
    public int nextCycle(LocalDate effective, List<LocalDate> reviewedOn) {
        List<LocalDate> held = new ArrayList<>(reviewedOn);
        held.sort(null);
        int cycle = 1;
        for (LocalDate review : held) {
            cycle++;
            while (!dueOn(effective, cycle).isAfter(review)) {
                cycle++;
            }
        }
        return cycle;
    }
}
