package org.infoshare.directory;

/** Security assurance a partner holds (002 §4.5 expects ISO 27001 or similar; NHS bodies publish DSPT). */
public enum AssuranceScheme {
    DSPT("Data Security and Protection Toolkit"),
    ISO_27001("ISO/IEC 27001"),
    CYBER_ESSENTIALS("Cyber Essentials"),
    CYBER_ESSENTIALS_PLUS("Cyber Essentials Plus"),
    PSN("Public Services Network compliance"),
    OTHER("Other");

    private final String label;

    AssuranceScheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
