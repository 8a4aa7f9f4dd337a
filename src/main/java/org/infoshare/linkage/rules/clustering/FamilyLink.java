package org.infoshare.linkage.rules.clustering;

/** Why two people were put in one family. */
public enum FamilyLink {
    HOUSEHOLD_REFERENCE("A partner records them in the same household"),
    RELATIONSHIP("A partner records one as the parent or carer of the other"),
    SAME_ADDRESS("They live at the same address (their most recent records)");

    private final String description;

    FamilyLink(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
