package org.infoshare.decision.rules;

import java.util.List;
import java.util.Set;

import org.infoshare.directory.OrganisationType;
import org.infoshare.shared.SharingPurpose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.decision.rules.ConditionFixtures.codes;
import static org.infoshare.decision.rules.ConditionFixtures.council;
import static org.infoshare.decision.rules.ConditionFixtures.notSought;

/** DPA 2018 Sch 1 para 6 and Sch 8 para 1: a function conferred by an enactment. */
class StatutoryPurposesConditionTest {

    private final StatutoryPurposesCondition condition = StatutoryPurposesCondition.INSTANCE;

    @Test
    void metWithAGatewayTheHolderCanUseAndNamesIt() {
        Reasons s47 = ConditionFixtures.reasons(false, false, List.of(CaseFacts.gateway("CA1989-S47")), Set.of());
        ConditionTest test = condition.special(council(ConditionFixtures.covers(true), s47));
        assertThat(codes(test)).containsExactly("UKGDPR-A9-2G", "DPA18-S1-6");
        assertThat(test.links().get(1).why()).contains("Children Act 1989 s47");
        assertThat(codes(condition.sensitiveLawEnforcement(council(notSought(NotSoughtReason.NOT_REASONABLE), s47)))).containsExactly("DPA18-S35-5", "DPA18-S8-1");
    }

    @Test
    void metWithALegalDuty() {
        Reasons duty = new Reasons(true, false, false, false, List.of(), Set.of());
        assertThat(codes(condition.criminal(council(ConsentStanding.of(ConsentStanding.State.REQUIRED_BY_LAW), duty))))
                .containsExactly("UKGDPR-A10", "DPA18-S1-6", "DPA18-S1-36");
    }

    @Test
    void withoutAFunctionAPublicBodyIsToldToNameItsGateway() {
        ConditionTest none = condition.special(council(notSought(NotSoughtReason.NOT_REASONABLE), Reasons.NONE));
        assertThat(none.met()).isFalse();
        assertThat(none.reason()).contains("name the statutory gateway");
        assertThat(condition.special(ConditionFixtures.facts(CaseFacts.CHARITY, OrganisationType.POLICE, SharingPurpose.EARLY_HELP,
                notSought(NotSoughtReason.NOT_REASONABLE), false, Reasons.NONE)).relevant()).isFalse();
    }
}
