package org.infoshare.decision.rules;

/**
 * Why consent was not sought: where the information is confidential one of these must be recorded (003 'Consent
 * to share information'; 004 §2, §5). Each says which DPA 2018 Sch 1 para 18(2) reason it is, if any.
 */
public enum NotSoughtReason {
    WOULD_PLACE_CHILD_AT_RISK("Seeking consent would place a child at increased risk of harm", "004 golden rule 2",
            WithoutConsent.WOULD_PREJUDICE_PROTECTION),
    WOULD_PREJUDICE_INVESTIGATION("Seeking consent would prejudice the prevention, detection or prosecution of a crime", "004 §6", null),
    CANNOT_BE_GIVEN("They cannot give consent (for example they lack capacity and nobody can consent for them)",
            "004 §2; DPA 2018 Sch 1 para 18(2)(a)", WithoutConsent.CANNOT_BE_GIVEN),
    UNJUSTIFIED_DELAY("The need is urgent and seeking consent would cause unjustified delay", "003 'Sharing without consent'",
            WithoutConsent.WOULD_PREJUDICE_PROTECTION),
    NOT_REASONABLE("The organisation cannot reasonably be expected to obtain it", "DPA 2018 Sch 1 para 18(2)(b)",
            WithoutConsent.NOT_REASONABLY_OBTAINED),
    NOT_THE_BASIS("Consent is not the basis for this share: it rests on a public function or a legal duty", "004 §5; 002 §2.4", null);

    private final String label;
    private final String citation;
    private final WithoutConsent withoutConsent;

    NotSoughtReason(String label, String citation, WithoutConsent withoutConsent) {
        this.label = label;
        this.citation = citation;
        this.withoutConsent = withoutConsent;
    }

    public String label() {
        return label;
    }

    public String citation() {
        return citation;
    }

    /** The para 18(2) reason this is, or null when it is not one. */
    public WithoutConsent withoutConsent() {
        return withoutConsent;
    }
}
