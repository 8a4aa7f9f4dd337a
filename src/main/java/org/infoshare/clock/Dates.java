package org.infoshare.clock;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people write them: "26 October 2017", "Monday 26 October 2017". */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    static String text(LocalDate date) {
        return DAY.format(date);
    }

    static String withWeekday(LocalDate date) {
        return WEEKDAY.format(date);
    }
}
