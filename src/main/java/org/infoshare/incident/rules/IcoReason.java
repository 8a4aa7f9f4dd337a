package org.infoshare.incident.rules;

/** Why the Information Commissioner's Office is told, or not. */
public enum IcoReason {
    RISK_TO_PEOPLE(true, "Tell the ICO: the breach is likely to result in a risk to people"),
    UNLIKELY_TO_RESULT_IN_RISK(false, "Do not tell the ICO: the breach is unlikely to result in a risk to people"),
    NOT_A_BREACH(false, "Do not tell the ICO: it was not a personal data breach (nothing was lost, seen, changed or made unavailable)");

    private final boolean tellIco;
    private final String label;

    IcoReason(boolean tellIco, String label) {
        this.tellIco = tellIco;
        this.label = label;
    }

    public boolean tellIco() {
        return tellIco;
    }

    public String label() {
        return label;
    }
}
