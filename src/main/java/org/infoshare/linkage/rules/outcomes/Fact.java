package org.infoshare.linkage.rules.outcomes;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing a partner recorded about a person: an indicator, its date (for attendance, the first day of the
 * term) and, for a valued indicator, its value; with the source dataset it came from, for the evidence.
 */
public record Fact(Indicator indicator, LocalDate date, Double value, int source) implements Serializable {

    public Fact {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(date, "date");
        if (indicator.valued() != (value != null)) {
            throw new IllegalArgumentException(indicator + (indicator.valued() ? " needs a value" : " has no value"));
        }
    }
}
