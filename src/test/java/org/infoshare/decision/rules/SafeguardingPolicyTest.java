package org.infoshare.decision.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.decision.rules.Answer.NO;
import static org.infoshare.decision.rules.Answer.NOT_SURE;
import static org.infoshare.decision.rules.Answer.YES;

class SafeguardingPolicyTest {

    private static final DecisionFacts.Person CHILD = new DecisionFacts.Person(7, false);
    private static final DecisionFacts.Person ADULT = new DecisionFacts.Person(70, false);

    @Test
    void aChildAtRiskIsAReason() {
        SafeguardingPolicy.AtRisk atRisk = SafeguardingPolicy.decide(CHILD, new DecisionFacts.Safeguarding(YES, NO, NO, NO, NO)).established();
        assertThat(atRisk.child()).isTrue();
        assertThat(atRisk.adult()).isFalse();
    }

    @Test
    void anAdultIsAtRiskOnlyWhenAllThreeTestsHold() {
        assertThat(SafeguardingPolicy.decide(ADULT, new DecisionFacts.Safeguarding(NO, YES, YES, YES, NO)).established().adult()).isTrue();
        Ruling<SafeguardingPolicy.AtRisk> two = SafeguardingPolicy.decide(ADULT, new DecisionFacts.Safeguarding(NO, YES, YES, NO, NO));
        assertThat(two.established().adult()).isFalse();
        assertThat(two.steps()).anyMatch(s -> s.answer().equals("No: 2 of the 3 tests are met"));
        assertThat(SafeguardingPolicy.decide(CHILD, new DecisionFacts.Safeguarding(NO, YES, YES, YES, NO)).established().adult()).isFalse();
    }

    @Test
    void unsureIsAdviceNeverIgnored() {
        assertThat(SafeguardingPolicy.decide(CHILD, new DecisionFacts.Safeguarding(NOT_SURE, NO, NO, NO, NO)).question()).isEqualTo(Question.CHILD_AT_RISK);
        assertThat(SafeguardingPolicy.decide(ADULT, new DecisionFacts.Safeguarding(NO, YES, NOT_SURE, YES, NO)).verdict()).isEqualTo(Outcome.SEEK_ADVICE);
    }
}
