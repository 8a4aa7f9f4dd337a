package org.infoshare.decision.rules;

import org.infoshare.legal.BuiltInProvisions;

import static org.infoshare.decision.rules.ConditionTest.link;

/**
 * Vital interests: UK GDPR Art 9(2)(c) and DPA 2018 Sch 1 para 30 need the person to be physically or legally
 * incapable of giving consent; Sch 8 para 3 (law enforcement) asks only that it is necessary to protect someone's
 * life (002 §2.3).
 */
final class VitalInterestsCondition implements LawfulCondition {

    static final VitalInterestsCondition INSTANCE = new VitalInterestsCondition();

    private static final String INCAPABLE = "The vital interests condition (UK GDPR Art 9(2)(c), DPA 2018 Sch 1 para 30) applies only where the person "
            + "is incapable of giving consent, and that is not recorded.";

    private VitalInterestsCondition() {
    }

    @Override
    public ConditionTest special(ConditionFacts f) {
        if (!f.reasons().vitalInterests()) {
            return ConditionTest.NOT_RELEVANT;
        }
        return f.consent().unableToConsent()
                ? ConditionTest.met(link(BuiltInProvisions.ART9_C_VITAL_INTERESTS, "Necessary to protect someone's life, and the person cannot give consent."))
                : ConditionTest.notMet(INCAPABLE);
    }

    @Override
    public ConditionTest criminal(ConditionFacts f) {
        if (!f.reasons().vitalInterests()) {
            return ConditionTest.NOT_RELEVANT;
        }
        return f.consent().unableToConsent()
                ? ConditionTest.met(link(BuiltInProvisions.ART10_CRIMINAL_OFFENCE, "Criminal offence data needs an Article 6 basis and a Schedule 1 condition."),
                        link(BuiltInProvisions.SCH1_30_VITAL_INTERESTS, "Necessary to protect someone's life, and the person cannot give consent."))
                : ConditionTest.notMet(INCAPABLE);
    }

    @Override
    public ConditionTest sensitiveLawEnforcement(ConditionFacts f) {
        if (!f.reasons().vitalInterests()) {
            return ConditionTest.NOT_RELEVANT;
        }
        return ConditionTest.met(link(BuiltInProvisions.S35_5_STRICTLY_NECESSARY, "Strictly necessary for the law enforcement purpose."),
                link(BuiltInProvisions.SCH8_3_VITAL_INTERESTS, "Necessary to protect someone's life."));
    }
}
