package org.infoshare.scheme.rules;

/** Who would be told, in the words of the schemes (004 §8.3, §8.6). */
public enum Recipient {
    PERSON_AT_RISK("The person at risk"),
    ABLE_TO_SAFEGUARD("Someone in a position to safeguard the person at risk (for a child, usually a parent, carer or guardian)"),
    NEITHER("Neither: someone else who asked");

    private final String label;

    Recipient(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
