package org.infoshare.agreement;

/** Routine sharing of the same datasets between the same organisations, or one-off decisions (000 §3). */
public enum SharingMode {
    SYSTEMATIC("Systematic (routine)"),
    EXCEPTIONAL("Exceptional (one-off)"),
    BOTH("Systematic and exceptional");

    private final String label;

    SharingMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean allowsSystematic() {
        return this != EXCEPTIONAL;
    }
}
