package org.infoshare.decision.rules;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.decision.rules.ConditionFixtures.codes;
import static org.infoshare.decision.rules.ConditionFixtures.council;
import static org.infoshare.decision.rules.ConditionFixtures.notSought;

/** DPA 2018 Sch 8 para 2: the administration of justice, for law enforcement only. */
class JusticeConditionTest {

    @Test
    void metForTheAdministrationOfJusticeUnderPart3Only() {
        Reasons justice = ConditionFixtures.reasons(false, false, List.of(), Set.of(PublicInterest.ADMINISTRATION_OF_JUSTICE));
        ConsentStanding standing = notSought(NotSoughtReason.WOULD_PREJUDICE_INVESTIGATION);
        assertThat(codes(JusticeCondition.INSTANCE.sensitiveLawEnforcement(council(standing, justice)))).containsExactly("DPA18-S35-5", "DPA18-S8-2");
        assertThat(JusticeCondition.INSTANCE.special(council(standing, justice)).relevant()).isFalse();
        assertThat(JusticeCondition.INSTANCE.sensitiveLawEnforcement(council(standing, Reasons.NONE)).relevant()).isFalse();
    }
}
