package org.infoshare.linkage.rules.outcomes;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A family assessed against a plan on a day: each descriptor's verdict with its reason and evidence, the
 * headline areas met, and whether that makes the family eligible.
 */
public record FamilyAssessment(String planName, int planVersion, LocalDate asOf, List<DescriptorResult> results,
                               Set<HeadlineArea> areasMet, boolean eligible, String reason) implements Serializable {

    public FamilyAssessment {
        results = List.copyOf(results);
        areasMet = areasMet.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(areasMet));
    }

    public record DescriptorResult(String code, HeadlineArea area, boolean met, String reason, List<Evidence> evidence)
            implements Serializable {
        public DescriptorResult {
            evidence = List.copyOf(evidence);
        }
    }

    /** The evidence behind one headline area, across its descriptors. */
    public List<Evidence> evidenceFor(HeadlineArea area) {
        return results.stream().filter(r -> r.area() == area && r.met()).flatMap(r -> r.evidence().stream()).toList();
    }

    /** The sources whose facts were evidence. */
    public Set<Integer> sources() {
        return results.stream().flatMap(r -> r.evidence().stream()).map(Evidence::source).collect(java.util.stream.Collectors.toSet());
    }
}
