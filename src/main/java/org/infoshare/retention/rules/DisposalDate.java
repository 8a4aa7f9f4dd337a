package org.infoshare.retention.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When a record is due to go: a disposal date, a review date, or not yet known because the event its period
 * runs from has not happened (an open case, a date of birth not recorded), or no rule covers it.
 *
 * @param reason in words, e.g. "6 years after the case was closed on 3 March 2020"
 */
public record DisposalDate(Kind kind, LocalDate date, String reason) {

    public enum Kind { DISPOSE_ON, REVIEW_ON, WAITING, NO_RULE, HELD }

    public DisposalDate {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.DISPOSE_ON || kind == Kind.REVIEW_ON) != (date != null)) {
            throw new IllegalArgumentException("A disposal or review date, and only those, has a date");
        }
    }

    public static DisposalDate disposeOn(LocalDate date, String reason) {
        return new DisposalDate(Kind.DISPOSE_ON, date, reason);
    }

    public static DisposalDate held(String reason) {
        return new DisposalDate(Kind.HELD, null, reason);
    }

    public static DisposalDate noRule(String reason) {
        return new DisposalDate(Kind.NO_RULE, null, reason);
    }

    public static DisposalDate waiting(String reason) {
        return new DisposalDate(Kind.WAITING, null, reason);
    }

    /** Due for disposal on {@code today}: the date has come. */
    public boolean dueOn(LocalDate today) {
        return kind == Kind.DISPOSE_ON && !date.isAfter(today);
    }

    /**
     * A record that cannot go before the records that depend on it (a person before the decisions about them, a
     * decision before the disclosures made under it): the latest of its own date and theirs. If any of them is
     * not yet known, under review or held, so is the whole. A dependent with no rule of its own goes with the
     * record it depends on, so it does not hold it back.
     */
    public static DisposalDate latest(DisposalDate own, List<DisposalDate> dependents) {
        if (own.kind() != Kind.DISPOSE_ON) {
            return own;
        }
        for (Kind blocking : List.of(Kind.HELD, Kind.WAITING, Kind.REVIEW_ON)) {
            for (DisposalDate d : dependents) {
                if (d.kind() == blocking) {
                    return new DisposalDate(blocking, d.date(), "A record that depends on it: " + lowerFirst(d.reason()));
                }
            }
        }
        return dependents.stream().filter(d -> d.kind() == Kind.DISPOSE_ON && d.date().isAfter(own.date()))
                .max(Comparator.comparing(DisposalDate::date))
                .map(d -> disposeOn(d.date(), "Kept until a record that depends on it is due: " + lowerFirst(d.reason())))
                .orElse(own);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
