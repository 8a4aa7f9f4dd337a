package org.infoshare.legal;

/** How the law classes an item of information (UK GDPR Arts 6, 9 and 10). */
public enum DataCategory {
    PERSONAL("Personal data"),
    SPECIAL_CATEGORY("Special category data"),
    CRIMINAL_OFFENCE("Criminal offence data");

    private final String label;

    DataCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
