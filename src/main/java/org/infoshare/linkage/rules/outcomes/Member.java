package org.infoshare.linkage.rules.outcomes;

import java.io.Serializable;
import java.util.List;

/** A family member as the outcomes rules see them: the person's number in the linkage, age group and facts. */
public record Member(int person, AgeGroup ageGroup, List<Fact> facts) implements Serializable {

    public Member {
        facts = List.copyOf(facts);
    }
}
