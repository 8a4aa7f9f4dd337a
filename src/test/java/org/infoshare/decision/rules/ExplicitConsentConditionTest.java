package org.infoshare.decision.rules;

import org.infoshare.directory.OrganisationType;
import org.infoshare.shared.SharingPurpose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.decision.rules.ConditionFixtures.codes;
import static org.infoshare.decision.rules.ConditionFixtures.facts;

/** Consent as the condition (Art 9(2)(a), Sch 1 para 29, s35(4)), only for an organisation that relies on consent. */
class ExplicitConsentConditionTest {

    private final ExplicitConsentCondition condition = ExplicitConsentCondition.INSTANCE;

    private ConditionFacts charity(ConsentStanding consent, boolean basis) {
        return facts(CaseFacts.CHARITY, OrganisationType.LOCAL_AUTHORITY, SharingPurpose.EARLY_HELP, consent, basis, Reasons.NONE);
    }

    @Test
    void explicitConsentIsTheConditionWhereConsentIsTheBasis() {
        assertThat(codes(condition.special(charity(ConditionFixtures.covers(true), true)))).containsExactly("UKGDPR-A9-2A");
        assertThat(codes(condition.criminal(charity(ConditionFixtures.covers(false), true)))).containsExactly("UKGDPR-A10", "DPA18-S1-29");
        assertThat(codes(condition.sensitiveLawEnforcement(charity(ConditionFixtures.covers(true), true)))).containsExactly("DPA18-S35-4");
    }

    @Test
    void impliedConsentOrAnOrganisationThatDoesNotRelyOnConsentIsNotEnough() {
        assertThat(condition.special(charity(ConditionFixtures.covers(false), true)).reason()).contains("implied");
        assertThat(condition.special(charity(ConditionFixtures.covers(true), false)).reason()).contains("002 §2.4");
        assertThat(condition.criminal(charity(ConditionFixtures.covers(true), false)).met()).isFalse();
        assertThat(condition.special(charity(ConditionFixtures.refused(), true)).relevant()).isFalse();
    }
}
