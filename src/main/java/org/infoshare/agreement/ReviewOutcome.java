package org.infoshare.agreement;

/** What a review decided (002 §1.4). */
public enum ReviewOutcome {
    CONTINUE("Continue unchanged"),
    AMEND("Amend: start a new version"),
    TERMINATE("Terminate the agreement");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
