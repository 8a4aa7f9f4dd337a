package org.infoshare.oversight.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The months a report covers, the first to the last inclusive: at most five years (a board compares years, and the
 * summary's months make longer spans cheap but unreadable), never ending before it starts.
 */
public record ReportPeriod(YearMonth first, YearMonth last) {

    public static final int MOST_MONTHS = 60;

    /** Why a period is refused. */
    public enum Problem { ENDS_BEFORE_IT_STARTS, TOO_LONG }

    /** The problem with the period asked for, or null when it may be reported. */
    public static Problem check(YearMonth first, YearMonth last) {
        if (last.isBefore(first)) {
            return Problem.ENDS_BEFORE_IT_STARTS;
        }
        return months(first, last) > MOST_MONTHS ? Problem.TOO_LONG : null;
    }

    /** The twelve months up to and including this one. */
    public static ReportPeriod yearTo(YearMonth last) {
        return new ReportPeriod(last.minusMonths(11), last);
    }

    public ReportPeriod {
        if (check(first, last) != null) {
            throw new IllegalArgumentException("A report covers 1 to " + MOST_MONTHS + " months in order");
        }
    }

    private static long months(YearMonth first, YearMonth last) {
        return ChronoUnit.MONTHS.between(first, last) + 1;
    }

    public LocalDate from() {
        return first.atDay(1);
    }

    /** The day after the period. */
    public LocalDate until() {
        return last.plusMonths(1).atDay(1);
    }

    public java.util.List<YearMonth> months() {
        java.util.List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
