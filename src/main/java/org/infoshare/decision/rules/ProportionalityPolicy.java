package org.infoshare.decision.rules;

import org.infoshare.shared.Role;

import static org.infoshare.decision.rules.Ruling.step;

/**
 * Layer 12: sharing without consent must be proportionate, and not done where an equally effective, less
 * intrusive means exists (003 'Public Interest'; 002 §2.5; 000 §4.1). With consent, still only what is necessary.
 */
final class ProportionalityPolicy {

    private ProportionalityPolicy() {
    }

    static Ruling<Void> decide(boolean consentCovers, DecisionFacts.Proportionality p) {
        if (consentCovers) {
            return Ruling.proceed(null, step("Is the sharing necessary and proportionate?", "Consent given: share only what is necessary",
                    "With consent, still share only what is necessary, relevant and proportionate.", "003 golden rule 6"));
        }
        String lessIntrusive = "Is there another, equally effective and less intrusive way to achieve the same aim?";
        DecisionResult.PathStep first;
        switch (p.lessIntrusiveMeans()) {
            case YES -> {
                return Ruling.doNotShare("The aim can be achieved by an equally effective, less intrusive means, so sharing would not be proportionate: use that means instead.",
                        step(lessIntrusive, "Yes",
                                "Where the aim can be achieved another way (without sharing, or with anonymised information), sharing is not proportionate.",
                                "003 'Public Interest'; 000 §4.1; 002 Appendix D"));
            }
            case NOT_SURE -> {
                return Ruling.seekAdvice(Question.LESS_INTRUSIVE_MEANS, Role.MANAGER,
                        "It is not clear whether a less intrusive means would do, so your manager should advise.",
                        step(lessIntrusive, "Not sure", "Seek advice before sharing without consent.", "004 golden rule 4"));
            }
            default -> first = step(lessIntrusive, "No", "Sharing is the way to achieve the aim.", "003 'Public Interest'");
        }
        String proportionate = "Is sharing proportionate to the need and the level of risk, weighing what might happen if you share against what might happen if you do not?";
        return switch (p.proportionate()) {
            case NO -> Ruling.doNotShare("Sharing would not be proportionate to the need and the level of risk, so do not share.", first,
                    step(proportionate, "No", "The rule of proportionality must strike a fair balance between the public interest and the person's rights.",
                            "003 'Public Interest'; 002 §2.5"));
            case NOT_SURE -> Ruling.seekAdvice(Question.PROPORTIONATE, Role.MANAGER,
                    "It is not clear whether sharing is proportionate, so your manager should advise.", first,
                    step(proportionate, "Not sure", "Seek advice before sharing without consent.", "004 golden rule 4; 002 §2.5"));
            case YES -> Ruling.proceed(null, first,
                    step(proportionate, "Yes", "The disclosure is proportionate to the intended aim.", "003 'Public Interest'; 002 §2.5"));
        };
    }
}
