package org.infoshare.rights.rules;

/** How a rights request arrived (a request need not be in writing or name the law). */
public enum ReceivedHow {
    LETTER("Letter"),
    EMAIL("Email"),
    ONLINE_FORM("Online form"),
    IN_PERSON("In person"),
    TELEPHONE("Telephone"),
    SOCIAL_MEDIA("Social media");

    private final String label;

    ReceivedHow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
