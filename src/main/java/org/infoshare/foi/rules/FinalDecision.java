package org.infoshare.foi.rules;

/** The holder's own decision on the request: it stays with the holder, whatever its partners advise (002 §2.8). */
public enum FinalDecision {
    RELEASED("Released in full"),
    RELEASED_IN_PART("Released in part"),
    WITHHELD("Withheld"),
    NOT_HELD("Not held");

    private final String label;

    FinalDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
