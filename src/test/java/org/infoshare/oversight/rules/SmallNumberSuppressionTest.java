package org.infoshare.oversight.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Small-number suppression (000 §5.1): the published table never gives away a withheld figure. The property tests
 * play the reader who knows every shown figure, that rows and columns add up to their totals and that counts are
 * whole and never negative, and search for a second table that agrees with everything published but differs in the
 * withheld figure: if none exists, the figure could be recovered. Seeded (ADR 0006); replay with -Doversight.seed=N.
 */
class SmallNumberSuppressionTest {

    private static final long SEED = Long.getLong("oversight.seed", 20261205L);

    @Test
    void smallNumbersAreWithheldAndTheirRowAndColumnCoverEachOther() {
        PublishedTable t = SmallNumberSuppression.DEFAULT.apply(new long[][] {
                {3, 20, 30},
                {40, 50, 60}});
        assertThat(t.value(0, 0)).isNull();
        assertThat(t.suppression(0, 0)).isEqualTo(Suppression.SMALL_NUMBER);
        // 3 alone in its row and column would be the row total less 20 and 30: another cell in each goes too.
        assertThat(t.suppression(0, 1)).isEqualTo(Suppression.SECONDARY);
        assertThat(t.suppression(1, 0)).isEqualTo(Suppression.SECONDARY);
        assertThat(t.suppression(1, 1)).isEqualTo(Suppression.SECONDARY);
        assertThat(t.value(0, 2)).isEqualTo(30L);
        assertThat(t.rowTotal(0)).isEqualTo(53L);
        assertThat(t.columnTotal(2)).isEqualTo(90L);
        assertThat(t.grandTotal()).isEqualTo(203L);
        assertThat(t.withheldCount()).isEqualTo(4);
    }

    @Test
    void zerosAndLargeCountsAreShownAndSoIsATableWithNothingSmall() {
        PublishedTable t = SmallNumberSuppression.DEFAULT.apply(new long[][] {{0, 5}, {7, 0}});
        assertThat(t.withheldCount()).isZero();
        assertThat(t.value(0, 0)).isZero();
        assertThat(t.grandTotal()).isEqualTo(12L);
    }

