package org.infoshare.linkage.rules.matching;

/**
 * Why a pair that scores above the match threshold is still not linked without a person's review. Match weights
 * add up evidence as if fields were independent; within one household they are not: twins share a last name, a
 * date of birth and an address, and only their first names tell them apart.
 */
public enum Hold {
    POSSIBLE_TWINS("Born on the same day, at the same or a similar address, with different first names: possibly twins");

    private final String description;

    Hold(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The hold for a pattern, or null when it may be linked on its weight alone. */
    public static Hold of(int pattern) {
        if (Patterns.levelOf(pattern, Field.FIRST_NAME) == Level.DIFFERENT
                && Patterns.levelOf(pattern, Field.DATE_OF_BIRTH) == Level.EXACT
                && sameOrNearAddress(Patterns.levelOf(pattern, Field.ADDRESS))
                && Patterns.levelOf(pattern, Field.NHS_NUMBER) != Level.EXACT) {
            return POSSIBLE_TWINS;
        }
        return null;
    }

    private static boolean sameOrNearAddress(Level address) {
        return address == Level.SAME_PROPERTY || address == Level.SAME_POSTCODE || address == Level.SIMILAR;
    }
}
