package org.infoshare.complaint.rules;

/** Where a complaint stands. */
public enum ComplaintStatus {
    RECEIVED("Received"),
    ACKNOWLEDGED("Acknowledged"),
    INVESTIGATING("Being investigated"),
    CLOSED("Closed");

    private final String label;

    ComplaintStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
