package org.infoshare.decision.rules;

/** Layer 2: does the information identify anyone, and is it confidential? (003 'When?'; 004 §6; 002 §4.2-4.3) */
final class IdentifiabilityPolicy implements Layer {

    @Override
    public Verdict apply(Workings w) {
        DecisionFacts f = w.facts;
        if (!f.identifiable()) {
            w.anonymous = true;
            w.step("Does the information enable an individual to be identified?", "No",
                    "Information that identifies no one is not personal data: you can share it, but still consider how.", "003 'When?'");
            return null;
        }
        w.step("Does the information enable an individual to be identified?", "Yes", "It is personal information, so go on.", "003 'When?'");
        if (f.person().deceased()) {
            w.step("Is the person alive?", "No, they have died",
                    "Data protection law does not cover the information of people who have died, but the common law duty of confidence and the Human Rights Act still apply.",
                    "002 §4.2");
        }
        w.step("Is the information confidential?", f.confidential() ? "Yes" : "No",
                f.confidential()
                        ? "It is sensitive, not already public, and was given in confidence: sharing it needs consent or a strong enough public interest."
                        : "It is not confidential: no duty of confidence stands in the way, but sharing must still be lawful and necessary.",
                "003 'When?'; 004 §6; 002 §4.3");
        return null;
    }
}
