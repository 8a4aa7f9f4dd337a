package org.infoshare.decision.rules;

import java.util.List;

import org.infoshare.agreement.TransferMethod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HowPolicyTest {

    private static List<DecisionResult.ItemDecision> shared(DecisionFacts f) {
        return f.items().stream().map(i -> new DecisionResult.ItemDecision(i.code(), i.label(), i.category(), i.specialCategory(), i.opinion(), "ok")).toList();
    }

    @Test
    void aMeetingIsApprovedAndTheTelephoneOnlyWhenUrgent() {
        DecisionFacts routine = CaseFacts.childAtRiskReferral().build();
        DecisionResult.Conditions c = HowPolicy.decide(routine, null, true, shared(routine), false).established();
        assertThat(c.secureMethods()).contains(TransferMethod.MEETING).doesNotContain(TransferMethod.TELEPHONE);
        assertThat(c.notes()).anyMatch(n -> n.contains("meeting"));
        CaseFacts urgentFacts = CaseFacts.childAtRiskReferral();
        urgentFacts.urgency = Urgency.URGENT;
        DecisionFacts urgent = urgentFacts.build();
        DecisionResult.Conditions u = HowPolicy.decide(urgent, null, true, shared(urgent), false).established();
        assertThat(u.secureMethods()).contains(TransferMethod.TELEPHONE);
        assertThat(u.confirmInWriting()).isTrue();
    }

    @Test
    void thePersonIsToldUnlessARecordedReasonSaysNot() {
        DecisionFacts f = CaseFacts.childAtRiskReferral().build();
        assertThat(HowPolicy.decide(f, null, true, shared(f), false).established().informPerson()).isFalse();
        CaseFacts noReason = CaseFacts.childAtRiskReferral();
        noReason.inform = new DecisionFacts.Inform(Answer.NO, null);
        DecisionFacts g = noReason.build();
        assertThat(HowPolicy.decide(g, null, true, shared(g), false).established().informPerson()).isTrue();
        assertThat(HowPolicy.decide(f, null, true, shared(f), true).established().notes()).anyMatch(n -> n.contains("in confidence"));
    }

    @Test
    void methodsAreListedInTheVocabularysOrder() {
        DecisionFacts f = CaseFacts.childAtRiskReferral().build();
        assertThat(List.copyOf(HowPolicy.decide(f, null, true, shared(f), false).established().secureMethods()))
                .isSortedAccordingTo(java.util.Comparator.naturalOrder());
    }
}
