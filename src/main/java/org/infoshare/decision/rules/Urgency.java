package org.infoshare.decision.rules;

/** How soon the information is needed (003 'Timely'). */
public enum Urgency {
    ROUTINE("Routine"),
    URGENT("Urgent: needed today"),
    IMMEDIATE("Immediate: someone may be harmed if it is not shared now");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean pressing() {
        return this != ROUTINE;
    }
}
