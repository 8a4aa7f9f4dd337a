package org.infoshare.linkage.extract;

import java.util.List;

import org.infoshare.linkage.rules.encoding.EncodedIdentity;
import org.infoshare.linkage.rules.outcomes.AgeGroup;
import org.infoshare.linkage.rules.outcomes.Fact;

/**
 * One record of an extract as the hub reads it: the partner's reference, the encoded identity, household and
 * parent references (or null), the age group (or null) and the facts from its rows.
 */
public record ExtractRecord(String ref, EncodedIdentity identity, String householdRef, String parentRef, AgeGroup ageGroup,
                            List<Fact> facts) {

    public ExtractRecord {
        facts = List.copyOf(facts);
    }
}
