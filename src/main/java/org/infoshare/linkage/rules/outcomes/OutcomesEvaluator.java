package org.infoshare.linkage.rules.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Assesses a family against an outcomes plan on a given day: every descriptor evaluated over the members' facts
 * dated on or before that day; an area is met when any of its descriptors is; the family is eligible when it
 * meets at least the plan's minimum number of areas (002 §1: support under the approved outcomes plan).
 */
public final class OutcomesEvaluator {

    private OutcomesEvaluator() {
    }

    public static FamilyAssessment assess(OutcomesPlan plan, List<Member> family, LocalDate asOf) {
        List<FamilyAssessment.DescriptorResult> results = new ArrayList<>(plan.descriptors().size());
        Set<HeadlineArea> met = EnumSet.noneOf(HeadlineArea.class);
        for (Descriptor descriptor : plan.descriptors()) {
            Criterion.Verdict verdict = descriptor.criterion().evaluate(family, asOf);
            results.add(new FamilyAssessment.DescriptorResult(descriptor.code(), descriptor.area(), verdict.met(), verdict.reason(),
                    verdict.evidence()));
            if (verdict.met()) {
                met.add(descriptor.area());
            }
        }
        boolean eligible = met.size() >= plan.minimumAreas();
        String reason = met.size() + (met.size() == 1 ? " headline area is" : " headline areas are") + " met; the plan "
                + (eligible ? "makes a family eligible from " : "needs ") + plan.minimumAreas();
        return new FamilyAssessment(plan.name(), plan.version(), asOf, results, met, eligible, reason);
    }

    /** Only the areas met (no reasons or evidence kept): for re-evaluating on many days cheaply. */
    public static Set<HeadlineArea> areasMet(OutcomesPlan plan, List<Member> family, LocalDate asOf) {
        Set<HeadlineArea> met = EnumSet.noneOf(HeadlineArea.class);
        for (Descriptor descriptor : plan.descriptors()) {
            if (!met.contains(descriptor.area()) && descriptor.criterion().evaluate(family, asOf).met()) {
                met.add(descriptor.area());
            }
        }
        return met;
    }
}
