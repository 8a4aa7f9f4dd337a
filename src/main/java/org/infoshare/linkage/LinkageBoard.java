package org.infoshare.linkage;

import java.util.List;
import java.util.UUID;

import org.infoshare.linkage.rules.outcomes.HeadlineArea;
import org.infoshare.shared.Actor;
import org.infoshare.shared.statistics.SmallNumberSuppression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A run's results as a board sees them: families meeting each headline area, eligible or not, with every count
 * below five suppressed and enough others suppressed that no total gives a suppressed count away.
 */
@Service
public class LinkageBoard {

    private final LinkageRuns runs;
    private final WorklistStore worklist;

    LinkageBoard(LinkageRuns runs, WorklistStore worklist) {
        this.runs = runs;
        this.worklist = worklist;
    }

    /** One headline area's row: the counts as published, null where suppressed. */
    public record Row(HeadlineArea area, String title, Long eligible, Long notEligible, Long total) {
    }

    /**
     * The published table. A family meeting several areas counts in each, so the bottom row counts family-areas,
     * not families; {@code families} is the number of families meeting any area, suppressed like any count.
     */
    public record Board(UUID runId, List<Row> rows, Row totals, Long families, int threshold) {
    }

    @Transactional(readOnly = true)
    public Board board(Actor actor, UUID runId) {
        LinkageRun run = runs.get(actor, runId);
        LinkagePlan plan = runs.analystOf(actor, run);
        HeadlineArea[] areas = HeadlineArea.values();
        long[][] counts = new long[areas.length][2];
        long families = 0;
        if (run.finished()) {
            for (WorklistStore.StoredFamily family : worklist.families(run.id(), plan.agreementId(), false)) {
                families++;
                for (String area : family.content().areasMet()) {
                    counts[HeadlineArea.valueOf(area).ordinal()][family.eligible() ? 0 : 1]++;
                }
            }
        }
        SmallNumberSuppression suppression = SmallNumberSuppression.standard();
        SmallNumberSuppression.Table table = suppression.table(counts);
        List<Row> rows = new java.util.ArrayList<>();
        for (HeadlineArea area : areas) {
            int r = area.ordinal();
            rows.add(new Row(area, area.title(), table.published(r, 0), table.published(r, 1), table.published(r, 2)));
        }
        int last = areas.length;
        Row totals = new Row(null, "All areas (a family counts once in each area it meets)", table.published(last, 0), table.published(last, 1),
                table.published(last, 2));
        return new Board(run.id(), rows, totals, suppression.list(new long[] {families}).get(0), SmallNumberSuppression.STANDARD_THRESHOLD);
    }
}
