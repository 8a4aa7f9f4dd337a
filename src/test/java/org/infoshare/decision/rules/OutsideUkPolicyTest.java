package org.infoshare.decision.rules;

import org.infoshare.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutsideUkPolicyTest {

    @Test
    void safeguardsAllowItAndTheirAbsenceRefusesItUnlessProtectingSomeone() {
        assertThat(OutsideUkPolicy.decide(OutsideUk.YES_WITH_SAFEGUARDS, Answer.NOT_SURE, false).ends()).isFalse();
        assertThat(OutsideUkPolicy.decide(OutsideUk.YES_WITHOUT_SAFEGUARDS, Answer.YES, false).verdict()).isEqualTo(Outcome.DO_NOT_SHARE);
        Ruling<Void> protecting = OutsideUkPolicy.decide(OutsideUk.YES_WITHOUT_SAFEGUARDS, Answer.NOT_SURE, true);
        assertThat(protecting.question()).isEqualTo(Question.OUTSIDE_UK_EXCEPTION);
        assertThat(protecting.adviser()).isEqualTo(Role.DATA_PROTECTION_OFFICER);
        assertThat(OutsideUkPolicy.decide(OutsideUk.YES_WITHOUT_SAFEGUARDS, Answer.YES, true).ends()).isFalse();
        assertThat(OutsideUkPolicy.decide(OutsideUk.NOT_SURE, Answer.YES, true).question()).isEqualTo(Question.OUTSIDE_UK_SAFEGUARDS);
        assertThat(OutsideUkPolicy.decide(OutsideUk.NO, Answer.NOT_SURE, false).steps()).isEmpty();
    }
}
