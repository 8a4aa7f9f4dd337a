package org.infoshare.decision.rules;

import org.infoshare.legal.BuiltInProvisions;

import static org.infoshare.decision.rules.ConditionTest.link;

/**
 * UK GDPR Art 9(2)(h) with DPA 2018 Sch 1 para 2: necessary for health or social care purposes (including the
 * provision of social care, para 2(2)(e); 002 §2.3), by a health or social care body under a professional's
 * responsibility, for care that the recipient also provides.
 */
final class HealthOrSocialCareCondition implements LawfulCondition {

    static final HealthOrSocialCareCondition INSTANCE = new HealthOrSocialCareCondition();

    private HealthOrSocialCareCondition() {
    }

    @Override
    public ConditionTest special(ConditionFacts f) {
        if (!f.purpose().care() || !f.holder().healthOrSocialCare()) {
            return ConditionTest.NOT_RELEVANT;
        }
        if (!DecisionFacts.careProvider(f.recipientType())) {
            return ConditionTest.notMet("The health or social care condition (DPA 2018 Sch 1 para 2) covers sharing for the provision of care; the recipient "
                    + "is not a health or social care body.");
        }
        return ConditionTest.met(link(BuiltInProvisions.ART9_H_HEALTH_SOCIAL_CARE, "Necessary for the provision of health or social care."),
                link(BuiltInProvisions.SCH1_2_HEALTH_SOCIAL_CARE, "Health or social care purposes, under a health or social work professional's responsibility."));
    }
}
