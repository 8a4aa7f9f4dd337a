package org.infoshare.rights.rules;

/** How a rights request was decided. */
public enum RequestOutcome {
    GRANTED("Granted"),
    PARTLY_GRANTED("Partly granted"),
    REFUSED("Refused"),
    NOTHING_HELD("No information held about them");

    private final String label;

    RequestOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
