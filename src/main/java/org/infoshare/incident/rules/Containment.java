package org.infoshare.incident.rules;

/** Where the incident stands now: what has been done to stop it and get the information back. */
public enum Containment {
    NOT_CONTAINED("Not contained: the information is still exposed or the cause continues"),
    CONTAINED("Contained: stopped, but the information may have been seen or kept"),
    RECOVERED_UNREAD("Recovered or deleted, with confirmation that no one read it");

    private final String label;

    Containment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
