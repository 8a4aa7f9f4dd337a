package org.infoshare.delivery;

/** Fact or opinion: the recipient must be able to tell which (003 "Accurate", 002 Appendix D). */
public enum ItemKind {
    FACT("Fact"),
    OPINION("Professional opinion");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
