package org.infoshare.decision.rules;

/** A one-off decision about one case, or routine sharing of the same data between the same organisations (000 §3). */
public enum DecisionMode {
    CASE_BY_CASE("A one-off decision about this case"),
    SYSTEMATIC("Routine (systematic) sharing under an agreement");

    private final String label;

    DecisionMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
