package org.infoshare.dataset;

import java.util.List;
import java.util.Map;

import org.infoshare.dataset.rules.ColumnPlan;
import org.infoshare.dataset.rules.ValidationReport;

/**
 * An upload's report: what happened to each column, and the problems found in its rows. It names columns,
 * positions, rows and rules, never values, so it may be kept and downloaded freely.
 *
 * @param refusal why the upload was refused (a stable code), or null
 */
public record DatasetReport(
        String refusal,
        String summary,
        List<ColumnOutcome> columns,
        List<RowProblem> problems,
        long problemCount,
        long problemsNotListed,
        Map<String, Long> problemsByRule) {

    public record ColumnOutcome(int position, String column, String outcome, boolean published, boolean dropped,
                                boolean refused, String message, long firstRow) {

        static ColumnOutcome of(ColumnPlan.Decision decision) {
            return new ColumnOutcome(decision.position(), decision.column(), decision.outcome().rule(),
                    decision.outcome() == ColumnPlan.Outcome.PUBLISHED, decision.outcome().dropped(),
                    decision.outcome().refused(), decision.message(), decision.firstRow());
        }
    }

    public record RowProblem(long row, String column, String rule, String message) {
    }

    static DatasetReport of(String refusal, String summary, List<ColumnPlan.Decision> decisions, ValidationReport rows) {
        return new DatasetReport(refusal, summary,
                decisions.stream().map(ColumnOutcome::of).toList(),
                rows.problems().stream().map(p -> new RowProblem(p.row(), p.column(), p.rule(), p.message())).toList(),
                rows.total(), rows.notListed(), Map.copyOf(rows.countsByRule()));
    }

    public boolean refused() {
        return refusal != null;
    }
}
