package org.infoshare.linkage.rules.clustering;

/** Why a person formed by linkage should be looked at by the analyst before anyone relies on it. */
public enum PersonFlag {
    CONFLICTING_NHS_NUMBERS("Its records have different NHS numbers"),
    WEAK_PAIR("Two of its records, compared directly, score below the review threshold: they are joined only through others"),
    MANY_RECORDS("It has more records than one person usually has across the partners");

    private final String description;

    PersonFlag(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
