package org.infoshare.oversight;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.infoshare.oversight.rules.PublishedTable;
import org.infoshare.oversight.rules.SmallNumberSuppression;
import org.infoshare.oversight.rules.Suppression;

/**
 * One published table of the partnership's report: its rows and columns (codes with their words), and every figure
 * as it may be published after small-number suppression. The chart drawn from it shows the same row totals.
 */
public record ReportTable(String key, String title, String description, String rowHeading, List<Key> rows, List<Key> columns,
                          PublishedTable published) {

    /** A row or column: the code it counts and the words shown for it. */
    public record Key(String code, String label) {
    }

    /** A figure as published: its value, or null and why it is withheld. */
    public record Figure(Long value, Suppression suppression) {
        public String text() {
            return value == null ? "withheld" : NumberFormat.getIntegerInstance(Locale.UK).format(value);
        }

        public boolean withheld() {
            return value == null;
        }
    }

    /** One bar of the chart: a row's label, its total as published, and its length out of 1000. */
    public record Bar(String label, Figure total, int length) {
    }

    static ReportTable of(String key, String title, String description, String rowHeading, List<Key> rows, List<Key> columns,
                          List<ReportStore.Count> counts, SmallNumberSuppression suppression) {
        Map<String, Integer> rowIndex = index(rows);
        Map<String, Integer> columnIndex = index(columns);
        long[][] cells = new long[rows.size()][columns.size()];
        for (ReportStore.Count count : counts) {
            Integer r = rowIndex.get(count.row());
            Integer c = columnIndex.get(count.column());
            if (r == null || c == null) {
                throw new IllegalStateException("The " + key + " table has no row or column for " + count.row() + " / " + count.column());
            }
            cells[r][c] += count.count();
        }
        return new ReportTable(key, title, description, rowHeading, List.copyOf(rows), List.copyOf(columns), suppression.apply(cells));
    }

    private static Map<String, Integer> index(List<Key> keys) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i).code(), i);
        }
        return index;
    }

    public Figure figure(int row, int column) {
        return new Figure(published.value(row, column), published.suppression(row, column));
    }

    /** A row's cells then its total. */
    public List<Figure> line(int row) {
        List<Figure> line = new ArrayList<>();
        for (int c = 0; c <= columns.size(); c++) {
            line.add(figure(row, c));
        }
        return line;
    }

    /** The column totals then the grand total. */
    public List<Figure> totals() {
        return line(rows.size());
    }

    public List<Bar> bars() {
        long longest = 1;
        for (int r = 0; r < rows.size(); r++) {
            Long total = published.rowTotal(r);
            if (total != null) {
                longest = Math.max(longest, total);
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Figure total = figure(r, columns.size());
            bars.add(new Bar(rows.get(r).label(), total, total.withheld() ? 0 : (int) (total.value() * 1000 / longest)));
        }
        return bars;
    }

    public boolean anyWithheld() {
        return published.withheldCount() > 0;
    }
}
