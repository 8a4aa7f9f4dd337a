package org.infoshare.clock.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * The UK nations whose bank holidays differ (Banking and Financial Dealings Act 1971, Schedule 1). Wales
 * shares England's. {@link #division()} is the key GOV.UK's bank-holiday data uses.
 */
public enum Nation {
    ENGLAND_AND_WALES("England and Wales", "england-and-wales"),
    SCOTLAND("Scotland", "scotland"),
    NORTHERN_IRELAND("Northern Ireland", "northern-ireland");

    /** Where a partnership has chosen nothing. */
    public static final Nation DEFAULT = ENGLAND_AND_WALES;

    private final String label;
    private final String division;

    Nation(String label, String division) {
        this.label = label;
        this.division = division;
    }

    public String label() {
        return label;
    }

    public String division() {
        return division;
    }

    public static Optional<Nation> ofDivision(String division) {
        return Arrays.stream(values()).filter(n -> n.division.equals(division)).findFirst();
    }
}
