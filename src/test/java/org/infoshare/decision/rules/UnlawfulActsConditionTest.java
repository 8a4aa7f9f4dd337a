package org.infoshare.decision.rules;

import java.util.List;
import java.util.Set;

import org.infoshare.directory.OrganisationType;
import org.infoshare.shared.SharingPurpose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.decision.rules.ConditionFixtures.codes;
import static org.infoshare.decision.rules.ConditionFixtures.facts;
import static org.infoshare.decision.rules.ConditionFixtures.notSought;

/** DPA 2018 Sch 1 para 10: preventing or detecting unlawful acts, without consent so as not to prejudice that. */
class UnlawfulActsConditionTest {

    private final UnlawfulActsCondition condition = UnlawfulActsCondition.INSTANCE;
    private final Reasons crime = ConditionFixtures.reasons(false, false, List.of(), Set.of(PublicInterest.PREVENTING_CRIME));

    private ConditionFacts council(ConsentStanding consent, Reasons reasons, SharingPurpose purpose) {
        return facts(CaseFacts.COUNCIL, OrganisationType.POLICE, purpose, consent, false, reasons);
    }

    @Test
    void metWhenSeekingConsentWouldPrejudiceThePreventionOfCrime() {
        ConditionTest test = condition.special(council(notSought(NotSoughtReason.WOULD_PREJUDICE_INVESTIGATION), crime, SharingPurpose.SAFEGUARDING_CHILD));
        assertThat(codes(test)).containsExactly("UKGDPR-A9-2G", "DPA18-S1-10");
        assertThat(codes(condition.criminal(council(notSought(NotSoughtReason.WOULD_PREJUDICE_INVESTIGATION), Reasons.NONE,
                SharingPurpose.PREVENTING_DETECTING_CRIME)))).containsExactly("UKGDPR-A10", "DPA18-S1-10", "DPA18-S1-36");
    }

    @Test
    void notMetMerelyBecauseConsentWasSoughtAndRefused() {
        ConditionTest refused = condition.special(council(ConditionFixtures.refused(), crime, SharingPurpose.SAFEGUARDING_CHILD));
        assertThat(refused.met()).isFalse();
        assertThat(refused.reason()).contains("sought and refused");
    }

    @Test
    void notMetForAnotherReasonNotToSeekConsentAndNotRelevantWithoutCrime() {
        assertThat(condition.special(council(notSought(NotSoughtReason.WOULD_PLACE_CHILD_AT_RISK), crime, SharingPurpose.SAFEGUARDING_CHILD)).met()).isFalse();
        assertThat(condition.special(council(notSought(NotSoughtReason.WOULD_PREJUDICE_INVESTIGATION), Reasons.NONE, SharingPurpose.EARLY_HELP)).relevant()).isFalse();
        assertThat(condition.sensitiveLawEnforcement(council(notSought(NotSoughtReason.WOULD_PREJUDICE_INVESTIGATION), crime, SharingPurpose.PREVENTING_DETECTING_CRIME))
                .relevant()).isFalse();
    }
}
