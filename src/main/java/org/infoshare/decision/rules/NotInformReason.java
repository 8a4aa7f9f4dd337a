package org.infoshare.decision.rules;

/** Why the person will not be told about the share: the reason must be recorded (002 §3.1; 003 'How?'). */
public enum NotInformReason {
    WOULD_CREATE_OR_INCREASE_RISK("Telling them would create or increase a risk of harm"),
    WOULD_PREJUDICE_INVESTIGATION("Telling them would prejudice a police or safeguarding investigation"),
    ALREADY_AWARE("They already know that this information is being shared");

    private final String label;

    NotInformReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
