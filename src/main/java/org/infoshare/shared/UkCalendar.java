package org.infoshare.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates in the partnership are UK dates: a training certificate expires at the end of its day in London. */
public final class UkCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private UkCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
