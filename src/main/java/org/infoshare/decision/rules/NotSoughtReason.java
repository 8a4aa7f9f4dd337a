package org.infoshare.decision.rules;

/** Why consent was not sought: one of these must be recorded (003 'Consent to share information'; 004 §2, §5). */
public enum NotSoughtReason {
    WOULD_PLACE_CHILD_AT_RISK("Seeking consent would place a child at increased risk of harm", "004 golden rule 2"),
    WOULD_PREJUDICE_INVESTIGATION("Seeking consent would prejudice the prevention, detection or prosecution of a crime", "004 §6"),
    CANNOT_BE_GIVEN("They cannot give consent (for example they lack capacity and nobody can consent for them)", "004 §2; DPA 2018 Sch 1 para 18(2)(a)"),
    UNJUSTIFIED_DELAY("The need is urgent and seeking consent would cause unjustified delay", "003 'Sharing without consent'"),
    NOT_REASONABLE("The organisation cannot reasonably be expected to obtain it", "DPA 2018 Sch 1 para 18(2)(b)");

    private final String label;
    private final String citation;

    NotSoughtReason(String label, String citation) {
        this.label = label;
        this.citation = citation;
    }

    public String label() {
        return label;
    }

    public String citation() {
        return citation;
    }
}
