package org.infoshare.complaint.rules;

/** What the complaint is about: how someone's information was processed or shared. */
public enum Topic {
    SHARED_WITHOUT_CONSENT("Shared without consent, or against their wishes"),
    SHARED_TOO_MUCH("More was shared than was needed"),
    SHARED_WITH_WRONG_PERSON("Shared with the wrong person or organisation"),
    NOT_SHARED("Not shared when it should have been"),
    INACCURATE("Inaccurate or out-of-date information"),
    NOT_INFORMED("Not told their information would be shared"),
    SECURITY("Information not kept secure"),
    RIGHTS_REQUEST("How a rights request was handled"),
    OTHER("Something else");

    private final String label;

    Topic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
