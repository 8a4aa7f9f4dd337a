package org.infoshare.rights.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.infoshare.clock.rules.Deadline;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The rights queue: overdue first, paused last, earliest deadline then earliest received within each. */
class QueueOrderTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void overdueComesFirstAndPausedLastWhateverTheirDates() {
        List<QueueOrder.Entry<String>> entries = List.of(
                new QueueOrder.Entry<>("paused", Deadline.Standing.PAUSED, DAY.minusDays(90), DAY.minusDays(120)),
                new QueueOrder.Entry<>("not due", Deadline.Standing.NOT_DUE, DAY.plusDays(20), DAY),
                new QueueOrder.Entry<>("overdue", Deadline.Standing.OVERDUE, DAY.minusDays(1), DAY.minusDays(31)),
                new QueueOrder.Entry<>("due today", Deadline.Standing.DUE, DAY, DAY.minusDays(30)),
                new QueueOrder.Entry<>("due soon", Deadline.Standing.DUE_SOON, DAY.plusDays(2), DAY.minusDays(28)));
        assertThat(QueueOrder.sort(entries)).containsExactly("overdue", "due today", "due soon", "not due", "paused");
    }

    @Test
    void withinAStandingTheEarliestDeadlineThenTheEarliestReceivedComesFirst() {
        List<QueueOrder.Entry<String>> entries = List.of(
                new QueueOrder.Entry<>("later", Deadline.Standing.OVERDUE, DAY.minusDays(1), DAY.minusDays(31)),
                new QueueOrder.Entry<>("received later", Deadline.Standing.OVERDUE, DAY.minusDays(5), DAY.minusDays(33)),
                new QueueOrder.Entry<>("received first", Deadline.Standing.OVERDUE, DAY.minusDays(5), DAY.minusDays(36)));
        assertThat(QueueOrder.sort(entries)).containsExactly("received first", "received later", "later");
    }

    /** Shuffled queues: the order is a permutation, and every adjacent pair is in order. */
    @TestFactory
    Stream<DynamicTest> anyQueueComesOutInOrderWithNothingLost() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<Deadline.Standing> rank = List.of(Deadline.Standing.OVERDUE, Deadline.Standing.DUE, Deadline.Standing.DUE_SOON,
                Deadline.Standing.NOT_DUE, Deadline.Standing.PAUSED);
        return IntStream.range(0, 200).mapToObj(n -> {
            List<QueueOrder.Entry<Integer>> entries = new ArrayList<>();
            for (int i = 0; i < random.nextInt(20); i++) {
                entries.add(new QueueOrder.Entry<>(i, rank.get(random.nextInt(rank.size())), DAY.plusDays(random.nextInt(60) - 30),
                        DAY.minusDays(random.nextInt(90))));
            }
            Collections.shuffle(entries, random);
            return DynamicTest.dynamicTest("case " + n + " (seed " + seed + ")", () -> {
                List<Integer> sorted = QueueOrder.sort(entries);
                assertThat(sorted).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(entries.stream().map(QueueOrder.Entry::item).toList());
                for (int i = 1; i < sorted.size(); i++) {
                    QueueOrder.Entry<Integer> a = entry(entries, sorted.get(i - 1));
                    QueueOrder.Entry<Integer> b = entry(entries, sorted.get(i));
                    int byStanding = Integer.compare(rank.indexOf(a.standing()), rank.indexOf(b.standing()));
                    assertThat(byStanding).as("seed %d: %s before %s", seed, a, b).isLessThanOrEqualTo(0);
                    if (byStanding == 0) {
                        assertThat(a.dueOn()).as("seed %d: %s before %s", seed, a, b).isBeforeOrEqualTo(b.dueOn());
                        if (a.dueOn().equals(b.dueOn())) {
                            assertThat(a.receivedOn()).as("seed %d", seed).isBeforeOrEqualTo(b.receivedOn());
                        }
                    }
                }
            });
        });
    }

    private static QueueOrder.Entry<Integer> entry(List<QueueOrder.Entry<Integer>> entries, int item) {
        return entries.stream().filter(e -> e.item() == item).findFirst().orElseThrow();
    }
}
