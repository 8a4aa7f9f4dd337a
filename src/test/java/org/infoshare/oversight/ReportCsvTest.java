package org.infoshare.oversight;

import java.time.YearMonth;
import java.util.List;

import org.infoshare.oversight.rules.ReportPeriod;
import org.infoshare.oversight.rules.SmallNumberSuppression;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A report table built from counts, drawn as bars and written as CSV, never showing a withheld count. */
class ReportCsvTest {

    private static final List<ReportTable.Key> ROWS = List.of(new ReportTable.Key("A", "Westshire Police"), new ReportTable.Key("B", "Westshire, County"));
    private static final List<ReportTable.Key> COLUMNS = List.of(new ReportTable.Key("SHARE", "Shared"), new ReportTable.Key("DO_NOT_SHARE", "Not shared"));

    private static ReportTable table() {
        return ReportTable.of("decisions-by-organisation", "Decisions by organisation", "The organisation that decided.", "Organisation", ROWS, COLUMNS,
                List.of(new ReportStore.Count("A", "SHARE", 40), new ReportStore.Count("A", "DO_NOT_SHARE", 3), new ReportStore.Count("B", "SHARE", 20),
                        new ReportStore.Count("B", "DO_NOT_SHARE", 10)), SmallNumberSuppression.DEFAULT);
    }

    @Test
    void everyFigureIsALineAndAWithheldOneIsEmptyWithItsReason() {
        String csv = ReportCsv.of(new BoardReports.BoardReport(new ReportPeriod(YearMonth.of(2026, 1), YearMonth.of(2026, 12)), 5, List.of(table())));
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + 3 * 3);
        assertThat(lines).contains("decisions-by-organisation,A,Westshire Police,DO_NOT_SHARE,Not shared,,SMALL_NUMBER",
                "decisions-by-organisation,B,\"Westshire, County\",SHARE,Shared,,SECONDARY",
                "decisions-by-organisation,,Total,,Total,73,");
        assertThat(csv).doesNotContain(",3,").doesNotContain(",40,").doesNotContain(",10,").doesNotContain(",20,").contains("Westshire Police,,Total,43,");
    }

    @Test
    void barsAreTheRowTotalsAsPublishedAndCountsOutsideTheTableAreRefused() {
        List<ReportTable.Bar> bars = table().bars();
        assertThat(bars).extracting(b -> b.total().text()).containsExactly("43", "30");
        assertThat(bars).extracting(ReportTable.Bar::length).containsExactly(1000, 697);
        ReportTable small = ReportTable.of("t", "T", "", "Organisation", ROWS, COLUMNS, List.of(new ReportStore.Count("A", "SHARE", 2),
                new ReportStore.Count("B", "SHARE", 60)), SmallNumberSuppression.DEFAULT);
        assertThat(small.bars().get(0).total().withheld()).isTrue();
        assertThat(small.bars().get(0).length()).isZero();
        ReportTable open = ReportTable.of("t", "T", "", "Organisation", ROWS, COLUMNS, List.of(new ReportStore.Count("A", "SHARE", 1_200),
                new ReportStore.Count("B", "SHARE", 600)), SmallNumberSuppression.DEFAULT);
        assertThat(open.bars()).extracting(ReportTable.Bar::length).containsExactly(1000, 500);
        assertThat(open.figure(0, 0).text()).isEqualTo("1,200");
        assertThatThrownBy(() -> ReportTable.of("t", "T", "", "Organisation", ROWS, COLUMNS, List.of(new ReportStore.Count("C", "SHARE", 1)),
                SmallNumberSuppression.DEFAULT)).isInstanceOf(IllegalStateException.class);
    }
}
