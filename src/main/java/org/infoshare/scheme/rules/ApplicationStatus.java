package org.infoshare.scheme.rules;

/** Where an application stands: each stage recorded moves it on (004 §8.3, §8.6). */
public enum ApplicationStatus {
    RECEIVED("Initial checks to do"),
    CHECKED("Meeting with the applicant to record"),
    MET("Forum's recommendation to record"),
    FORUM_HELD("Decision to make"),
    TO_DISCLOSE("Disclosure in person to record"),
    NOT_TO_DISCLOSE("Decided not to disclose"),
    DISCLOSED("Disclosed"),
    NOT_DISCLOSED("Not disclosed: undertaking refused");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == NOT_TO_DISCLOSE || this == DISCLOSED || this == NOT_DISCLOSED;
    }
}
