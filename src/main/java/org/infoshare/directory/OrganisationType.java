package org.infoshare.directory;

/** The kinds of partner in a safeguarding partnership. */
public enum OrganisationType {
    LOCAL_AUTHORITY("Local authority"),
    POLICE("Police"),
    HEALTH("Health"),
    EDUCATION("Education"),
    PROBATION("Probation"),
    VOLUNTARY("Voluntary or community"),
    OTHER("Other");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
