package org.infoshare.linkage.rules.outcomes;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A partnership's outcomes plan, as data and versioned: its descriptors under the ten headline areas, how many
 * areas make a family eligible, and how long a resolved need must stay resolved for progress to count as
 * sustained. A new version is a new plan; assessments name the version they used.
 */
public record OutcomesPlan(String name, int version, List<Descriptor> descriptors, int minimumAreas, int sustainMonths)
        implements Serializable {

    public OutcomesPlan {
        descriptors = List.copyOf(descriptors);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A plan has a name");
        }
        if (version < 1) {
            throw new IllegalArgumentException("Plan versions start at 1");
        }
        if (minimumAreas < 1 || minimumAreas > HeadlineArea.values().length) {
            throw new IllegalArgumentException("Eligibility needs between 1 and 10 headline areas");
        }
        if (sustainMonths < 1 || sustainMonths > 36) {
            throw new IllegalArgumentException("Progress is sustained over 1 to 36 months");
        }
        Set<String> codes = new HashSet<>();
        for (Descriptor descriptor : descriptors) {
            if (!codes.add(descriptor.code())) {
                throw new IllegalArgumentException("Descriptor " + descriptor.code() + " appears twice");
            }
        }
    }

    /** The headline areas with at least one descriptor. */
    public Set<HeadlineArea> areas() {
        Set<HeadlineArea> areas = EnumSet.noneOf(HeadlineArea.class);
        descriptors.forEach(d -> areas.add(d.area()));
        return areas;
    }

    public List<Descriptor> descriptorsOf(HeadlineArea area) {
        return descriptors.stream().filter(d -> d.area() == area).toList();
    }

    public OutcomesPlan nextVersion(List<Descriptor> changed, int newMinimumAreas, int newSustainMonths) {
        return new OutcomesPlan(name, version + 1, changed, newMinimumAreas, newSustainMonths);
    }
}
