package org.infoshare.scheme.rules;

/** How the application reached the police; a right to know starts with the police or a partner agency (004 §8.3). */
public enum HowReceived {
    IN_PERSON("In person at a police station"),
    TELEPHONE("By telephone"),
    ONLINE("Online"),
    PARTNER_AGENCY("From a partner agency"),
    POLICE_INFORMATION("From information the police hold");

    private final String label;

    HowReceived(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
