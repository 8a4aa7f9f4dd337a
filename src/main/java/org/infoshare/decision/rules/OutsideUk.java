package org.infoshare.decision.rules;

/** Whether the information will be processed or stored outside the UK, and with what safeguards (002 §4.6). */
public enum OutsideUk {
    NO("No, it stays in the UK"),
    YES_WITH_SAFEGUARDS("Yes, with appropriate safeguards (for example standard data protection clauses)"),
    YES_WITHOUT_SAFEGUARDS("Yes, and there are no such safeguards"),
    NOT_SURE("Not sure");

    private final String label;

    OutsideUk(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
