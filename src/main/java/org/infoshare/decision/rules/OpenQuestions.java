package org.infoshare.decision.rules;

import java.util.EnumSet;
import java.util.List;

/**
 * What an adviser must answer when the engine seeks advice: the question that stopped the walk, and every other
 * question of fact the practitioner was unsure of, so that one round of advice settles the case (004 rule 4).
 */
final class OpenQuestions {

    private OpenQuestions() {
    }

    /** @param consentCovers with consent, proportionality is not asked, so it is not left open either */
    static List<Question> of(DecisionFacts f, Question stopped, boolean consentCovers) {
        EnumSet<Question> open = EnumSet.of(stopped);
        if (f.purposeLegitimate() == Answer.NOT_SURE) {
            open.add(Question.PURPOSE_LEGITIMATE);
        }
        DecisionFacts.Safeguarding s = f.safeguarding();
        if (s.childAtRisk() == Answer.NOT_SURE) {
            open.add(Question.CHILD_AT_RISK);
        }
        if (f.person().adult()) {
            if (s.adultCareNeeds() == Answer.NOT_SURE) {
                open.add(Question.ADULT_CARE_NEEDS);
            }
            if (s.adultAbuseOrNeglect() == Answer.NOT_SURE) {
                open.add(Question.ADULT_ABUSE_OR_NEGLECT);
            }
            if (s.adultUnableToProtect() == Answer.NOT_SURE) {
                open.add(Question.ADULT_UNABLE_TO_PROTECT);
            }
        }
        if (s.vitalInterests() == Answer.NOT_SURE) {
            open.add(Question.VITAL_INTERESTS);
        }
        if (!consentCovers) {
            if (f.proportionality().proportionate() == Answer.NOT_SURE) {
                open.add(Question.PROPORTIONATE);
            }
            if (f.proportionality().lessIntrusiveMeans() == Answer.NOT_SURE) {
                open.add(Question.LESS_INTRUSIVE_MEANS);
            }
        }
        if (f.request() != null && f.request().forPartnershipFunctions() == Answer.NOT_SURE) {
            open.add(Question.PARTNERSHIP_FUNCTIONS);
        }
        if (f.outsideUk() == OutsideUk.NOT_SURE) {
            open.add(Question.OUTSIDE_UK_SAFEGUARDS);
        }
        if (f.adviceWanted()) {
            open.add(Question.PRACTITIONER_ASKED);
        }
        return List.copyOf(open);
    }
}
