package org.infoshare.readlog;

/** How a record was read. */
public enum ReadHow {
    VIEWED("Looked at"),
    DOWNLOADED("Downloaded"),
    PRINTED("Printed");

    private final String label;

    ReadHow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
