package org.infoshare.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.infoshare.shared.UkCalendar;
import org.springframework.stereotype.Component;

/**
 * Dates as every page writes them, the GOV.UK way: "26 October 2017", "26 October 2017, 14:30", and a person's
 * date of birth as "26 October 2017 (age 9)". Templates call it as {@code @dates}; instants are shown in UK time.
 */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME_DAY = DateTimeFormatter.ofPattern("HH:mm, d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK);

    private final Clock clock;

    public Dates(Clock clock) {
        this.clock = clock;
    }

    /** "26 October 2017"; empty for nothing. */
    public String day(Object value) {
        return format(value, DAY);
    }

    /** "Thursday 26 October 2017", where the day of the week helps (deadlines, due dates). */
    public String weekday(Object value) {
        return format(value, WEEKDAY);
    }

    /** "26 October 2017, 14:30" in UK time. */
    public String dayTime(Object value) {
        return format(value, DAY_TIME);
    }

    /** "14:30, 26 October 2017" in UK time, where the time matters most (a disclosure opened, a notice sent). */
    public String timeDay(Object value) {
        return format(value, TIME_DAY);
    }

    /** "26 October 2017, 14:30:05" in UK time, for the audit trail's order of events. */
    public String instant(Object value) {
        return format(value, SECONDS);
    }

    /** A date of birth with the age it makes today: "26 October 2017 (age 9)"; "Not recorded" for none. */
    public String born(LocalDate dateOfBirth) {
        if (dateOfBirth == null) {
            return "Not recorded";
        }
        LocalDate today = UkCalendar.today(clock);
        if (dateOfBirth.isAfter(today)) {
            return DAY.format(dateOfBirth);
        }
        return DAY.format(dateOfBirth) + " (age " + Period.between(dateOfBirth, today).getYears() + ")";
    }

    private static String format(Object value, DateTimeFormatter format) {
        if (value == null) {
            return "";
        }
        TemporalAccessor time;
        if (value instanceof Instant instant) {
            time = instant.atZone(UkCalendar.ZONE);
        } else if (value instanceof OffsetDateTime offset) {
            time = offset.atZoneSameInstant(UkCalendar.ZONE);
        } else if (value instanceof ZonedDateTime zoned) {
            time = zoned.withZoneSameInstant(UkCalendar.ZONE);
        } else if (value instanceof LocalDate date) {
            // A day has no time of day to show.
            return (format == WEEKDAY ? WEEKDAY : DAY).format(date);
        } else if (value instanceof LocalDateTime local) {
            time = local;
        } else {
            throw new IllegalArgumentException("Not a date: " + value.getClass().getSimpleName());
        }
        return format.format(time);
    }
}
