package org.infoshare.dataset;

/**
 * Where an upload stands. Only a PUBLISHED upload is a dataset that its recipients can open; a DISPOSED one was
 * published and its rows have since been disposed of under the sender's retention rule (its counts and report stay).
 */
public enum UploadStatus {
    RECEIVING("Receiving"),
    PUBLISHED("Published"),
    REFUSED("Refused"),
    FAILED("Failed"),
    INTERRUPTED("Interrupted"),
    DISPOSED("Disposed of");

    private final String label;

    UploadStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** An attempt under this idempotency key may run again (nothing was published and no result was given). */
    boolean retryable() {
        return this == RECEIVING || this == FAILED || this == INTERRUPTED;
    }
}
