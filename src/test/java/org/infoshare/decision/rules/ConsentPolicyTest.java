package org.infoshare.decision.rules;

import java.util.Set;
import java.util.UUID;

import org.infoshare.shared.SharingPurpose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.decision.rules.CaseFacts.NHS;
import static org.infoshare.decision.rules.CaseFacts.POLICE;
import static org.infoshare.decision.rules.CaseFacts.TODAY;

class ConsentPolicyTest {

    private static final DecisionFacts.Person CHILD = new DecisionFacts.Person(9, false);
    private static final SharingPurpose PURPOSE = SharingPurpose.SAFEGUARDING_CHILD;

    private static Ruling<ConsentStanding> decide(Confidentiality c, DecisionFacts.ConsentEvidence record, NotSoughtReason reason) {
        return ConsentPolicy.decide(c, false, CHILD, new DecisionFacts.ConsentFacts(record, reason, null), PURPOSE, POLICE, TODAY);
    }

    private static DecisionFacts.ConsentEvidence given(boolean explicit, Set<UUID> to) {
        return new DecisionFacts.ConsentEvidence(UUID.randomUUID(), DecisionFacts.ConsentState.GIVEN, explicit, false, Set.of(PURPOSE), to,
                TODAY.minusDays(10), null, TODAY);
    }

    @Test
    void consentForThisPurposeAndRecipientCovers() {
        DecisionFacts.ConsentEvidence record = given(true, Set.of(POLICE));
        ConsentStanding standing = decide(Confidentiality.CONFIDENTIAL, record, null).established();
        assertThat(standing.covers()).isTrue();
        assertThat(standing.explicit()).isTrue();
        assertThat(standing.consentId()).isEqualTo(record.consentId());
    }

    @Test
    void partialConsentNamingAnotherRecipientDoesNotCover() {
        assertThat(decide(Confidentiality.CONFIDENTIAL, given(true, Set.of(NHS)), null).established().state())
                .isEqualTo(ConsentStanding.State.NOT_FOR_THIS_SHARE);
    }

    @Test
    void notConfidentialAsksNoConsentQuestion() {
        Ruling<ConsentStanding> r = decide(Confidentiality.NOT_CONFIDENTIAL, null, null);
        assertThat(r.ends()).isFalse();
        assertThat(r.established().state()).isEqualTo(ConsentStanding.State.NOT_ENGAGED);
        assertThat(r.steps()).noneMatch(s -> s.answer().startsWith("Not sought"));
    }

    @Test
    void aMissingReasonIsAskedForNeverARefusal() {
        Ruling<ConsentStanding> r = decide(Confidentiality.CONFIDENTIAL, null, null);
        assertThat(r.verdict()).isEqualTo(Outcome.SEEK_ADVICE);
        assertThat(r.question()).isEqualTo(Question.CONSENT_NOT_SOUGHT_REASON);
    }

    @Test
    void aRecordedReasonIsKeptWithItsPara18Meaning() {
        ConsentStanding notSought = decide(Confidentiality.CONFIDENTIAL, null, NotSoughtReason.NOT_THE_BASIS).established();
        assertThat(notSought.state()).isEqualTo(ConsentStanding.State.NOT_SOUGHT);
        assertThat(notSought.withoutConsent()).isNull();
        assertThat(decide(Confidentiality.CONFIDENTIAL, null, NotSoughtReason.CANNOT_BE_GIVEN).established().unableToConsent()).isTrue();
    }

    @Test
    void aRefusalForThisShareIsAgainstAndALegalDutyOrDeathSetsConsentAside() {
        DecisionFacts.ConsentEvidence refusal = new DecisionFacts.ConsentEvidence(UUID.randomUUID(), DecisionFacts.ConsentState.REFUSED, true, false,
                Set.of(PURPOSE), Set.of(), TODAY.minusDays(5), null, TODAY);
        assertThat(decide(Confidentiality.CONFIDENTIAL, refusal, null).established().against()).isTrue();
        assertThat(ConsentPolicy.decide(Confidentiality.CONFIDENTIAL, true, CHILD, new DecisionFacts.ConsentFacts(refusal, null, null), PURPOSE, POLICE, TODAY)
                .established().state()).isEqualTo(ConsentStanding.State.REQUIRED_BY_LAW);
        assertThat(ConsentPolicy.decide(Confidentiality.CONFIDENTIAL, false, new DecisionFacts.Person(80, true), new DecisionFacts.ConsentFacts(null, null, null),
                PURPOSE, POLICE, TODAY).established().state()).isEqualTo(ConsentStanding.State.DECEASED);
    }

    @Test
    void expiredAndIncapableConsentDoNotCover() {
        DecisionFacts.ConsentEvidence expired = new DecisionFacts.ConsentEvidence(UUID.randomUUID(), DecisionFacts.ConsentState.GIVEN, true, false,
                Set.of(PURPOSE), Set.of(POLICE), TODAY.minusYears(1), TODAY.minusDays(1), TODAY);
        assertThat(decide(Confidentiality.CONFIDENTIAL, expired, null).steps().get(0).answer()).contains("expired");
        DecisionFacts.ConsentEvidence incapable = new DecisionFacts.ConsentEvidence(UUID.randomUUID(), DecisionFacts.ConsentState.GIVEN, true, true,
                Set.of(PURPOSE), Set.of(POLICE), TODAY.minusDays(3), null, TODAY);
        assertThat(decide(Confidentiality.CONFIDENTIAL, incapable, null).established().unableToConsent()).isTrue();
    }
}
