package org.infoshare.clock.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * A clock counted in real elapsed hours (002 §4.8; UK GDPR Art 33(1): "not later than 72 hours after having
 * become aware"). Hours are counted on the instant line, so a window that crosses the change to or from
 * British Summer Time still lasts exactly that many hours; only its display is in London time.
 */
public final class CalendarHours {

    /** The breach-notification window. */
    public static final int BREACH_HOURS = 72;

    /** Due soon once this much of the window is left. */
    static final Duration WARNING = Duration.ofHours(24);

    private CalendarHours() {
    }

    public static Deadline after(Instant start, int hours) {
        if (hours < 1) {
            throw new IllegalArgumentException("Count at least one hour");
        }
        Duration window = Duration.ofHours(hours);
        return Deadline.at(start.plus(window), WARNING.compareTo(window) < 0 ? WARNING : window);
    }

    /** 72 hours from the moment the organisation became aware of a breach. */
    public static Deadline breach(Instant awareness) {
        return after(awareness, BREACH_HOURS);
    }
}
