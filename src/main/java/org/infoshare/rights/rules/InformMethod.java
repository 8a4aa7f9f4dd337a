package org.infoshare.rights.rules;

/** How a person was told that their information was shared (002 §3.1: written or verbal). */
public enum InformMethod {
    IN_PERSON("In person"),
    LETTER("By letter"),
    TELEPHONE("By telephone"),
    SECURE_EMAIL("By secure email"),
    LEAFLET("Given the privacy notice leaflet"),
    VIDEO_CALL("By video call");

    private final String label;

    InformMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
