package org.infoshare.decision.rules;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.decision.rules.ConditionFixtures.CHILD_AT_RISK;
import static org.infoshare.decision.rules.ConditionFixtures.notSought;

class LawfulBasisPolicyTest {

    private static List<String> codes(LawfulBasisPolicy.LawfulBasis basis) {
        return basis.chain().stream().map(DecisionResult.ChainLink::code).toList();
    }

    private static LawfulBasisPolicy.LawfulBasis decide(CaseFacts facts, ConsentStanding consent, boolean consentIsBasis, Reasons reasons,
                                                       LawfulBasisPolicy.Needs needs) {
        DecisionFacts f = facts.build();
        ConditionFacts c = new ConditionFacts(f.holder(), f.recipientType(), f.purpose(), consent, consentIsBasis, reasons);
        return LawfulBasisPolicy.decide(f, f.confidential() ? Confidentiality.CONFIDENTIAL : Confidentiality.NOT_CONFIDENTIAL, c, false, needs).established();
    }

    @Test
    void aPublicBodyWithConsentSharesUnderItsPublicTaskAndConsentMeetsConfidence() {
        LawfulBasisPolicy.LawfulBasis basis = decide(CaseFacts.childAtRiskReferral(), ConditionFixtures.covers(true), false, Reasons.NONE,
                new LawfulBasisPolicy.Needs(false, false));
        assertThat(codes(basis)).containsExactly("UKGDPR-A6-1E", "CL-CONFIDENCE");
        assertThat(basis.chain().get(1).why()).startsWith("Met");
        assertThat(basis.consentIsBasis()).isFalse();
    }

    @Test
    void aCategoryWithoutAConditionIsWithheldSayingWhatEachConditionLacked() {
        LawfulBasisPolicy.LawfulBasis basis = decide(CaseFacts.childAtRiskReferral(), notSought(NotSoughtReason.WOULD_PREJUDICE_INVESTIGATION), false,
                CHILD_AT_RISK, new LawfulBasisPolicy.Needs(true, true));
        assertThat(basis.specialWithheld()).contains("No Article 9 condition").contains("para 18(2)").contains("name the statutory gateway");
        assertThat(basis.criminalWithheld()).contains("Art 10");
        assertThat(codes(basis)).doesNotContain("DPA18-S1-18");
    }

    @Test
    void aCompetentAuthorityForLawEnforcementUsesPart3() {
        CaseFacts police = CaseFacts.childAtRiskReferral();
        police.holder = CaseFacts.holder(CaseFacts.POLICE);
        police.recipient = CaseFacts.COUNCIL;
        police.purpose = org.infoshare.shared.SharingPurpose.PREVENTING_DETECTING_CRIME;
        LawfulBasisPolicy.LawfulBasis basis = decide(police, notSought(NotSoughtReason.WOULD_PLACE_CHILD_AT_RISK), false, CHILD_AT_RISK,
                new LawfulBasisPolicy.Needs(true, false));
        assertThat(codes(basis)).startsWith("DPA18-S35-2", "DPA18-S35-5", "DPA18-S8-4").doesNotContain("UKGDPR-A6-1E");
    }

    @Test
    void theConfidenceLinkSaysHowTheDutyIsMetOrOverridden() {
        LawfulBasisPolicy.LawfulBasis overridden = decide(CaseFacts.childAtRiskReferral(), notSought(NotSoughtReason.WOULD_PLACE_CHILD_AT_RISK), false,
                CHILD_AT_RISK, new LawfulBasisPolicy.Needs(false, false));
        assertThat(overridden.chain()).anySatisfy(link -> assertThat(link.why()).startsWith("Overridden in the public interest (protecting a child"));
        assertThat(overridden.chain()).anySatisfy(link -> {
            assertThat(link.code()).isEqualTo("HRA1998-A8");
            assertThat(link.kind()).isEqualTo("CONSIDERATION");
        });
        CaseFacts open = CaseFacts.childAtRiskReferral();
        open.confidential = false;
        assertThat(decide(open, ConsentStanding.of(ConsentStanding.State.NOT_ENGAGED), false, Reasons.NONE, new LawfulBasisPolicy.Needs(false, false))
                .chain()).anySatisfy(link -> assertThat(link.why()).startsWith("Not confidential"));
    }

    @Test
    void gatewaysTheHolderCanUseJoinTheChain() {
        Reasons s47 = new Reasons(false, false, false, false, List.of(CaseFacts.gateway("CA1989-S47")), Set.of());
        assertThat(codes(decide(CaseFacts.childAtRiskReferral(), notSought(NotSoughtReason.NOT_REASONABLE), false, s47,
                new LawfulBasisPolicy.Needs(false, false)))).contains("CA1989-S47");
    }
}
