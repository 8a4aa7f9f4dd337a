package org.infoshare.consent;

/** An adult's capacity to make this decision (Mental Capacity Act 2005: capacity is assumed until shown otherwise). */
public enum Capacity {
    ASSUMED("Capacity assumed: no reason to doubt it"),
    ASSESSED_HAS_CAPACITY("Assessed as having capacity for this decision"),
    LACKS_CAPACITY("Assessed as lacking capacity for this decision");

    private final String label;

    Capacity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
