package org.infoshare.oversight.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression for every published figure (000 §5.1; 004 §7): counts above none and below the threshold
 * are withheld, and further cells are withheld so that none of them can be worked out from the totals.
 *
 * <p>The table with its totals is read as a graph: each row and each column (the totals' row and column included)
 * is a node, each withheld figure an edge between its row and its column. A withheld figure is fixed by the
 * published ones exactly when its edge lies on no cycle (in particular when it is alone in its row or column);
 * on a cycle it can move up and down around that cycle while every total stays the same. So cells are added until
 * no row or column holds exactly one withheld figure and no withheld figure is a bridge, each time the smallest
 * non-zero count that closes the gap (a zero only where nothing else can), preferring cells to totals.
 */
public record SmallNumberSuppression(int threshold) {

    public static final int DEFAULT_THRESHOLD = 5;
    public static final SmallNumberSuppression DEFAULT = new SmallNumberSuppression(DEFAULT_THRESHOLD);

    public SmallNumberSuppression {
        if (threshold < 1) {
            throw new IllegalArgumentException("the threshold is at least 1");
        }
    }

    /** Whether a single count, published on its own, is withheld. */
    public boolean withholds(long count) {
        return count > 0 && count < threshold;
    }

    /** The table of counts (rows × columns, no totals) as it may be published with its totals. */
    public PublishedTable apply(long[][] cells) {
        int rows = cells.length;
        int columns = rows == 0 ? 0 : cells[0].length;
        long[][] table = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            if (cells[r].length != columns) {
                throw new IllegalArgumentException("every row has the same number of columns");
            }
            for (int c = 0; c < columns; c++) {
                if (cells[r][c] < 0) {
                    throw new IllegalArgumentException("counts are never negative");
                }
                table[r][c] = cells[r][c];
                table[r][columns] += cells[r][c];
                table[rows][c] += cells[r][c];
                table[rows][columns] += cells[r][c];
            }
        }
        Suppression[][] marks = new Suppression[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                marks[r][c] = withholds(table[r][c]) ? Suppression.SMALL_NUMBER : Suppression.SHOWN;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = closeLoneLines(table, marks) || closeBridges(table, marks);
        }
        return new PublishedTable(table, marks);
    }

    /** A row or column with exactly one withheld figure gives it away: withhold another in that line. */
    private static boolean closeLoneLines(long[][] table, Suppression[][] marks) {
        int rows = table.length;
        int columns = table[0].length;
        for (int r = 0; r < rows; r++) {
            List<int[]> line = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                line.add(new int[] {r, c});
            }
            if (withheldIn(line, marks) == 1) {
                withholdSmallest(line, table, marks);
                return true;
            }
        }
        for (int c = 0; c < columns; c++) {
            List<int[]> line = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                line.add(new int[] {r, c});
            }
            if (withheldIn(line, marks) == 1) {
                withholdSmallest(line, table, marks);
                return true;
            }
        }
        return false;
    }

    /**
     * A withheld figure on no cycle is fixed by the totals. For such a bridge between row r and column c, withhold
     * a cell joining a column on r's side to a row on c's side, which closes a cycle through it.
     */
    private static boolean closeBridges(long[][] table, Suppression[][] marks) {
        int rows = table.length;
        int columns = table[0].length;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (marks[r][c] == Suppression.SHOWN) {
                    continue;
                }
                boolean[][] side = reachableWithout(marks, 0, r, r, c);
                if (side[1][c]) {
                    continue;
                }
                boolean[][] otherSide = reachableWithout(marks, 1, c, r, c);
                List<int[]> joining = new ArrayList<>();
                for (int row = 0; row < rows; row++) {
                    for (int column = 0; column < columns; column++) {
                        boolean rowOnOtherSide = otherSide[0][row];
                        boolean columnOnThisSide = side[1][column];
                        if (rowOnOtherSide && columnOnThisSide && marks[row][column] == Suppression.SHOWN) {
                            joining.add(new int[] {row, column});
                        }
                    }
                }
                if (!joining.isEmpty()) {
                    withholdSmallest(joining, table, marks);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Rows ([0]) and columns ([1]) reachable over withheld figures from a row (kind 0) or column (kind 1), not using
     * the figure at (r, c).
     */
    private static boolean[][] reachableWithout(Suppression[][] marks, int kind, int start, int r, int c) {
        int rows = marks.length;
        int columns = marks[0].length;
        boolean[][] seen = {new boolean[rows], new boolean[columns]};
        java.util.ArrayDeque<int[]> queue = new java.util.ArrayDeque<>();
        seen[kind][start] = true;
        queue.add(new int[] {kind, start});
        while (!queue.isEmpty()) {
            int[] node = queue.poll();
            if (node[0] == 0) {
                for (int column = 0; column < columns; column++) {
                    if (marks[node[1]][column] != Suppression.SHOWN && !(node[1] == r && column == c) && !seen[1][column]) {
                        seen[1][column] = true;
                        queue.add(new int[] {1, column});
                    }
                }
            } else {
                for (int row = 0; row < rows; row++) {
                    if (marks[row][node[1]] != Suppression.SHOWN && !(row == r && node[1] == c) && !seen[0][row]) {
                        seen[0][row] = true;
                        queue.add(new int[] {0, row});
                    }
                }
            }
        }
        return seen;
    }

    private static int withheldIn(List<int[]> line, Suppression[][] marks) {
        return (int) line.stream().filter(cell -> marks[cell[0]][cell[1]] != Suppression.SHOWN).count();
    }

    /** The shown cell to withhold: a non-zero count before a zero, a cell before a total, then the smallest. */
    private static void withholdSmallest(List<int[]> candidates, long[][] table, Suppression[][] marks) {
        int lastRow = table.length - 1;
        int lastColumn = table[0].length - 1;
        int[] best = null;
        for (int[] cell : candidates) {
            if (marks[cell[0]][cell[1]] != Suppression.SHOWN) {
                continue;
            }
            if (best == null || preferred(cell, best, table, lastRow, lastColumn)) {
                best = cell;
            }
        }
        if (best != null) {
            marks[best[0]][best[1]] = Suppression.SECONDARY;
        }
    }

    private static boolean preferred(int[] cell, int[] than, long[][] table, int lastRow, int lastColumn) {
        long a = table[cell[0]][cell[1]];
        long b = table[than[0]][than[1]];
        if ((a == 0) != (b == 0)) {
            return b == 0;
        }
        boolean aTotal = cell[0] == lastRow || cell[1] == lastColumn;
        boolean bTotal = than[0] == lastRow || than[1] == lastColumn;
        if (aTotal != bTotal) {
            return bTotal;
        }
        return a < b;
    }
}
