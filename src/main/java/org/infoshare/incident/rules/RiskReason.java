package org.infoshare.incident.rules;

/** Why an assessment reached its level: each a code, shown in words and kept with the assessment. */
public enum RiskReason {
    LIKELIHOOD_AND_SEVERITY("The likelihood and severity of harm together"),
    SENSITIVE_INFORMATION("Information whose exposure makes harm more serious (special category, criminal offence, children, safeguarding, whereabouts)"),
    WHEREABOUTS_EXPOSED("Someone at risk could be found"),
    MANY_PEOPLE("100 or more people affected"),
    NOT_CONTAINED("The incident is not contained"),
    UNINTELLIGIBLE("Encrypted with a key that was not compromised: the information is unintelligible to whoever got it"),
    RECOVERED_UNREAD("Recovered or deleted before anyone read it");

    private final String label;

    RiskReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
