package org.infoshare.linkage.rules.outcomes;

/**
 * The ten headline outcomes of the National Supporting Families Outcome Framework (DLUHC, 2022), the areas
 * in which a family's needs are identified and its progress measured.
 */
public enum HeadlineArea {
    EDUCATION("Getting a good education"),
    EARLY_YEARS("Good early years development"),
    HEALTH("Improved mental and physical health"),
    SUBSTANCE_USE("Promoting recovery and reducing harm from substance use"),
    FAMILY_RELATIONSHIPS("Improved family relationships"),
    SAFE_FROM_ABUSE("Children safe from abuse and exploitation"),
    CRIME("Crime prevention and tackling crime"),
    DOMESTIC_ABUSE("Safe from domestic abuse"),
    HOUSING("Secure housing"),
    FINANCIAL_STABILITY("Financial stability");

    private final String title;

    HeadlineArea(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
