package org.infoshare.clock.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that is not a working day in one nation.
 *
 * @param name   as GOV.UK names it, e.g. "Boxing Day"
 * @param source whether it shipped with the product or an administrator added it
 */
public record BankHoliday(Nation nation, LocalDate date, String name, Source source) {

    public enum Source {
        SHIPPED("Published"),
        ADDED("Added by an administrator");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public BankHoliday {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }
}
