package org.infoshare.incident.rules;

/** What happened, in the words a member of staff would choose from. */
public enum IncidentKind {
    SENT_TO_WRONG_RECIPIENT("Information sent or shown to the wrong person or organisation"),
    UNAUTHORISED_ACCESS("Someone looked at information they should not have"),
    LOST_OR_STOLEN("Paperwork or a device lost or stolen"),
    CYBER_ATTACK("A cyber attack, such as phishing or ransomware"),
    ALTERED("Information changed or corrupted without authority"),
    DESTROYED_OR_UNAVAILABLE("Information destroyed, or unavailable when needed"),
    MISUSE_BY_STAFF("A member of staff misused information"),
    OVERHEARD("Information overheard or said to the wrong person"),
    OTHER("Something else");

    private final String label;

    IncidentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
