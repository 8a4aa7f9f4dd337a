package org.infoshare.consent;

/** Who gave (or refused) consent (003 'Consent'; Mental Capacity Act 2005). */
public enum GivenBy {
    PERSON("The person themselves"),
    PARENTAL_RESPONSIBILITY("Someone with parental responsibility for the child"),
    LEGAL_REPRESENTATIVE("Someone with legal authority to decide for them (attorney or deputy)");

    private final String label;

    GivenBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
