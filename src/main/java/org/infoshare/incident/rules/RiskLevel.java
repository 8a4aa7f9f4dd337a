package org.infoshare.incident.rules;

/**
 * The risk to people's rights and freedoms: what the law's duties turn on. A breach unlikely to result in a risk
 * need not be reported to the ICO (Art 33(1)); one likely to result in a high risk must also be told to the
 * people affected (Art 34(1)).
 */
public enum RiskLevel {
    UNLIKELY("Unlikely to result in a risk to people"),
    RISK("Likely to result in a risk to people"),
    HIGH("Likely to result in a high risk to people");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
