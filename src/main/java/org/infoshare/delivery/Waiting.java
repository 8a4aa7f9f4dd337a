package org.infoshare.delivery;

/** What is waiting for someone. A notification names only this: never what the thing is about, or whom. */
public enum Waiting {
    DISCLOSURE("A disclosure"),
    DATASET("A dataset"),
    NOTICE("A notice"),
    INCIDENT("An incident report"),
    REQUEST("A request for assistance"),
    COMPLAINT("A complaint");

    private final String noun;

    Waiting(String noun) {
        this.noun = noun;
    }

    public String noun() {
        return noun;
    }
}
