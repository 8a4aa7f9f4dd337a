package org.infoshare.linkage.rules.matching;

/**
 * How two records compare on one field, from agreement to disagreement; the vocabulary of every comparison,
 * of the match weights and of the explanation given for each link.
 */
public enum Level {
    EXACT("the same"),
    VARIANT("the same name written another way (for example Bill and William)"),
    CLOSE("nearly the same (a small spelling difference)"),
    SIMILAR("similar"),
    TRANSPOSED("the same date with day and month exchanged"),
    PARTIAL("two of day, month and year the same"),
    SAME_PROPERTY("the same property"),
    SAME_POSTCODE("the same postcode, another property"),
    SAME_DISTRICT("the same postcode district"),
    DIFFERENT("different"),
    MISSING("not known for both records");

    private final String words;

    Level(String words) {
        this.words = words;
    }

    /** How the level reads in an explanation: "First name: nearly the same". */
    public String words() {
        return words;
    }
}
