package org.infoshare.rights.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.infoshare.clock.rules.Deadline;

/**
 * The order of a rights queue: overdue first, then due today, due soon, not yet due, and paused requests last
 * (their clock is stopped); within each, the earliest deadline first, then the earliest received.
 */
public final class QueueOrder {

    private QueueOrder() {
    }

    /** One queued request as the order sees it. */
    public record Entry<T>(T item, Deadline.Standing standing, LocalDate dueOn, LocalDate receivedOn) {
    }

    private static final List<Deadline.Standing> RANK = List.of(Deadline.Standing.OVERDUE, Deadline.Standing.DUE,
            Deadline.Standing.DUE_SOON, Deadline.Standing.NOT_DUE, Deadline.Standing.PAUSED);

    public static <T> List<T> sort(List<Entry<T>> entries) {
        return entries.stream()
                .sorted(Comparator.<Entry<T>>comparingInt(e -> RANK.indexOf(e.standing()))
                        .thenComparing(Entry::dueOn).thenComparing(Entry::receivedOn))
                .map(Entry::item).toList();
    }
}
