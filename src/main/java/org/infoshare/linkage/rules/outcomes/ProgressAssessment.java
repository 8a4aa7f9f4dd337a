package org.infoshare.linkage.rules.outcomes;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A family's progress since it joined the programme: per headline area identified at the start, whether it is
 * met now and whether it has stayed resolved, and the verdict against the plan's "significant and sustained
 * progress" with its reason.
 */
public record ProgressAssessment(LocalDate baseline, LocalDate asOf, int planVersion, List<AreaProgress> areas,
                                 boolean significantAndSustained, String reason) implements Serializable {

    public ProgressAssessment {
        areas = List.copyOf(areas);
    }

    /**
     * @param resolvedSince the first day of the unbroken run of monthly checks, up to {@code asOf}, on which the
     *                      area was not met; null if it is met now
     */
    public record AreaProgress(HeadlineArea area, boolean metNow, LocalDate resolvedSince, boolean sustained) implements Serializable {
    }

    public long improved() {
        return areas.stream().filter(a -> !a.metNow()).count();
    }
}
