package org.infoshare.readlog;

/** The kinds of record whose reading is recorded. */
public enum RecordKind {
    PERSON("Person's record"),
    DECISION("Sharing decision"),
    CONSENT("Consent record"),
    DISCLOSURE("Disclosure"),
    BUNDLE("Subject access bundle");

    private final String label;

    RecordKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
