package org.infoshare.linkage.rules.outcomes;

/** The members of a family a descriptor looks at. */
public enum Members {
    ANYONE("anyone in the family"),
    CHILDREN("a child"),
    UNDER_FIVES("a child under 5"),
    ADULTS("an adult");

    private final String words;

    Members(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public boolean includes(AgeGroup group) {
        return switch (this) {
            case ANYONE -> true;
            case CHILDREN -> group.child();
            case UNDER_FIVES -> group == AgeGroup.UNDER_FIVE;
            case ADULTS -> group == AgeGroup.ADULT;
        };
    }
}
