package org.infoshare.agreement.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.infoshare.clock.rules.ReviewCycle;
import org.infoshare.shared.problem.Violation;

/**
 * When an agreement's reviews fall due (002 §1.4): on the cycle its parties agree, which by default is the first
 * six months after it took effect, then every twelve months after that first review date. Each date is counted from the anchor (the effective date for
 * the first, the first review date after that), so a month end clamps without drifting: an agreement in
 * force from 31 August is first reviewed on the last day of February, and every year after on the
 * anniversary of that date (29 February in leap years when the first review fell on one).
 * A review is due on its date and overdue the day after. A review completes the cycle that was due; one
 * held so late that later dates have passed completes those cycles too. The dates are the statutory clock's
 * ({@link ReviewCycle}).
 */
public final class ReviewSchedule {

    public enum Standing { NOT_DUE, DUE, OVERDUE }

    /**
     * @param cycle     1 for the six-month review, 2 for the first yearly one, and so on
     * @param daysUntil negative once overdue
     */
    public record Status(int cycle, LocalDate dueOn, Standing standing, long daysUntil) {
        public boolean dueOrOverdue() {
            return standing != Standing.NOT_DUE;
        }
    }

    private ReviewSchedule() {
    }

    /**
     * The cycle the parties agreed: a first review after {@code firstReviewMonths} and then every
     * {@code reviewEveryMonths}, each six and twelve where the agreement does not say (002 §1.4).
     */
    public static ReviewCycle agreed(Integer firstReviewMonths, Integer reviewEveryMonths) {
        return new ReviewCycle(firstReviewMonths == null ? ReviewCycle.STANDARD.firstAfterMonths() : firstReviewMonths,
                reviewEveryMonths == null ? ReviewCycle.STANDARD.thenEveryMonths() : reviewEveryMonths);
    }

    /** The agreed months, where given, are whole months from 1 to five years; absent, the default applies. */
    public static void checkAgreed(List<Violation> v, Integer firstReviewMonths, Integer reviewEveryMonths) {
        months(v, "firstReviewMonths", firstReviewMonths, "the first review");
        months(v, "reviewEveryMonths", reviewEveryMonths, "later reviews");
    }

    private static void months(List<Violation> v, String field, Integer months, String what) {
        if (months != null && (months < 1 || months > ReviewCycle.LONGEST_MONTHS)) {
            v.add(new Violation(field, ActivationRules.POSITIVE,
                    "Enter the months until " + what + " as a whole number from 1 to " + ReviewCycle.LONGEST_MONTHS));
        }
    }

    public static LocalDate firstReview(LocalDate effectiveFrom) {
        return dueOn(effectiveFrom, 1);
    }

    /** The date of review {@code cycle} (from 1). */
    public static LocalDate dueOn(LocalDate effectiveFrom, int cycle) {
        return ReviewCycle.STANDARD.dueOn(effectiveFrom, cycle);
    }

    /** The cycle awaiting review, given the dates of the reviews held so far (in any order). */
    public static Status status(LocalDate effectiveFrom, List<LocalDate> reviewedOn, LocalDate today) {
        return status(ReviewCycle.STANDARD, effectiveFrom, reviewedOn, today);
    }

    /** The cycle awaiting review on the agreed cycle, given the dates of the reviews held so far (in any order). */
    public static Status status(ReviewCycle agreed, LocalDate effectiveFrom, List<LocalDate> reviewedOn, LocalDate today) {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        int cycle = agreed.nextCycle(effectiveFrom, reviewedOn);
        LocalDate due = agreed.dueOn(effectiveFrom, cycle);
        Standing standing = due.isAfter(today) ? Standing.NOT_DUE : due.isEqual(today) ? Standing.DUE : Standing.OVERDUE;
        return new Status(cycle, due, standing, ChronoUnit.DAYS.between(today, due));
    }

    /** The cycle the next review will complete. */
    public static int nextCycle(LocalDate effectiveFrom, List<LocalDate> reviewedOn) {
        return ReviewCycle.STANDARD.nextCycle(effectiveFrom, reviewedOn);
    }
}
