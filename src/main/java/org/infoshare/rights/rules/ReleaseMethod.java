package org.infoshare.rights.rules;

/** How a subject access bundle reached the person. */
public enum ReleaseMethod {
    SECURE_EMAIL("Secure email"),
    POST("Recorded post"),
    IN_PERSON("Handed over in person"),
    COLLECTED("Collected by the person");

    private final String label;

    ReleaseMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
