package org.infoshare.consent;

/** Where a consent record stands today. Expired is worked out from the record's end date. */
public enum ConsentStatus {
    GIVEN("Given"),
    REFUSED("Refused"),
    WITHDRAWN("Withdrawn"),
    EXPIRED("Expired");

    private final String label;

    ConsentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
