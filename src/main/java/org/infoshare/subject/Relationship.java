package org.infoshare.subject;

/**
 * How one person in a household or family is related to another (003 'Who?': child, parent, carer, others; 002
 * §3.3; 004 §1). A link reads "the relative is the person's ...": the inverse is how the person reads from the
 * relative's side.
 */
public enum Relationship {
    PARENT("Parent", "Child"),
    CARER("Carer", "Child they care for"),
    PARTNER_OF_PARENT("Partner of a parent", "Child of their partner"),
    SIBLING("Sibling", "Sibling"),
    OTHER_ADULT("Other adult in the household", "Child in their household");

    private final String label;
    private final String inverse;

    Relationship(String label, String inverse) {
        this.label = label;
        this.inverse = inverse;
    }

    public String label() {
        return label;
    }

    /** The relationship as the relative's side of the link reads it. */
    public String inverseLabel() {
        return inverse;
    }
}
