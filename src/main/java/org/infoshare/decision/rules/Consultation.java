package org.infoshare.decision.rules;

/**
 * Whether the organisation that gave the holder the information in confidence was consulted before the holder
 * overrides that confidence (003 'Duty of Confidence'; 002 §2.7).
 */
public enum Consultation {
    AGREED("They were consulted and agree to it being shared"),
    OBJECTED("They were consulted and object to it being shared"),
    NOT_CONSULTED("They have not been consulted");

    private final String label;

    Consultation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
