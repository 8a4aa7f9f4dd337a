package org.infoshare.decision.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConfidentialityPolicyTest {

    @Test
    void establishesWhetherTheDutyOfConfidenceIsEngaged() {
        assertThat(ConfidentialityPolicy.decide(false, true, false).established()).isEqualTo(Confidentiality.NOT_PERSONAL);
        assertThat(ConfidentialityPolicy.decide(true, false, false).established()).isEqualTo(Confidentiality.NOT_CONFIDENTIAL);
        assertThat(ConfidentialityPolicy.decide(true, true, false).established()).isEqualTo(Confidentiality.CONFIDENTIAL);
    }

    @Test
    void notConfidentialSaysThatNoConsentQuestionArisesAndDeathIsNoted() {
        assertThat(ConfidentialityPolicy.decide(true, false, false).steps()).last()
                .satisfies(s -> assertThat(s.explanation()).contains("no consent question"));
        assertThat(ConfidentialityPolicy.decide(true, true, true).steps()).anyMatch(s -> s.citation().equals("002 §4.2"));
        assertThat(ConfidentialityPolicy.decide(true, true, true).ends()).isFalse();
    }
}
