package org.infoshare.oversight;

import java.io.StringWriter;

import org.infoshare.shared.csv.CsvWriter;

/**
 * The partnership's report as one CSV: a line per published figure (table, row, column, value, why withheld), totals
 * included, with the period and the threshold first. Withheld figures are empty, never the count.
 */
final class ReportCsv {

    static final String TOTAL = "Total";

    private ReportCsv() {
    }

    static String of(BoardReports.BoardReport report) {
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(text);
        csv.row("table", "row_code", "row", "column_code", "column", "value", "withheld");
        for (ReportTable table : report.tables()) {
            for (int r = 0; r <= table.rows().size(); r++) {
                boolean totalRow = r == table.rows().size();
                for (int c = 0; c <= table.columns().size(); c++) {
                    boolean totalColumn = c == table.columns().size();
                    ReportTable.Figure figure = table.figure(r, c);
                    csv.row(table.key(), totalRow ? "" : table.rows().get(r).code(), totalRow ? TOTAL : table.rows().get(r).label(),
                            totalColumn ? "" : table.columns().get(c).code(), totalColumn ? TOTAL : table.columns().get(c).label(),
                            figure.withheld() ? "" : String.valueOf(figure.value()),
                            figure.withheld() ? figure.suppression().name() : "");
                }
            }
        }
        csv.flush();
        return text.toString();
    }

    static String filename(BoardReports.BoardReport report) {
        return "partnership-report-" + report.period().first() + "-to-" + report.period().last() + ".csv";
    }
}
