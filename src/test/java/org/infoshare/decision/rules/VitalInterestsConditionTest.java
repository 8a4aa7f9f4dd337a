package org.infoshare.decision.rules;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.decision.rules.ConditionFixtures.codes;
import static org.infoshare.decision.rules.ConditionFixtures.council;
import static org.infoshare.decision.rules.ConditionFixtures.notSought;

/** UK GDPR Art 9(2)(c), DPA 2018 Sch 1 para 30, Sch 8 para 3: someone's life. */
class VitalInterestsConditionTest {

    private final VitalInterestsCondition condition = VitalInterestsCondition.INSTANCE;
    private final Reasons life = ConditionFixtures.reasons(false, true, List.of(), Set.of());

    @Test
    void article9cAndPara30NeedThePersonToBeUnableToConsent() {
        assertThat(codes(condition.special(council(notSought(NotSoughtReason.CANNOT_BE_GIVEN), life)))).containsExactly("UKGDPR-A9-2C");
        assertThat(codes(condition.criminal(council(notSought(NotSoughtReason.CANNOT_BE_GIVEN), life)))).containsExactly("UKGDPR-A10", "DPA18-S1-30");
        ConditionTest able = condition.special(council(notSought(NotSoughtReason.UNJUSTIFIED_DELAY), life));
        assertThat(able.met()).isFalse();
        assertThat(able.reason()).contains("incapable of giving consent");
        assertThat(condition.special(council(ConditionFixtures.refused(), life)).met()).isFalse();
    }

    @Test
    void schedule8Para3AsksOnlyThatALifeIsAtStake() {
        assertThat(codes(condition.sensitiveLawEnforcement(council(notSought(NotSoughtReason.UNJUSTIFIED_DELAY), life)))).containsExactly("DPA18-S35-5", "DPA18-S8-3");
        assertThat(condition.sensitiveLawEnforcement(council(notSought(NotSoughtReason.UNJUSTIFIED_DELAY), Reasons.NONE)).relevant()).isFalse();
    }
}
