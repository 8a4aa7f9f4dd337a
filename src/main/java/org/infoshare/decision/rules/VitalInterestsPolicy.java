package org.infoshare.decision.rules;

import org.infoshare.shared.Role;

import static org.infoshare.decision.rules.Ruling.step;

/** Layer 7: is sharing needed to protect someone's life? (003 'When?': the vital interests of the individual) */
final class VitalInterestsPolicy {

    private static final String QUESTION = "Is sharing needed to protect someone's life (their vital interests)?";

    private VitalInterestsPolicy() {
    }

    static Ruling<Boolean> decide(Answer vitalInterests) {
        return switch (vitalInterests) {
            case YES -> Ruling.proceed(true, step(QUESTION, "Yes", "Protecting someone's vital interests is a reason to share.", "003 'When?'"));
            case NOT_SURE -> Ruling.seekAdvice(Question.VITAL_INTERESTS, Role.MANAGER,
                    "It is not clear whether someone's life is at risk, so your manager should advise.",
                    step(QUESTION, "Not sure", "Seek advice promptly whenever you are uncertain.", "004 golden rule 4"));
            case NO -> Ruling.proceed(false);
        };
    }
}
