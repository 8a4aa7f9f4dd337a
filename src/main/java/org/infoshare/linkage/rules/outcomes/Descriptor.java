package org.infoshare.linkage.rules.outcomes;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A local descriptor of a headline area: what the partnership counts as the need, as a rule over the linked data.
 *
 * @param code        stable within the plan ("DA-1"); evidence and the ledger name descriptors by it
 * @param description the practitioner's words for it
 */
public record Descriptor(String code, HeadlineArea area, String description, Criterion criterion) implements Serializable {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{0,9}-[0-9]{1,3}");

    public Descriptor {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(criterion, "criterion");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A descriptor code is letters, a hyphen and a number, like DA-1");
        }
        if (description == null || description.isBlank() || description.length() > 300) {
            throw new IllegalArgumentException("A descriptor has a description of up to 300 characters");
        }
    }
}
