package org.infoshare.incident;

import java.time.Duration;
import java.time.Instant;

import org.infoshare.clock.rules.Deadline;

/**
 * The 72 hours from awareness, as every page, list and API answer about an incident shows them: due when, and how
 * things stand now. The clock stops when the decision about the ICO is recorded.
 *
 * @param dueText   "14:05 on 29 March 2026" (London time)
 * @param standing  NOT_DUE, DUE_SOON, DUE, OVERDUE; null once the decision is recorded
 * @param remaining "31 hours left", "Overdue by 5 hours", or how the decision stood against the deadline
 * @param decidedLate the decision was recorded after the deadline
 */
public record IncidentClock(Instant dueAt, String dueText, Deadline.Standing standing, String remaining, boolean decided,
                            boolean decidedLate) {

    static IncidentClock of(Deadline deadline, Instant now, Instant decidedAt) {
        if (decidedAt != null) {
            boolean late = decidedAt.isAfter(deadline.dueAt());
            return new IncidentClock(deadline.dueAt(), deadline.dueText(), null,
                    late ? "ICO decision recorded late, " + hours(Duration.between(deadline.dueAt(), decidedAt)) + " after the deadline"
                            : "ICO decision recorded in time", true, late);
        }
        Deadline.Standing standing = deadline.standing(now);
        Duration left = deadline.remaining(now);
        String remaining = left.isNegative() || left.isZero() ? "Overdue by " + hours(left.negated()) : hours(left) + " left";
        return new IncidentClock(deadline.dueAt(), deadline.dueText(), standing, remaining, false, false);
    }

    /** Whole hours, rounded down, or minutes under an hour. */
    static String hours(Duration duration) {
        long hours = duration.toHours();
        if (hours >= 1) {
            return hours == 1 ? "1 hour" : hours + " hours";
        }
        long minutes = Math.max(0, duration.toMinutes());
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    /** The GOV.UK tag colour for the standing. */
    public String tagClass() {
        if (standing == null) {
            return decidedLate ? "govuk-tag--orange" : "govuk-tag--green";
        }
        return switch (standing) {
            case OVERDUE -> "govuk-tag--red";
            case DUE, DUE_SOON -> "govuk-tag--orange";
            default -> "govuk-tag--blue";
        };
    }

    public String label() {
        return standing == null ? (decidedLate ? "Decided late" : "Decided") : standing.label();
    }
}
