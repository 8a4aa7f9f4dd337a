package org.infoshare.scheme.rules;

/** Whether the person told signed the undertaking of confidentiality (004 §8.6). */
public enum Undertaking {
    SIGNED("Signed the undertaking"),
    REFUSED("Refused to sign the undertaking");

    private final String label;

    Undertaking(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
