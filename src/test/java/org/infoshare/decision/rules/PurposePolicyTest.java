package org.infoshare.decision.rules;

import org.infoshare.shared.Role;
import org.infoshare.shared.SharingPurpose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PurposePolicyTest {

    @Test
    void aLegitimatePurposeGoesOn() {
        Ruling<Void> r = PurposePolicy.decide(false, SharingPurpose.SAFEGUARDING_CHILD, Answer.YES, true);
        assertThat(r.ends()).isFalse();
        assertThat(r.steps()).singleElement().satisfies(s -> assertThat(s.answer()).startsWith("Yes: Safeguarding a child"));
    }

    @Test
    void noPurposeIsDoNotShareAndNotSureGoesToTheDpo() {
        assertThat(PurposePolicy.decide(false, SharingPurpose.EARLY_HELP, Answer.NO, true).verdict()).isEqualTo(Outcome.DO_NOT_SHARE);
        Ruling<Void> unsure = PurposePolicy.decide(false, SharingPurpose.EARLY_HELP, Answer.NOT_SURE, true);
        assertThat(unsure.verdict()).isEqualTo(Outcome.SEEK_ADVICE);
        assertThat(unsure.adviser()).isEqualTo(Role.DATA_PROTECTION_OFFICER);
        assertThat(unsure.question()).isEqualTo(Question.PURPOSE_LEGITIMATE);
    }

    @Test
    void askingForAdviceComesFirstAndPlanningNeedsNoIdentifiableData() {
        assertThat(PurposePolicy.decide(true, SharingPurpose.EARLY_HELP, Answer.NO, true).question()).isEqualTo(Question.PRACTITIONER_ASKED);
        assertThat(PurposePolicy.decide(false, SharingPurpose.SERVICE_PLANNING, Answer.YES, true).summary()).contains("anonymised");
        assertThat(PurposePolicy.decide(false, SharingPurpose.SERVICE_PLANNING, Answer.YES, false).ends()).isFalse();
    }
}
