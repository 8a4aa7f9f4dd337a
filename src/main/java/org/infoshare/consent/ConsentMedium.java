package org.infoshare.consent;

/** Written (a consent form) or verbal (recorded with date, time and what was agreed: 003). */
public enum ConsentMedium {
    WRITTEN("In writing (for example a consent form)"),
    VERBAL("Verbally");

    private final String label;

    ConsentMedium(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
