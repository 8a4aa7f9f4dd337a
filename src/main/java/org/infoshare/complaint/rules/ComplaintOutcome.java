package org.infoshare.complaint.rules;

/** How a complaint ended. */
public enum ComplaintOutcome {
    UPHELD("Upheld"),
    PARTLY_UPHELD("Partly upheld"),
    NOT_UPHELD("Not upheld"),
    WITHDRAWN("Withdrawn by the complainant");

    private final String label;

    ComplaintOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
