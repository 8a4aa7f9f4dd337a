package org.infoshare.shared.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression for published tables of counts about people (002 §4: aggregated reporting,
 * anonymised). Every count from 1 to {@code threshold − 1} is suppressed (primary); zeros are shown. Then, so
 * that no suppressed count can be worked out from the rest of the table (a row total minus the cells shown, say),
 * more cells are suppressed (secondary) until every suppressed cell lies on a cycle of suppressed cells along
 * which the table can be changed, keeping every published number and every count at zero or more, while that
 * cell's value changes: two different tables fit what is published, so the cell cannot be recovered exactly.
 *
 * <p>A table is its interior cells; row totals, column totals and the grand total are added and treated as cells
 * too (a total can be small, and totals are what make recovery possible). A list without a total needs only
 * primary suppression; with its total it is a table of one row.
 */
public final class SmallNumberSuppression {

    public static final int STANDARD_THRESHOLD = 5;

    public enum Status { SHOWN, PRIMARY, SECONDARY }

    private final int threshold;

    public SmallNumberSuppression(int threshold) {
        if (threshold < 2) {
            throw new IllegalArgumentException("Suppression applies to counts below a threshold of at least 2");
        }
        this.threshold = threshold;
    }

    public static SmallNumberSuppression standard() {
        return new SmallNumberSuppression(STANDARD_THRESHOLD);
    }

    /**
     * A table with its totals: {@code counts[r][c]} for the interior, {@code counts[r][columns]} the row totals,
     * {@code counts[rows][c]} the column totals and {@code counts[rows][columns]} the grand total.
     */
    public record Table(long[][] counts, Status[][] status) {

        public int rows() {
            return counts.length - 1;
        }

        public int columns() {
            return counts[0].length - 1;
        }

        public boolean suppressed(int row, int column) {
            return status[row][column] != Status.SHOWN;
        }

        /** The count as published: null when suppressed. */
        public Long published(int row, int column) {
            return suppressed(row, column) ? null : counts[row][column];
        }

        /** The count as it should be written: the number, or "[c]" when suppressed. */
        public String text(int row, int column) {
            return suppressed(row, column) ? "[c]" : String.format("%,d", counts[row][column]);
        }
    }

    /** A list of counts without a total: each small count suppressed; nothing else reveals them. */
    public List<Long> list(long[] counts) {
        List<Long> published = new ArrayList<>(counts.length);
        for (long count : counts) {
            checkCount(count);
            published.add(small(count) ? null : count);
        }
        return published;
    }

