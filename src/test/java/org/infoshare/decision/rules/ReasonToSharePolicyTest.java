package org.infoshare.decision.rules;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReasonToSharePolicyTest {

    private static final Reasons CHILD = new Reasons(false, true, false, false, List.of(), Set.of());
    private static final ConsentStanding REFUSED = new ConsentStanding(ConsentStanding.State.REFUSED, UUID.randomUUID(), false, null, false);
    private static final ConsentStanding NOT_SOUGHT = new ConsentStanding(ConsentStanding.State.NOT_SOUGHT, null, false, NotSoughtReason.NOT_REASONABLE, false);

    private static DecisionFacts.ConsentFacts stated(String justification, boolean declined) {
        return new DecisionFacts.ConsentFacts(null, null, justification, declined);
    }

    @Test
    void withoutAReasonConfidentialInformationIsNotShared() {
        assertThat(ReasonToSharePolicy.decide(Confidentiality.CONFIDENTIAL, NOT_SOUGHT, Reasons.NONE, stated(null, false), false).verdict())
                .isEqualTo(Outcome.DO_NOT_SHARE);
        assertThat(ReasonToSharePolicy.decide(Confidentiality.CONFIDENTIAL, REFUSED, Reasons.NONE, stated(null, false), false).summary())
                .contains("did not consent");
    }

    @Test
    void informationThatIsNotConfidentialNeedsNoFurtherReason() {
        ConsentStanding notEngaged = ConsentStanding.of(ConsentStanding.State.NOT_ENGAGED);
        Ruling<Boolean> r = ReasonToSharePolicy.decide(Confidentiality.NOT_CONFIDENTIAL, notEngaged, Reasons.NONE, stated(null, false), false);
        assertThat(r.ends()).isFalse();
        assertThat(r.steps()).isEmpty();
    }

    @Test
    void aRefusalIsOverriddenOnlyWithAJustification() {
        assertThat(ReasonToSharePolicy.decide(Confidentiality.CONFIDENTIAL, REFUSED, CHILD, stated("Injuries seen", false), false).established()).isTrue();
        Ruling<Boolean> none = ReasonToSharePolicy.decide(Confidentiality.CONFIDENTIAL, REFUSED, CHILD, stated(null, false), true);
        assertThat(none.question()).isEqualTo(Question.OVERRIDE_JUSTIFICATION);
        assertThat(none.adviser()).isEqualTo(Role.CALDICOTT_GUARDIAN);
        assertThat(ReasonToSharePolicy.decide(Confidentiality.CONFIDENTIAL, REFUSED, CHILD, stated(null, true), false).verdict()).isEqualTo(Outcome.DO_NOT_SHARE);
    }
}
