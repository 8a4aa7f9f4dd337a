package org.infoshare.incident.rules;

/** How an incident is closed. */
public enum Outcome {
    BREACH("A personal data breach"),
    NOT_A_BREACH("Not a personal data breach"),
    NEAR_MISS("A near miss: nothing was lost, seen or changed, but it could have been");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
