package org.infoshare.decision.rules;

import org.infoshare.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.decision.rules.CaseFacts.NHS;
import static org.infoshare.decision.rules.CaseFacts.POLICE;

class ConfidenceOwedPolicyTest {

    private static DecisionFacts.ConfidenceOwed owed(Consultation consultation, Answer adviser) {
        return new DecisionFacts.ConfidenceOwed(NHS, consultation, adviser);
    }

    @Test
    void aConsultationThatAgreesIsRecordedAndGoesOn() {
        Ruling<Consultation> r = ConfidenceOwedPolicy.decide(owed(Consultation.AGREED, null), true, POLICE, Urgency.ROUTINE);
        assertThat(r.established()).isEqualTo(Consultation.AGREED);
        assertThat(r.ends()).isFalse();
    }

    @Test
    void anObjectionGoesToTheDpoWhoseAnswerSettlesIt() {
        assertThat(ConfidenceOwedPolicy.decide(owed(Consultation.OBJECTED, null), true, POLICE, Urgency.IMMEDIATE).adviser()).isEqualTo(Role.DATA_PROTECTION_OFFICER);
        assertThat(ConfidenceOwedPolicy.decide(owed(Consultation.OBJECTED, Answer.YES), true, POLICE, Urgency.ROUTINE).established()).isEqualTo(Consultation.OBJECTED);
        assertThat(ConfidenceOwedPolicy.decide(owed(Consultation.OBJECTED, Answer.NO), true, POLICE, Urgency.ROUTINE).verdict()).isEqualTo(Outcome.DO_NOT_SHARE);
    }

    @Test
    void notConsultedIsAcceptedOnlyWhenUrgentOrAnAdviserSaysSo() {
        assertThat(ConfidenceOwedPolicy.decide(owed(Consultation.NOT_CONSULTED, null), true, POLICE, Urgency.ROUTINE).question())
                .isEqualTo(Question.ORIGINATOR_CONSULTATION);
        assertThat(ConfidenceOwedPolicy.decide(owed(Consultation.NOT_CONSULTED, null), true, POLICE, Urgency.URGENT).established())
                .isEqualTo(Consultation.NOT_CONSULTED);
        assertThat(ConfidenceOwedPolicy.decide(owed(Consultation.NOT_CONSULTED, Answer.NO), true, POLICE, Urgency.URGENT).verdict())
                .isEqualTo(Outcome.DO_NOT_SHARE);
    }

    @Test
    void nothingToAskWithoutAnOverrideOrWhenSharingBackToTheOriginator() {
        assertThat(ConfidenceOwedPolicy.decide(owed(Consultation.NOT_CONSULTED, null), false, POLICE, Urgency.ROUTINE).steps()).isEmpty();
        assertThat(ConfidenceOwedPolicy.decide(owed(Consultation.NOT_CONSULTED, null), true, NHS, Urgency.ROUTINE).established()).isNull();
        assertThat(ConfidenceOwedPolicy.decide(null, true, POLICE, Urgency.ROUTINE).established()).isNull();
    }
}
