package org.infoshare.incident.rules;

/** How bad the harm to the people affected would be if it happened. */
public enum Severity {
    MINIMAL("Minimal: brief inconvenience or annoyance", 1),
    SIGNIFICANT("Significant: distress, or costs they can recover from", 2),
    SERIOUS("Serious: lasting distress, financial loss, damage to relationships or reputation", 3),
    SEVERE("Severe: risk to someone's safety or life, or harm they may never recover from", 4);

    private final String label;
    private final int score;

    Severity(String label, int score) {
        this.label = label;
        this.score = score;
    }

    public String label() {
        return label;
    }

    public int score() {
        return score;
    }
}
