package org.infoshare.clock.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

import org.infoshare.shared.UkCalendar;

/**
 * When a statutory clock runs out, and how things stand against it. A clock counted in days runs out at the
 * end of its last day in London; a clock counted in hours at that hour.
 *
 * @param dueOn       the last day (in London)
 * @param dueAt       the instant the time is up: overdue from then on
 * @param warnFrom    from this instant the deadline is "due soon"
 * @param provisional the count crossed a year whose bank holidays the calendar does not yet know, so the date
 *                    may move once they are added
 * @param paused      the clock is stopped (a rights request awaiting identity or clarification): the date is
 *                    the earliest it could be, and moves on each day the pause lasts
 */
public record Deadline(ClockKind kind, LocalDate dueOn, Instant dueAt, Instant warnFrom, boolean provisional, boolean paused) {

    private static final ZoneId LONDON = UkCalendar.ZONE;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    /** How a clock is counted. */
    public enum ClockKind {
        CALENDAR_HOURS("Calendar hours"),
        WORKING_DAYS("Working days"),
        CALENDAR_MONTHS("Calendar months"),
        REVIEW_CYCLE("Review cycle");

        private final String label;

        ClockKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where things stand against a deadline at a given moment. */
    public enum Standing {
        NOT_DUE("Not due yet"),
        DUE_SOON("Due soon"),
        DUE("Due today"),
        OVERDUE("Overdue"),
        PAUSED("Paused");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(warnFrom, "warnFrom");
        if (warnFrom.isAfter(dueAt)) {
            throw new IllegalArgumentException("A deadline cannot warn after it is due");
        }
    }

    /** A clock counted in days: it runs out at the end of {@code dueOn}, and is due soon from the start of {@code warnOn}. */
    public static Deadline endOfDay(ClockKind kind, LocalDate dueOn, LocalDate warnOn, boolean provisional, boolean paused) {
        return new Deadline(kind, dueOn, dueOn.plusDays(1).atStartOfDay(LONDON).toInstant(),
                warnOn.atStartOfDay(LONDON).toInstant(), provisional, paused);
    }

    /** A clock counted in hours: it runs out at {@code dueAt}, and is due soon {@code warning} before. */
    public static Deadline at(Instant dueAt, Duration warning) {
        return new Deadline(ClockKind.CALENDAR_HOURS, LocalDate.ofInstant(dueAt, LONDON), dueAt, dueAt.minus(warning), false, false);
    }

    public Standing standing(Instant now) {
        if (paused) {
            return Standing.PAUSED;
        }
        if (!now.isBefore(dueAt)) {
            return Standing.OVERDUE;
        }
        if (LocalDate.ofInstant(now, LONDON).equals(dueOn)) {
            return Standing.DUE;
        }
        return now.isBefore(warnFrom) ? Standing.NOT_DUE : Standing.DUE_SOON;
    }

    /** Time left, negative once overdue. */
    public Duration remaining(Instant now) {
        return Duration.between(now, dueAt);
    }

    /** "26 October 2017", or for an hours clock "14:05 on 29 March 2026" (London time, summer or winter). */
    public String dueText() {
        if (kind == ClockKind.CALENDAR_HOURS) {
            return TIME.format(dueAt.atZone(LONDON)) + " on " + DAY.format(dueOn);
        }
        return DAY.format(dueOn);
    }
}
