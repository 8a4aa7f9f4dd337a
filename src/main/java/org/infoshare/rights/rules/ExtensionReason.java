package org.infoshare.rights.rules;

/** Why the deadline was extended by two further months (UK GDPR Art 12(3)). */
public enum ExtensionReason {
    COMPLEX("The request is complex"),
    NUMBER_OF_REQUESTS("The person has made a number of requests");

    private final String label;

    ExtensionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
