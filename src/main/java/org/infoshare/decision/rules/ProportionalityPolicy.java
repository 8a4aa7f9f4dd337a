package org.infoshare.decision.rules;

import org.infoshare.shared.Role;

/**
 * Layer 4, continued: sharing without consent must be proportionate, and not done where an equally effective,
 * less intrusive means exists (003 'Public Interest'; 002 §2.5; 000 §4.1).
 */
final class ProportionalityPolicy implements Layer {

    @Override
    public Verdict apply(Workings w) {
        if (w.anonymous) {
            return null;
        }
        if (w.reliesOnConsent) {
            w.step("Is the sharing necessary and proportionate?", "Consent given: share only what is necessary",
                    "With consent, still share only what is necessary, relevant and proportionate.", "003 golden rule 6");
            return null;
        }
        DecisionFacts.Proportionality p = w.facts.proportionality();
        String lessIntrusive = "Is there another, equally effective and less intrusive way to achieve the same aim?";
        switch (p.lessIntrusiveMeans()) {
            case YES -> {
                w.step(lessIntrusive, "Yes",
                        "Where the aim can be achieved another way (without sharing, or with anonymised information), sharing is not proportionate.",
                        "003 'Public Interest'; 000 §4.1; 002 Appendix D");
                return Verdict.doNotShare("The aim can be achieved by an equally effective, less intrusive means, so sharing would not be proportionate: use that means instead.");
            }
            case NOT_SURE -> {
                w.step(lessIntrusive, "Not sure", "Seek advice before sharing without consent.", "004 golden rule 4");
                return w.seekAdvice(Question.LESS_INTRUSIVE_MEANS, Role.MANAGER,
                        "It is not clear whether a less intrusive means would do, so your manager should advise.");
            }
            default -> w.step(lessIntrusive, "No", "Sharing is the way to achieve the aim.", "003 'Public Interest'");
        }
        String proportionate = "Is sharing proportionate to the need and the level of risk, weighing what might happen if you share against what might happen if you do not?";
        switch (p.proportionate()) {
            case NO -> {
                w.step(proportionate, "No",
                        "The rule of proportionality must strike a fair balance between the public interest and the person's rights.",
                        "003 'Public Interest'; 002 §2.5");
                return Verdict.doNotShare("Sharing would not be proportionate to the need and the level of risk, so do not share.");
            }
            case NOT_SURE -> {
                w.step(proportionate, "Not sure", "Seek advice before sharing without consent.", "004 golden rule 4; 002 §2.5");
                return w.seekAdvice(Question.PROPORTIONATE, Role.MANAGER,
                        "It is not clear whether sharing is proportionate, so your manager should advise.");
            }
            default -> w.step(proportionate, "Yes", "The disclosure is proportionate to the intended aim.", "003 'Public Interest'; 002 §2.5");
        }
        return null;
    }
}
