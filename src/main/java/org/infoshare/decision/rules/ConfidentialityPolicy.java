package org.infoshare.decision.rules;

import java.util.ArrayList;
import java.util.List;

import static org.infoshare.decision.rules.Ruling.step;

/**
 * Layer 3: does the information identify anyone, and is it confidential? Information that is not confidential
 * (already public, or given knowing it would be shared) engages no duty of confidence, so no consent question
 * arises for it (003 'When?'; 004 §6; 002 §4.2-4.3).
 */
final class ConfidentialityPolicy {

    private ConfidentialityPolicy() {
    }

    static Ruling<Confidentiality> decide(boolean identifiable, boolean confidential, boolean deceased) {
        if (!identifiable) {
            return Ruling.proceed(Confidentiality.NOT_PERSONAL, step("Does the information enable an individual to be identified?", "No",
                    "Information that identifies no one is not personal data: you can share it, but still consider how.", "003 'When?'"));
        }
        List<DecisionResult.PathStep> steps = new ArrayList<>(3);
        steps.add(step("Does the information enable an individual to be identified?", "Yes", "It is personal information, so go on.", "003 'When?'"));
        if (deceased) {
            steps.add(step("Is the person alive?", "No, they have died",
                    "Data protection law does not cover the information of people who have died, but the common law duty of confidence and the Human Rights Act still apply.",
                    "002 §4.2"));
        }
        steps.add(step("Is the information confidential?", confidential ? "Yes" : "No",
                confidential
                        ? "It is sensitive, not already public, and was given in confidence: sharing it needs consent or a strong enough public interest."
                        : "It is not confidential: the duty of confidence is not engaged, so no consent question arises, but sharing must still be lawful, necessary and proportionate.",
                "003 'When?'; 004 §6; 002 §4.3"));
        return Ruling.proceed(confidential ? Confidentiality.CONFIDENTIAL : Confidentiality.NOT_CONFIDENTIAL, steps);
    }
}
