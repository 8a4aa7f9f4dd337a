package org.infoshare.scheme.rules;

/** The multi-agency forum's recommendation (004 §8.3; §8.6 builds on MAPPA). */
public enum Recommendation {
    DISCLOSE("Disclose"),
    DO_NOT_DISCLOSE("Do not disclose");

    private final String label;

    Recommendation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
