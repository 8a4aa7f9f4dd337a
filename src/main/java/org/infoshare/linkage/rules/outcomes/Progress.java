package org.infoshare.linkage.rules.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Progress of a family in the programme, re-evaluated on later data (002 §2: "significant and sustained
 * progress", determined locally in line with the national guidance). Each area identified at the baseline is
 * checked monthly back from {@code asOf}: it has improved when it is not met now, and the improvement is
 * sustained when it has not been met at any monthly check over the plan's sustain period, which must lie
 * wholly after the baseline. Progress is significant and sustained when every area identified at the baseline
 * is sustained.
 */
public final class Progress {

    private Progress() {
    }

    public static ProgressAssessment assess(OutcomesPlan plan, List<Member> family, LocalDate baseline, Set<HeadlineArea> atBaseline,
                                            LocalDate asOf) {
        if (asOf.isBefore(baseline)) {
            throw new IllegalArgumentException("Progress is assessed on or after the baseline");
        }
        int months = 0;
        while (!asOf.minusMonths(months + 1L).isBefore(baseline) && months < 120) {
            months++;
        }
        // Areas met on each monthly check, newest first (check 0 is asOf itself).
        List<Set<HeadlineArea>> checks = new ArrayList<>();
        for (int k = 0; k <= Math.min(months, plan.sustainMonths()); k++) {
            checks.add(OutcomesEvaluator.areasMet(plan, family, asOf.minusMonths(k)));
        }
        List<ProgressAssessment.AreaProgress> areas = new ArrayList<>();
        boolean all = !atBaseline.isEmpty();
        for (HeadlineArea area : HeadlineArea.values()) {
            if (!atBaseline.contains(area)) {
                continue;
            }
            boolean metNow = checks.get(0).contains(area);
            int clear = 0;
            while (clear < checks.size() && !checks.get(clear).contains(area)) {
                clear++;
            }
            LocalDate since = metNow ? null : asOf.minusMonths(clear - 1L);
            boolean sustained = !metNow && clear > plan.sustainMonths() && months >= plan.sustainMonths();
            all &= sustained;
            areas.add(new ProgressAssessment.AreaProgress(area, metNow, since, sustained));
        }
        long improved = areas.stream().filter(a -> !a.metNow()).count();
        long sustainedCount = areas.stream().filter(ProgressAssessment.AreaProgress::sustained).count();
        String reason;
        if (atBaseline.isEmpty()) {
            reason = "No headline area was identified at the baseline, so there is nothing to measure progress against";
        } else if (all) {
            reason = "Every one of the " + areas.size() + " areas identified at the baseline has stayed resolved for at least "
                    + plan.sustainMonths() + " months";
        } else if (months < plan.sustainMonths()) {
            reason = "Less than " + plan.sustainMonths() + " months have passed since the baseline; " + improved + " of " + areas.size()
                    + " areas are resolved now";
        } else {
            reason = sustainedCount + " of " + areas.size() + " areas identified at the baseline have stayed resolved for "
                    + plan.sustainMonths() + " months; the plan needs all of them";
        }
        return new ProgressAssessment(baseline, asOf, plan.version(), areas, all, reason);
    }
}
