package org.infoshare.rights.rules;

/** Where a rights request stands. */
public enum RequestStatus {
    OPEN("Open"),
    PAUSED("Clock paused"),
    DECIDED("Decided"),
    CLOSED("Closed");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
