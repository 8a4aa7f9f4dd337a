package org.infoshare.rights.rules;

/** What a recipient confirms it did about a notice (002 §3.2, §4.7). */
public enum NoticeOutcome {
    CORRECTED("Corrected"),
    RESTRICTED("Restricted"),
    ERASED("Erased"),
    RETAINED_UNDER_EXEMPTION("Kept under a stated exemption"),
    ACKNOWLEDGED("Noted");

    private final String label;

    NoticeOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
