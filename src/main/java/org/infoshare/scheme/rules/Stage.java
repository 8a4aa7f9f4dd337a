package org.infoshare.scheme.rules;

/** The stages of an application after it is received, in the order the guidance sets them (004 §8.3, §8.6). */
public enum Stage {
    CHECKS("Record the initial checks", ApplicationStatus.RECEIVED),
    MEETING("Record the meeting with the applicant", ApplicationStatus.CHECKED),
    FORUM("Record the forum's recommendation", ApplicationStatus.MET),
    DECISION("Decide whether to disclose", ApplicationStatus.FORUM_HELD),
    DISCLOSURE("Record the disclosure and the undertaking", ApplicationStatus.TO_DISCLOSE);

    private final String label;
    private final ApplicationStatus from;

    Stage(String label, ApplicationStatus from) {
        this.label = label;
        this.from = from;
    }

    public String label() {
        return label;
    }

    /** The status an application must be in for this stage to be recorded. */
    public ApplicationStatus from() {
        return from;
    }

    /** The stage to record next, or null when the application is closed. */
    public static Stage next(ApplicationStatus status) {
        for (Stage stage : values()) {
            if (stage.from == status) {
                return stage;
            }
        }
        return null;
    }
}