    @Test
    void aSmallTotalIsWithheldLikeAnyOtherFigure() {
        PublishedTable t = SmallNumberSuppression.DEFAULT.apply(new long[][] {{2}, {1}});
        assertThat(t.grandTotal()).isNull();
        assertThat(t.suppression(2, 0)).isEqualTo(Suppression.SMALL_NUMBER);
        assertThat(new SmallNumberSuppression(10).withholds(9)).isTrue();
        assertThat(SmallNumberSuppression.DEFAULT.withholds(0)).isFalse();
        assertThat(SmallNumberSuppression.DEFAULT.withholds(5)).isFalse();
        assertThatThrownBy(() -> new SmallNumberSuppression(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmallNumberSuppression.DEFAULT.apply(new long[][] {{1, 2}, {3}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmallNumberSuppression.DEFAULT.apply(new long[][] {{-1}})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noWithheldFigureCanBeRecoveredFromTheTotalsOrByDifference() {
        Random random = new Random(SEED);
        int withheld = 0;
        for (int i = 0; i < 3_000; i++) {
            long[][] cells = table(random);
            int threshold = 2 + random.nextInt(5);
            PublishedTable published = new SmallNumberSuppression(threshold).apply(cells);
            String replay = "seed " + SEED + ", case " + i + ", threshold " + threshold + ", table " + java.util.Arrays.deepToString(cells);
            assertShownFiguresAreTrue(published, cells, threshold, replay);
            for (int[] target : withheldFigures(published)) {
                withheld++;
                if (!new Reader(published, cells).findsAnotherValue(target[0], target[1])) {
                    fail("the withheld figure at " + target[0] + "," + target[1] + " can be recovered: " + replay);
                }
            }
        }
        assertThat(withheld).as("the generator makes tables with small numbers").isGreaterThan(3_000);
    }

    private static void assertShownFiguresAreTrue(PublishedTable t, long[][] cells, int threshold, String replay) {
        long grand = 0;
        for (int r = 0; r < cells.length; r++) {
            long row = 0;
            for (int c = 0; c < cells[0].length; c++) {
                row += cells[r][c];
                if (t.value(r, c) != null) {
                    assertThat(t.value(r, c)).as(replay).isEqualTo(cells[r][c]);
                }
                if (cells[r][c] > 0 && cells[r][c] < threshold) {
                    assertThat(t.suppression(r, c)).as(replay).isEqualTo(Suppression.SMALL_NUMBER);
                }
            }
            grand += row;
            if (t.rowTotal(r) != null) {
                assertThat(t.rowTotal(r)).as(replay).isEqualTo(row).matches(v -> v == 0 || v >= threshold);
            }
        }
        if (t.grandTotal() != null) {
            assertThat(t.grandTotal()).as(replay).isEqualTo(grand);
        }
    }

    private static List<int[]> withheldFigures(PublishedTable t) {
        List<int[]> found = new ArrayList<>();
        for (int r = 0; r <= t.rows(); r++) {
            for (int c = 0; c <= t.columns(); c++) {
                if (t.withheld(r, c)) {
                    found.add(new int[] {r, c});
                }
            }
        }
        return found;
    }

    /** Tables of one to four rows and columns, many small numbers, some zeros. */
    private static long[][] table(Random random) {
        int rows = 1 + random.nextInt(4);
        int columns = 1 + random.nextInt(4);
        long[][] cells = new long[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int kind = random.nextInt(10);
                cells[r][c] = kind < 4 ? 1 + random.nextInt(6) : kind < 5 ? 0 : 5 + random.nextInt(20);
            }
        }
        return cells;
    }

    /**
     * The reader: knows the shown figures and the sums, and searches the whole numbers for a table that agrees with all
     * of them and has a different value at the target. Depth-first, forcing the last unknown of any row or column,
     * trying values nearest the true ones first so that a second table, where there is one, is found quickly.
     */
    private static final class Reader {
        private final long[][] truth;
        private final Long[][] known;
        private final int rows;
        private final int columns;
        private final long bound;

        Reader(PublishedTable t, long[][] cells) {
            rows = t.rows() + 1;
            columns = t.columns() + 1;
            truth = new long[rows][columns];
            known = new Long[rows][columns];
            long grand = 0;
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[0].length; c++) {
                    truth[r][c] = cells[r][c];
                    truth[r][columns - 1] += cells[r][c];
                    truth[rows - 1][c] += cells[r][c];
                    grand += cells[r][c];
                }
            }
            truth[rows - 1][columns - 1] = grand;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    known[r][c] = t.value(r, c);
                }
            }
            bound = 2 * grand + 10;
        }

        boolean findsAnotherValue(int row, int column) {
            long actual = truth[row][column];
            for (long delta = 1; delta <= bound; delta++) {
                for (long candidate : new long[] {actual - delta, actual + delta}) {
                    if (candidate < 0 || candidate > bound) {
                        continue;
                    }
                    Long[][] trial = copy(known);
                    trial[row][column] = candidate;
                    if (completes(trial, new int[] {200_000})) {
                        return true;
                    }
                }
                if (delta > 3) {
                    break;
                }
            }
            return false;
        }

        private boolean completes(Long[][] t, int[] budget) {
            if (--budget[0] < 0) {
                return false;
            }
            // Force every row or column with a single unknown; give up on a contradiction.
            boolean forced = true;
            while (forced) {
                forced = false;
                for (int line = 0; line < rows + columns; line++) {
                    int[] unknown = null;
                    int unknowns = 0;
                    for (int[] cell : line(line)) {
                        if (t[cell[0]][cell[1]] == null) {
                            unknowns++;
                            unknown = cell;
                        }
                    }
                    if (unknowns == 0) {
                        if (!adds(t, line)) {
                            return false;
                        }
                    } else if (unknowns == 1) {
                        long value = solve(t, line, unknown);
                        if (value < 0 || value > bound) {
                            return false;
                        }
                        t[unknown[0]][unknown[1]] = value;
                        forced = true;
                    }
                }
            }
            int[] open = null;
            for (int r = 0; r < rows && open == null; r++) {
                for (int c = 0; c < columns && open == null; c++) {
                    if (t[r][c] == null) {
                        open = new int[] {r, c};
                    }
                }
            }
            if (open == null) {
                return true;
            }
            long actual = truth[open[0]][open[1]];
            for (long delta = 0; delta <= bound; delta++) {
                for (long candidate : delta == 0 ? new long[] {actual} : new long[] {actual - delta, actual + delta}) {
                    if (candidate < 0 || candidate > bound) {
                        continue;
                    }
                    Long[][] next = copy(t);
                    next[open[0]][open[1]] = candidate;
                    if (completes(next, budget)) {
                        return true;
                    }
                    if (budget[0] < 0) {
                        return false;
                    }
                }
            }
            return false;
        }

        /** Lines 0..rows-1 are rows, the rest columns; the last cell of each line is its total. */
        private List<int[]> line(int line) {
            List<int[]> cells = new ArrayList<>();
            if (line < rows) {
                for (int c = 0; c < columns; c++) {
                    cells.add(new int[] {line, c});
                }
            } else {
                for (int r = 0; r < rows; r++) {
                    cells.add(new int[] {r, line - rows});
                }
            }
            return cells;
        }

        private boolean adds(Long[][] t, int line) {
            List<int[]> cells = line(line);
            long sum = 0;
            for (int i = 0; i < cells.size() - 1; i++) {
                sum += t[cells.get(i)[0]][cells.get(i)[1]];
            }
            int[] total = cells.get(cells.size() - 1);
            return sum == t[total[0]][total[1]];
        }

        private long solve(Long[][] t, int line, int[] unknown) {
            List<int[]> cells = line(line);
            int[] total = cells.get(cells.size() - 1);
            long sum = 0;
            for (int i = 0; i < cells.size() - 1; i++) {
                int[] cell = cells.get(i);
                if (!java.util.Arrays.equals(cell, unknown)) {
                    sum += t[cell[0]][cell[1]];
                }
            }
            return java.util.Arrays.equals(unknown, total) ? sum : t[total[0]][total[1]] - sum;
        }

        private static Long[][] copy(Long[][] t) {
            Long[][] copy = new Long[t.length][];
            for (int i = 0; i < t.length; i++) {
                copy[i] = t[i].clone();
            }
            return copy;
        }
    }
}
