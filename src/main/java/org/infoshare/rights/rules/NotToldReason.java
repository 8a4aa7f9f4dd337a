package org.infoshare.rights.rules;

/** Why a person was not told that their information was shared: the reason is recorded (002 §3.1; 004 golden rule 2). */
public enum NotToldReason {
    WOULD_CREATE_OR_INCREASE_RISK("Telling them would create or increase a risk of harm"),
    WOULD_PREJUDICE_INVESTIGATION("Telling them would prejudice a police or safeguarding investigation"),
    ALREADY_AWARE("They already know that this information is being shared"),
    NO_SAFE_MEANS_OF_CONTACT("There is no safe way to contact them");

    private final String label;

    NotToldReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
