package org.infoshare.rights;

import java.time.LocalDate;

import org.infoshare.clock.rules.Deadline;

/**
 * Where a rights request stands against its statutory deadline (one calendar month by the ICO's rule, three
 * with an extension, paused days added back), counted by the statutory clock over the organisation's nation's
 * bank holidays.
 *
 * @param provisional the count crossed a year whose bank holidays are not yet known
 */
public record RequestClock(LocalDate dueOn, Deadline.Standing standing, boolean extended, boolean paused, boolean provisional,
                           long daysPaused) {

    public String standingLabel() {
        return standing.label();
    }
}