    public Table table(long[][] interior) {
        int rows = interior.length;
        if (rows == 0 || interior[0].length == 0) {
            throw new IllegalArgumentException("A table has at least one row and one column");
        }
        int columns = interior[0].length;
        long[][] x = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            if (interior[r].length != columns) {
                throw new IllegalArgumentException("Every row has " + columns + " columns");
            }
            for (int c = 0; c < columns; c++) {
                checkCount(interior[r][c]);
                x[r][c] = interior[r][c];
                x[r][columns] += interior[r][c];
                x[rows][c] += interior[r][c];
                x[rows][columns] += interior[r][c];
            }
        }
        Status[][] status = new Status[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                status[r][c] = small(x[r][c]) ? Status.PRIMARY : Status.SHOWN;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r <= rows && !changed; r++) {
                for (int c = 0; c <= columns && !changed; c++) {
                    if (status[r][c] != Status.SHOWN && !protectedCell(x, status, r, c)) {
                        if (!protect(x, status, r, c)) {
                            // Nothing left to suppress would protect it: publish no count at all.
                            suppressAll(status);
                            return new Table(x, status);
                        }
                        changed = true;
                    }
                }
            }
        }
        return new Table(x, status);
    }

    private boolean small(long count) {
        return count > 0 && count < threshold;
    }

    private static void checkCount(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("Counts are zero or more");
        }
    }

    /**
     * Whether a cycle of suppressed cells through (r, c) lets the table change while every published number
     * stays: signs alternate along the cycle (each row and column it crosses gets one +1 and one −1 in the
     * transformed table where totals count negatively), and every cell that goes down is at least 1.
     */
    static boolean protectedCell(long[][] x, Status[][] status, int r, int c) {
        for (int sign = -1; sign <= 1; sign += 2) {
            if (cycle(x, status, r, c, sign)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Searches for a cycle that changes (r, c) by {@code sign} in the transformed table: a path of suppressed
     * cells from its column back to its row, visiting each row and column at most once, signs alternating. The
     * search is bounded; a search that runs out counts as no cycle, which only suppresses more.
     */
    private static boolean cycle(long[][] x, Status[][] status, int r, int c, int sign) {
        if (!canMove(x, r, c, sign)) {
            return false;
        }
        boolean[] rowUsed = new boolean[x.length];
        boolean[] columnUsed = new boolean[x[0].length];
        columnUsed[c] = true;
        int[] steps = {0};
        return fromColumn(x, status, c, -sign, r, c, rowUsed, columnUsed, steps);
    }

    private static final int MAX_STEPS = 200_000;

    private static boolean fromColumn(long[][] x, Status[][] status, int column, int sign, int targetRow, int startColumn,
                                      boolean[] rowUsed, boolean[] columnUsed, int[] steps) {
        for (int r = 0; r < x.length; r++) {
            if (++steps[0] > MAX_STEPS) {
                return false;
            }
            if (rowUsed[r] || status[r][column] == Status.SHOWN || (r == targetRow && column == startColumn) || !canMove(x, r, column, sign)) {
                continue;
            }
            if (r == targetRow) {
                return true;
            }
            rowUsed[r] = true;
            if (fromRow(x, status, r, -sign, targetRow, startColumn, rowUsed, columnUsed, steps)) {
                return true;
            }
            rowUsed[r] = false;
        }
        return false;
    }

    private static boolean fromRow(long[][] x, Status[][] status, int row, int sign, int targetRow, int startColumn,
                                   boolean[] rowUsed, boolean[] columnUsed, int[] steps) {
        for (int c = 0; c < x[0].length; c++) {
            if (++steps[0] > MAX_STEPS) {
                return false;
            }
            if (columnUsed[c] || status[row][c] == Status.SHOWN || !canMove(x, row, c, sign)) {
                continue;
            }
            columnUsed[c] = true;
            if (fromColumn(x, status, c, -sign, targetRow, startColumn, rowUsed, columnUsed, steps)) {
                return true;
            }
            columnUsed[c] = false;
        }
        return false;
    }

    /** Whether changing (r, c) by {@code sign} in the transformed table keeps its count at zero or more. */
    private static boolean canMove(long[][] x, int r, int c, int sign) {
        int rows = x.length - 1;
        int columns = x[0].length - 1;
        boolean margin = (r == rows) != (c == columns);
        int change = margin ? -sign : sign;
        return change > 0 || x[r][c] >= 1;
    }

    /**
     * Suppresses the fewest and smallest further cells that put (r, c) on a rectangle of suppressed cells along
     * which the table can change.
     */
    private static boolean protect(long[][] x, Status[][] status, int r, int c) {
        int[] best = null;
        long bestCost = Long.MAX_VALUE;
        for (int r2 = 0; r2 < x.length; r2++) {
            for (int c2 = 0; c2 < x[0].length; c2++) {
                if (r2 == r || c2 == c) {
                    continue;
                }
                for (int sign = -1; sign <= 1; sign += 2) {
                    if (!canMove(x, r, c, sign) || !canMove(x, r, c2, -sign) || !canMove(x, r2, c2, sign) || !canMove(x, r2, c, -sign)) {
                        continue;
                    }
                    long cost = 0;
                    for (int[] cell : new int[][] {{r, c2}, {r2, c2}, {r2, c}}) {
                        if (status[cell[0]][cell[1]] == Status.SHOWN) {
                            // Each new suppression costs more than any value, so fewer cells always win, then smaller values.
                            cost += 1_000_000_000_000L + x[cell[0]][cell[1]];
                        }
                    }
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = new int[] {r2, c2};
                    }
                }
            }
        }
        if (best == null) {
            // No rectangle can move: suppress the cell's whole row and column instead.
            boolean changed = false;
            for (int k = 0; k < x[0].length; k++) {
                changed |= suppress(status, r, k);
            }
            for (int k = 0; k < x.length; k++) {
                changed |= suppress(status, k, c);
            }
            return changed;
        }
        boolean changed = suppress(status, r, best[1]);
        changed |= suppress(status, best[0], best[1]);
        changed |= suppress(status, best[0], c);
        return changed;
    }

    private static boolean suppress(Status[][] status, int r, int c) {
        if (status[r][c] == Status.SHOWN) {
            status[r][c] = Status.SECONDARY;
            return true;
        }
        return false;
    }

    private static void suppressAll(Status[][] status) {
        for (int r = 0; r < status.length; r++) {
            for (int c = 0; c < status[r].length; c++) {
                suppress(status, r, c);
            }
        }
    }

}
