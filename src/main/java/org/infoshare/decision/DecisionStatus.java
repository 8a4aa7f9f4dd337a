package org.infoshare.decision;

/** Whether a decision is complete, waiting for an adviser, or waiting for a judgement on a disagreement. */
public enum DecisionStatus {
    DECIDED("Decided"),
    AWAITING_ADVICE("Awaiting advice"),
    AWAITING_JUDGEMENT("Awaiting a decision on a disagreement");

    private final String label;

    DecisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
