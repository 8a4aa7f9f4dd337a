package org.infoshare.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.infoshare.shared.UkCalendar;

/** Dates as people write them: "26 October 2017". */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    static String text(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String text(Instant instant) {
        return instant == null ? "" : DAY.format(LocalDate.ofInstant(instant, UkCalendar.ZONE));
    }
}
