package org.infoshare.decision.rules;

import org.infoshare.legal.BuiltInProvisions;

import static org.infoshare.decision.rules.ConditionTest.link;

/** DPA 2018 Sch 8 para 2 (with s35(5)): necessary for the administration of justice (002 §2.3). */
final class JusticeCondition implements LawfulCondition {

    static final JusticeCondition INSTANCE = new JusticeCondition();

    private JusticeCondition() {
    }

    @Override
    public ConditionTest sensitiveLawEnforcement(ConditionFacts f) {
        if (!f.reasons().publicInterest().contains(PublicInterest.ADMINISTRATION_OF_JUSTICE)) {
            return ConditionTest.NOT_RELEVANT;
        }
        return ConditionTest.met(link(BuiltInProvisions.S35_5_STRICTLY_NECESSARY, "Strictly necessary for the law enforcement purpose."),
                link(BuiltInProvisions.SCH8_2_JUSTICE, "Necessary for the administration of justice."));
    }
}
