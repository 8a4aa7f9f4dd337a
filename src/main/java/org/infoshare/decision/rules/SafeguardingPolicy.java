package org.infoshare.decision.rules;

import java.util.ArrayList;
import java.util.List;

import org.infoshare.shared.Role;

import static org.infoshare.decision.rules.Ruling.step;

/**
 * Layer 6: is a child at risk of significant harm, or is the adult an adult at risk (all three tests)? Either
 * is a reason to share without consent (003 'When?'; 004 golden rule 1, §2, §6; DPA 2018 Sch 1 para 18(3)).
 * Unsure → seek advice: the concern must not be ignored (004 §6).
 */
final class SafeguardingPolicy {

    private static final String CHILD = "Is a child suffering, or likely to suffer, significant harm?";
    private static final String ADULT = "Is an adult at risk: with care and support needs, experiencing or at risk of abuse or neglect, and unable to protect themselves?";
    private static final String ADULT_SOURCE = "DPA 2018 Sch 1 para 18(3), Sch 8 para 4(3) (002 §2.3)";

    /** What layer 6 establishes: whether a child, or this adult, is at risk. */
    record AtRisk(boolean child, boolean adult) {
    }

    private SafeguardingPolicy() {
    }

    static Ruling<AtRisk> decide(DecisionFacts.Person person, DecisionFacts.Safeguarding s) {
        List<DecisionResult.PathStep> steps = new ArrayList<>(2);
        boolean child = false;
        switch (s.childAtRisk()) {
            case YES -> {
                child = true;
                steps.add(step(CHILD, "Yes",
                        "Protecting a child from such harm takes priority over privacy. Data protection law is no barrier to sharing to keep a child safe.",
                        "004 golden rule 1; 004 §6"));
            }
            case NOT_SURE -> {
                return Ruling.seekAdvice(Question.CHILD_AT_RISK, Role.MANAGER,
                        "It is not clear whether a child is at risk of significant harm, so your manager should advise.",
                        step(CHILD, "Not sure",
                                "The concern must not be ignored: talk to the lead person on child protection or your manager to decide whether it amounts to reasonable cause to believe.",
                                "004 §6; 004 golden rule 4"));
            }
            case NO -> steps.add(step(CHILD, "No", "There is no child protection reason.", "004 §6"));
        }
        if (!person.adult()) {
            return Ruling.proceed(new AtRisk(child, false), steps);
        }
        int yes = 0;
        boolean no = false;
        for (Answer answer : s.adultTests()) {
            yes += answer == Answer.YES ? 1 : 0;
            no |= answer == Answer.NO;
        }
        if (yes == 3) {
            steps.add(step(ADULT, "Yes: all three tests are met", "An adult is 'at risk' when all three tests hold; safeguarding them is a reason to share.", ADULT_SOURCE));
            return Ruling.proceed(new AtRisk(child, true), steps);
        }
        if (!no) {
            List<DecisionResult.PathStep> asked = new ArrayList<>(steps);
            asked.add(step(ADULT, "Not sure", "Whether the adult is 'at risk' is uncertain: seek advice.", "004 golden rule 4"));
            return new Ruling<>(Outcome.SEEK_ADVICE, "It is not clear whether the adult meets all three tests for being at risk, so your manager should advise.",
                    Question.ADULT_CARE_NEEDS, Role.MANAGER, asked, null);
        }
        if (yes > 0) {
            steps.add(step(ADULT, "No: " + yes + " of the 3 tests are met",
                    "An adult is 'at risk' only if all three tests hold, so the safeguarding condition for adults does not apply.", ADULT_SOURCE));
        }
        return Ruling.proceed(new AtRisk(child, false), steps);
    }
}
