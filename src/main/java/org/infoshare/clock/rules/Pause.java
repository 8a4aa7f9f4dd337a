package org.infoshare.clock.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A time the clock stood still: from the day the organisation asked for proof of identity or clarification
 * until the day the answer arrived, when the clock runs again. The days from {@code from} up to (not
 * including) {@code until} are paused.
 *
 * @param until null while the answer is awaited
 */
public record Pause(LocalDate from, LocalDate until) {

    public Pause {
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("A pause cannot end before it starts");
        }
    }

    public boolean open() {
        return until == null;
    }

    /**
     * The distinct calendar days the clock stood still, overlapping pauses counted once; an open pause
     * counts every day up to and including {@code today}.
     */
    public static long pausedDays(List<Pause> pauses, LocalDate today) {
        List<long[]> spans = new ArrayList<>();
        for (Pause pause : pauses) {
            LocalDate end = pause.open() ? today.plusDays(1) : pause.until();
            if (end.isAfter(pause.from())) {
                spans.add(new long[] {pause.from().toEpochDay(), end.toEpochDay()});
            }
        }
        spans.sort(Comparator.comparingLong(span -> span[0]));
        long total = 0;
        long coveredTo = Long.MIN_VALUE;
        for (long[] span : spans) {
            long start = Math.max(span[0], coveredTo);
            if (span[1] > start) {
                total += span[1] - start;
                coveredTo = span[1];
            }
        }
        return total;
    }

    /** The length of this pause alone, in days, as of today. */
    public long days(LocalDate today) {
        return ChronoUnit.DAYS.between(from, open() ? today.plusDays(1) : until);
    }
}
