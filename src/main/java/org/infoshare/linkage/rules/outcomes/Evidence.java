package org.infoshare.linkage.rules.outcomes;

import java.io.Serializable;
import java.time.LocalDate;

/** A fact a descriptor rested on: whose, from which source, what and when. */
public record Evidence(int person, int source, Indicator indicator, LocalDate date, Double value) implements Serializable {

    static Evidence of(Member member, Fact fact) {
        return new Evidence(member.person(), fact.source(), fact.indicator(), fact.date(), fact.value());
    }
}
