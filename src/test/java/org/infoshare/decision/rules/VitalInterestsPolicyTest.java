package org.infoshare.decision.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VitalInterestsPolicyTest {

    @Test
    void someonesLifeIsAReasonAndUncertaintyGoesToAnAdviser() {
        assertThat(VitalInterestsPolicy.decide(Answer.YES).established()).isTrue();
        assertThat(VitalInterestsPolicy.decide(Answer.NO).established()).isFalse();
        assertThat(VitalInterestsPolicy.decide(Answer.NO).steps()).isEmpty();
        assertThat(VitalInterestsPolicy.decide(Answer.NOT_SURE).question()).isEqualTo(Question.VITAL_INTERESTS);
    }
}
