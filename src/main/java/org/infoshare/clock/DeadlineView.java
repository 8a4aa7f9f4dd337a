package org.infoshare.clock;

import java.time.Instant;
import java.time.LocalDate;

import org.infoshare.clock.rules.Deadline;
import org.infoshare.clock.rules.Nation;

/**
 * A deadline as the API shows it.
 *
 * @param nation          whose bank holidays counted (null for clocks that skip none)
 * @param calendarVersion the bank holidays it was counted with
 */
public record DeadlineView(Deadline.ClockKind kind, LocalDate dueOn, Instant dueAt, String dueText, Deadline.Standing standing,
                           boolean provisional, boolean paused, Nation nation, String calendarVersion) {

    static DeadlineView of(Deadline deadline, Instant now, Nation nation, CalendarVersion version) {
        return new DeadlineView(deadline.kind(), deadline.dueOn(), deadline.dueAt(), deadline.dueText(), deadline.standing(now),
                deadline.provisional(), deadline.paused(), nation, version.toString());
    }
}
