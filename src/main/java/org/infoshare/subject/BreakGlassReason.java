package org.infoshare.subject;

/** Why someone needed to look at the records of a person their team does not work with (ADR 0048). */
public enum BreakGlassReason {
    IMMEDIATE_RISK("Someone may be at immediate risk of harm"),
    NEW_REFERRAL("A new referral or request about them has come to me"),
    COVERING_COLLEAGUE("I am covering for a colleague who works with them"),
    OUT_OF_HOURS("Out-of-hours or duty work"),
    OTHER("Another reason (explain below)");

    private final String label;

    BreakGlassReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
