package org.infoshare.decision.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.legal.DataCategory;
import org.infoshare.shared.SharingPurpose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.decision.rules.CaseFacts.COUNCIL;
import static org.infoshare.decision.rules.CaseFacts.POLICE;

class MinimisationPolicyTest {

    private static final LawfulBasisPolicy.LawfulBasis OPEN = new LawfulBasisPolicy.LawfulBasis(List.of(), null, null, "a public task", false);

    @Test
    void unnecessaryItemsAndCategoriesWithoutAConditionAreWithheld() {
        List<DecisionFacts.RequestedItem> items = List.of(CaseFacts.item("address"), CaseFacts.item("mental-health"),
                new DecisionFacts.RequestedItem("date-of-birth", "Date of birth", DataCategory.PERSONAL, null, false, false, false));
        LawfulBasisPolicy.LawfulBasis noArticle9 = new LawfulBasisPolicy.LawfulBasis(List.of(), "No Article 9 condition", null, "a public task", false);
        MinimisationPolicy.Items result = MinimisationPolicy.decide(items, null, POLICE, noArticle9, false).established();
        assertThat(result.shared()).extracting(DecisionResult.ItemDecision::code).containsExactly("address");
        assertThat(result.withheld()).extracting(DecisionResult.ItemDecision::reason).containsExactly("No Article 9 condition",
                "Not necessary for the purpose, so it is not shared (003 golden rule 6; 000 §4.1).");
    }

    @Test
    void anAgreementLimitsItemsToThoseItAllowsThisRecipient() {
        ApplicableAgreement agreement = new ApplicableAgreement(UUID.randomUUID(), "ISA", "A", true, "Active", true, true, CaseFacts.TODAY, Set.of(COUNCIL, POLICE),
                Set.of(SharingPurpose.SAFEGUARDING_CHILD), ApplicableAgreement.itemsByCode(List.of(
                new ApplicableAgreement.AgreementItem("address", "Address", DataCategory.PERSONAL, null, Set.of(COUNCIL)))), Set.of(), Map.of());
        Ruling<MinimisationPolicy.Items> r = MinimisationPolicy.decide(List.of(CaseFacts.item("address")), agreement, POLICE, OPEN, false);
        assertThat(r.verdict()).isEqualTo(Outcome.DO_NOT_SHARE);
        assertThat(r.established().withheld().get(0).reason()).contains("does not allow this item to go to this recipient");
    }

    @Test
    void aChildAtRiskReachesOnlyWhatProtectsTheChild() {
        List<DecisionFacts.RequestedItem> items = List.of(CaseFacts.item("address"),
                new DecisionFacts.RequestedItem("mental-health", "Mental health", DataCategory.SPECIAL_CATEGORY, null, false, true, false, false));
        MinimisationPolicy.Items result = MinimisationPolicy.decide(items, null, POLICE, OPEN, true).established();
        assertThat(result.shared()).extracting(DecisionResult.ItemDecision::code).containsExactly("address");
        assertThat(result.withheld().get(0).reason()).contains("004 §1");
        assertThat(MinimisationPolicy.decide(items, null, POLICE, OPEN, false).established().shared()).hasSize(2);
    }
}
