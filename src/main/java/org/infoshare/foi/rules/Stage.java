package org.infoshare.foi.rules;

/** The two things a partner owes: a response within 2 working days, and any data exchange within 7 (002 §2.8). */
public enum Stage {
    RESPONSE("Respond", 2),
    EXCHANGE("Complete the data exchange", 7);

    private final String label;
    private final int workingDays;

    Stage(String label, int workingDays) {
        this.label = label;
        this.workingDays = workingDays;
    }

    public String label() {
        return label;
    }

    /** Working days after the day of receipt. */
    public int workingDays() {
        return workingDays;
    }
}
