package org.infoshare.decision.rules;

/** The three answers a sharing decision can have (DOMAIN 'The decision, layer by layer'). */
public enum Outcome {
    SHARE("Share"),
    DO_NOT_SHARE("Do not share"),
    SEEK_ADVICE("Seek advice");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
