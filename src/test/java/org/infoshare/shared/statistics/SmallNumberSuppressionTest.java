package org.infoshare.shared.statistics;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.infoshare.shared.statistics.SmallNumberSuppression.Status;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmallNumberSuppressionTest {

    final SmallNumberSuppression suppression = SmallNumberSuppression.standard();

    @Test
    void aListHidesOnlyItsSmallCounts() {
        assertThat(suppression.list(new long[] {0, 1, 4, 5, 120})).containsExactly(0L, null, null, 5L, 120L);
        assertThatThrownBy(() -> suppression.list(new long[] {-1})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSmallCountAloneInItsRowTakesAnotherCellWithIt() {
        SmallNumberSuppression.Table table = suppression.table(new long[][] {{3, 40, 50}, {20, 30, 60}});
        assertThat(table.status()[0][0]).isEqualTo(Status.PRIMARY);
        assertThat(table.counts()[0][3]).isEqualTo(93);
        assertThat(table.counts()[2][3]).isEqualTo(203);
        long suppressedInRow = Arrays.stream(table.status()[0]).filter(s -> s != Status.SHOWN).count();
        long suppressedInColumn = IntStream.range(0, 3).filter(r -> table.suppressed(r, 0)).count();
        assertThat(suppressedInRow).isGreaterThanOrEqualTo(2);
        assertThat(suppressedInColumn).isGreaterThanOrEqualTo(2);
        assertThat(table.text(0, 0)).isEqualTo("[c]");
        assertThat(table.published(2, 3)).isEqualTo(203L);
        assertThat(table.text(2, 3)).isEqualTo("203");
    }

    @Test
    void aTableWithNothingSmallIsShownWhole() {
        SmallNumberSuppression.Table table = suppression.table(new long[][] {{10, 0}, {7, 12}});
        assertThat(Arrays.stream(table.status()).flatMap(Arrays::stream)).containsOnly(Status.SHOWN);
    }

    @Test
    void refusesNegativeCountsAndRaggedTables() {
        assertThatThrownBy(() -> suppression.table(new long[][] {{1, -2}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> suppression.table(new long[][] {{1, 2}, {3}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmallNumberSuppression(1)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The property: for any table, nothing suppressed can be recovered. Checked independently of the algorithm by
     * searching for tables of counts (zero or more) that agree with every number published, rows and columns adding
     * up: every suppressed cell, total or not, must take at least two different values among them. And nothing
     * below the threshold (other than zero) is ever shown.
     */
    @TestFactory
    Stream<DynamicTest> nothingSuppressedCanBeRecovered() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        return IntStream.range(0, 400).mapToObj(n -> DynamicTest.dynamicTest("case " + n + " (seed " + seed + ")", () -> {
            int rows = 1 + random.nextInt(3);
            int columns = 1 + random.nextInt(3);
            long[][] interior = new long[rows][columns];
            for (long[] row : interior) {
                for (int c = 0; c < columns; c++) {
                    row[c] = random.nextInt(10) < 4 ? random.nextInt(7) : 5 + random.nextInt(30);
                }
            }
            SmallNumberSuppression.Table table = suppression.table(interior);
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    long count = table.counts()[r][c];
                    if (count > 0 && count < SmallNumberSuppression.STANDARD_THRESHOLD) {
                        assertThat(table.suppressed(r, c)).as("small count shown at " + r + "," + c).isTrue();
                    }
                }
            }
            assertThat(Recovery.unrecoverable(table)).as(Arrays.deepToString(interior) + " " + Arrays.deepToString(table.status())).isTrue();
        }));
    }

    /** Searches the tables that fit what is published, trying values near the true ones first. */
    static final class Recovery {
        private final SmallNumberSuppression.Table table;
        private final int rows;
        private final int columns;
        private final long[][] trial;
        private final Set<Long>[][] seen;
        private int searches;

        @SuppressWarnings("unchecked")
        private Recovery(SmallNumberSuppression.Table table) {
            this.table = table;
            this.rows = table.rows();
            this.columns = table.columns();
            this.trial = new long[rows][columns];
            this.seen = new Set[rows + 1][columns + 1];
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    seen[r][c] = new HashSet<>();
                }
            }
        }

        static boolean unrecoverable(SmallNumberSuppression.Table table) {
            Recovery recovery = new Recovery(table);
            recovery.search(0);
            for (int r = 0; r <= recovery.rows; r++) {
                for (int c = 0; c <= recovery.columns; c++) {
                    if (table.suppressed(r, c) && recovery.seen[r][c].size() < 2) {
                        return false;
                    }
                }
            }
            return true;
        }

        private boolean done() {
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    if (table.suppressed(r, c) && seen[r][c].size() < 2) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Fills interior cells in order; returns true to stop once every suppressed cell has two values. */
        private boolean search(int cell) {
            if (++searches > 2_000_000) {
                return true;
            }
            if (cell == rows * columns) {
                if (fits()) {
                    record();
                    return done();
                }
                return false;
            }
            int r = cell / columns;
            int c = cell % columns;
            long truth = table.counts()[r][c];
            if (!table.suppressed(r, c)) {
                trial[r][c] = truth;
                return search(cell + 1);
            }
            for (long delta : new long[] {0, 1, -1, 2, -2}) {
                long value = truth + delta;
                if (value < 0) {
                    continue;
                }
                trial[r][c] = value;
                if (search(cell + 1)) {
                    return true;
                }
            }
            return false;
        }

        private boolean fits() {
            long grand = 0;
            for (int r = 0; r < rows; r++) {
                long sum = 0;
                for (int c = 0; c < columns; c++) {
                    sum += trial[r][c];
                }
                if (!table.suppressed(r, columns) && sum != table.counts()[r][columns]) {
                    return false;
                }
                grand += sum;
            }
            for (int c = 0; c < columns; c++) {
                long sum = 0;
                for (int r = 0; r < rows; r++) {
                    sum += trial[r][c];
                }
                if (!table.suppressed(rows, c) && sum != table.counts()[rows][c]) {
                    return false;
                }
            }
            return table.suppressed(rows, columns) || grand == table.counts()[rows][columns];
        }

        private void record() {
            long grand = 0;
            for (int r = 0; r < rows; r++) {
                long sum = 0;
                for (int c = 0; c < columns; c++) {
                    seen[r][c].add(trial[r][c]);
                    sum += trial[r][c];
                }
                seen[r][columns].add(sum);
                grand += sum;
            }
            for (int c = 0; c < columns; c++) {
                long sum = 0;
                for (int r = 0; r < rows; r++) {
                    sum += trial[r][c];
                }
                seen[rows][c].add(sum);
            }
            seen[rows][columns].add(grand);
        }
    }
}
