package org.infoshare.directory;

/** Why someone's access ended (002 §4.5: revoked promptly when no longer required). */
public enum RevocationReason {
    LEFT_ORGANISATION("Left the organisation"),
    CHANGED_ROLE("Changed role and no longer needs access"),
    SECURITY_CONCERN("Security concern"),
    LONG_TERM_ABSENCE("Long-term absence"),
    SYSTEM_RETIRED("Partner system retired");

    private final String label;

    RevocationReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
