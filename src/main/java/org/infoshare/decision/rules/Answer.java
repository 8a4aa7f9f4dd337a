package org.infoshare.decision.rules;

/** A practitioner's answer to a question of fact. 'Not sure' is an honest answer: it leads to advice (004 rule 4). */
public enum Answer {
    YES("Yes"),
    NO("No"),
    NOT_SURE("Not sure");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Answer of(boolean yes) {
        return yes ? YES : NO;
    }

    static Answer orNo(Answer answer) {
        return answer == null ? NO : answer;
    }
}
