package org.infoshare.decision.rules;

import org.infoshare.legal.BuiltInProvisions;

import static org.infoshare.decision.rules.ConditionTest.link;

/**
 * Consent as the condition: UK GDPR Art 9(2)(a) explicit consent; DPA 2018 Sch 1 para 29 for criminal offence
 * data; s35(4) for sensitive law enforcement processing. Only for an organisation that relies on consent as its
 * lawful basis (002 §2.4), and for special category data only when the consent is explicit (003 'Consent to share
 * information').
 */
final class ExplicitConsentCondition implements LawfulCondition {

    static final ExplicitConsentCondition INSTANCE = new ExplicitConsentCondition();

    private static final String NOT_THE_BASIS = "They consented, which meets the duty of confidence, but your organisation does not rely on consent "
            + "as its lawful basis (002 §2.4), so consent is not a condition for it.";

    private ExplicitConsentCondition() {
    }

    @Override
    public ConditionTest special(ConditionFacts f) {
        if (!f.consent().covers()) {
            return ConditionTest.NOT_RELEVANT;
        }
        if (!f.consentIsBasis()) {
            return ConditionTest.notMet(NOT_THE_BASIS);
        }
        if (!f.consent().explicit()) {
            return ConditionTest.notMet("Their consent is implied, not explicit; sensitive information needs explicit consent (003 'Consent to share information').");
        }
        return ConditionTest.met(link(BuiltInProvisions.ART9_A_EXPLICIT_CONSENT, "They gave explicit consent, which sensitive information needs."));
    }

    @Override
    public ConditionTest criminal(ConditionFacts f) {
        if (!f.consent().covers()) {
            return ConditionTest.NOT_RELEVANT;
        }
        if (!f.consentIsBasis()) {
            return ConditionTest.notMet(NOT_THE_BASIS);
        }
        return ConditionTest.met(link(BuiltInProvisions.ART10_CRIMINAL_OFFENCE, "Criminal offence data needs an Article 6 basis and a Schedule 1 condition."),
                link(BuiltInProvisions.SCH1_29_CONSENT, "They consented to the sharing."));
    }

    @Override
    public ConditionTest sensitiveLawEnforcement(ConditionFacts f) {
        if (!f.consent().covers()) {
            return ConditionTest.NOT_RELEVANT;
        }
        if (!f.consentIsBasis() || !f.consent().explicit()) {
            return ConditionTest.notMet("Section 35(4) needs consent the organisation relies on, given explicitly.");
        }
        return ConditionTest.met(link(BuiltInProvisions.S35_4_CONSENT, "Sensitive processing with their consent and an appropriate policy document."));
    }
}
