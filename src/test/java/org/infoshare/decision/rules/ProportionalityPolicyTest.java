package org.infoshare.decision.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProportionalityPolicyTest {

    @Test
    void aLessIntrusiveMeansOrADisproportionateShareIsRefused() {
        assertThat(ProportionalityPolicy.decide(false, new DecisionFacts.Proportionality(Answer.YES, Answer.YES)).verdict()).isEqualTo(Outcome.DO_NOT_SHARE);
        assertThat(ProportionalityPolicy.decide(false, new DecisionFacts.Proportionality(Answer.NO, Answer.NO)).summary()).contains("proportionate");
        assertThat(ProportionalityPolicy.decide(false, new DecisionFacts.Proportionality(Answer.YES, Answer.NO)).ends()).isFalse();
    }

    @Test
    void uncertaintyGoesToAnAdviserAndConsentStillLimitsTheShare() {
        assertThat(ProportionalityPolicy.decide(false, new DecisionFacts.Proportionality(Answer.NOT_SURE, Answer.NO)).question()).isEqualTo(Question.PROPORTIONATE);
        assertThat(ProportionalityPolicy.decide(false, new DecisionFacts.Proportionality(Answer.YES, Answer.NOT_SURE)).question()).isEqualTo(Question.LESS_INTRUSIVE_MEANS);
        Ruling<Void> consented = ProportionalityPolicy.decide(true, new DecisionFacts.Proportionality(Answer.NOT_SURE, Answer.NOT_SURE));
        assertThat(consented.ends()).isFalse();
        assertThat(consented.steps()).singleElement().satisfies(s -> assertThat(s.answer()).contains("only what is necessary"));
    }
}
