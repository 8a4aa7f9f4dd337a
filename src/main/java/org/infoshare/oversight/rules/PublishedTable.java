package org.infoshare.oversight.rules;

import java.util.Arrays;

/**
 * A two-way table of counts as it may be published: each cell, each row and column total and the grand total either
 * shown or withheld with its reason. Totals are the sums of the true counts, so a withheld cell is never shown
 * through them; {@link #value} answers null for anything withheld.
 */
public final class PublishedTable {

    private final long[][] counts;
    private final Suppression[][] suppression;

    PublishedTable(long[][] augmented, Suppression[][] suppression) {
        this.counts = augmented;
        this.suppression = suppression;
    }

    public int rows() {
        return counts.length - 1;
    }

    public int columns() {
        return counts[0].length - 1;
    }

    /** The cell at (row, column); row == rows() is the column totals, column == columns() the row totals. */
    public Long value(int row, int column) {
        return suppression[row][column] == Suppression.SHOWN ? counts[row][column] : null;
    }

    public Suppression suppression(int row, int column) {
        return suppression[row][column];
    }

    public Long rowTotal(int row) {
        return value(row, columns());
    }

    public Long columnTotal(int column) {
        return value(rows(), column);
    }

    public Long grandTotal() {
        return value(rows(), columns());
    }

    public boolean withheld(int row, int column) {
        return suppression[row][column] != Suppression.SHOWN;
    }

    /** How many figures, totals included, are withheld. */
    public int withheldCount() {
        return (int) Arrays.stream(suppression).flatMap(Arrays::stream).filter(s -> s != Suppression.SHOWN).count();
    }
}
