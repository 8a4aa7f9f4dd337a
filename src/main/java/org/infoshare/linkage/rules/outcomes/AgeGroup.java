package org.infoshare.linkage.rules.outcomes;

/** A person's age group as their most recent record gives it: descriptors apply to children, adults or all. */
public enum AgeGroup {
    UNDER_FIVE("Under 5"),
    CHILD("Child (5 to 17)"),
    ADULT("Adult");

    private final String label;

    AgeGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean child() {
        return this != ADULT;
    }
}
