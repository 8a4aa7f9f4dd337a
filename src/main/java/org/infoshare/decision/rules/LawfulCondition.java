package org.infoshare.decision.rules;

/**
 * One condition that lets special category, criminal offence or sensitive law enforcement data be shared, each
 * tested against its own requirements (002 §2.3; 004 §2): under UK GDPR an Article 9 condition with its DPA 2018
 * Schedule 1 condition, or Article 10 with a Schedule 1 condition; under DPA 2018 Part 3, s35 with a Schedule 8
 * condition. A condition that does not exist in a regime is not relevant there.
 */
interface LawfulCondition {

    /** UK GDPR Article 9 with its DPA 2018 Schedule 1 condition. */
    default ConditionTest special(ConditionFacts f) {
        return ConditionTest.NOT_RELEVANT;
    }

    /** UK GDPR Article 10 with a DPA 2018 Schedule 1 condition. */
    default ConditionTest criminal(ConditionFacts f) {
        return ConditionTest.NOT_RELEVANT;
    }

    /** DPA 2018 s35 sensitive processing by a competent authority for law enforcement, with a Schedule 8 condition. */
    default ConditionTest sensitiveLawEnforcement(ConditionFacts f) {
        return ConditionTest.NOT_RELEVANT;
    }
}
