package org.infoshare.decision.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.decision.rules.ConditionFixtures.CHILD_AT_RISK;
import static org.infoshare.decision.rules.ConditionFixtures.codes;
import static org.infoshare.decision.rules.ConditionFixtures.council;
import static org.infoshare.decision.rules.ConditionFixtures.notSought;

/** DPA 2018 Sch 1 para 18 and Sch 8 para 4: safeguarding, without consent for a para 18(2) / 4(2) reason. */
class SafeguardingConditionTest {

    private final SafeguardingCondition condition = SafeguardingCondition.INSTANCE;

    @Test
    void metForAChildAtRiskWhenSeekingConsentWouldPrejudiceTheProtection() {
        ConditionTest test = condition.special(council(notSought(NotSoughtReason.WOULD_PLACE_CHILD_AT_RISK), CHILD_AT_RISK));
        assertThat(test.met()).isTrue();
        assertThat(codes(test)).containsExactly("UKGDPR-A9-2G", "DPA18-S1-18");
        assertThat(test.links().get(1).why()).contains("para 18(2)(c)");
    }

    @Test
    void eachPara182ReasonIsItsOwnLetter() {
        assertThat(condition.special(council(notSought(NotSoughtReason.CANNOT_BE_GIVEN), CHILD_AT_RISK)).links().get(1).why()).contains("para 18(2)(a)");
        assertThat(condition.special(council(notSought(NotSoughtReason.NOT_REASONABLE), CHILD_AT_RISK)).links().get(1).why()).contains("para 18(2)(b)");
        assertThat(condition.special(council(ConditionFixtures.refused(), CHILD_AT_RISK)).links().get(1).why()).contains("para 18(2)(b)");
    }

    @Test
    void notMetWithoutAPara182Reason() {
        ConditionTest investigation = condition.special(council(notSought(NotSoughtReason.WOULD_PREJUDICE_INVESTIGATION), CHILD_AT_RISK));
        assertThat(investigation.met()).isFalse();
        assertThat(investigation.relevant()).isTrue();
        assertThat(investigation.reason()).contains("para 18(2)").contains("is not one of them");
        assertThat(condition.special(council(notSought(NotSoughtReason.NOT_THE_BASIS), CHILD_AT_RISK)).met()).isFalse();
    }

    @Test
    void notMetWithConsentAndNotRelevantWithoutSomeoneAtRisk() {
        assertThat(condition.special(council(ConditionFixtures.covers(true), CHILD_AT_RISK)).reason()).contains("they consented");
        assertThat(condition.special(council(notSought(NotSoughtReason.WOULD_PLACE_CHILD_AT_RISK), Reasons.NONE)).relevant()).isFalse();
    }

    @Test
    void criminalOffenceDataAndLawEnforcementUseTheirOwnProvisions() {
        ConditionTest criminal = condition.criminal(council(notSought(NotSoughtReason.WOULD_PLACE_CHILD_AT_RISK), CHILD_AT_RISK));
        assertThat(codes(criminal)).containsExactly("UKGDPR-A10", "DPA18-S1-18", "DPA18-S1-36");
        ConditionTest part3 = condition.sensitiveLawEnforcement(council(notSought(NotSoughtReason.WOULD_PLACE_CHILD_AT_RISK), CHILD_AT_RISK));
        assertThat(codes(part3)).containsExactly("DPA18-S35-5", "DPA18-S8-4");
        assertThat(part3.links().get(1).why()).contains("para 4(2)(c)");
    }
}
