package org.infoshare.agreement.rules;

import java.util.ArrayList;
import java.util.List;

import org.infoshare.agreement.AgreementDocument.Purpose;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.shared.problem.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PurposeRulesTest {

    private static List<Violation> check(List<Purpose> purposes) {
        List<Violation> v = new ArrayList<>();
        PurposeRules.check(v, purposes);
        return v;
    }

    @Test
    void purposesAreCodesFromTheVocabularyWithOrWithoutWords() {
        assertThat(check(List.of(new Purpose(SharingPurpose.SAFEGUARDING_CHILD, null),
                new Purpose(SharingPurpose.EARLY_HELP, "Supporting families early")))).isEmpty();
    }

    @Test
    void atLeastOnePurposeIsChosen() {
        assertThat(check(List.of())).extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("purposes", ActivationRules.REQUIRED_ELEMENT));
    }

    @Test
    void aPurposeWithoutItsCodeIsRefusedWhereItStands() {
        List<Purpose> purposes = new ArrayList<>();
        purposes.add(new Purpose(SharingPurpose.SAFEGUARDING_CHILD, null));
        purposes.add(new Purpose(null, "Safeguarding children"));
        purposes.add(null);
        assertThat(check(purposes)).extracting(Violation::field).containsExactly("purposes[1].code", "purposes[2].code");
        assertThat(check(purposes)).extracting(Violation::rule).containsOnly(PurposeRules.PURPOSE_CODE);
    }

    @Test
    void eachCodeOnceAndAnotherPurposeSaysWhatItIs() {
        List<Violation> v = check(List.of(new Purpose(SharingPurpose.OTHER, " "), new Purpose(SharingPurpose.OTHER, "Audit")));
        assertThat(v).extracting(Violation::field, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("purposes[0].wording", PurposeRules.OTHER_NEEDS_WORDING),
                org.assertj.core.groups.Tuple.tuple("purposes[1].code", ActivationRules.DUPLICATE));
    }

    @Test
    void wordingIsHeldToTheLengthOfAnyText() {
        assertThat(check(List.of(new Purpose(SharingPurpose.EARLY_HELP, "x".repeat(ActivationRules.MAX_TEXT + 1)))))
                .extracting(Violation::field).containsExactly("purposes[0].wording");
    }
}
