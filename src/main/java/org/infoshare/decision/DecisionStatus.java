package org.infoshare.decision;

/** Whether a decision is complete, or waiting for an adviser. */
public enum DecisionStatus {
    DECIDED("Decided"),
    AWAITING_ADVICE("Awaiting advice");

    private final String label;

    DecisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
