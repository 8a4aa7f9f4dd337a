package org.infoshare.complaint.rules;

/** How the complaint arrived. */
public enum Channel {
    LETTER("Letter"),
    EMAIL("Email"),
    PHONE("Phone"),
    IN_PERSON("In person"),
    ONLINE_FORM("Online form"),
    ICO("Through the Information Commissioner's Office");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
