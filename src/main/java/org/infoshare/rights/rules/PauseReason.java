package org.infoshare.rights.rules;

/** Why the clock stopped: the organisation asked for something it needs before it can answer (ICO). */
public enum PauseReason {
    IDENTITY("Waiting for proof of identity"),
    CLARIFICATION("Waiting for the person to clarify their request");

    private final String label;

    PauseReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
