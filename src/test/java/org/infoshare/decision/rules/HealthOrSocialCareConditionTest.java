package org.infoshare.decision.rules;

import org.infoshare.directory.OrganisationType;
import org.infoshare.shared.SharingPurpose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.decision.rules.ConditionFixtures.codes;
import static org.infoshare.decision.rules.ConditionFixtures.facts;
import static org.infoshare.decision.rules.ConditionFixtures.notSought;

/** UK GDPR Art 9(2)(h) with DPA 2018 Sch 1 para 2: health or social care purposes. */
class HealthOrSocialCareConditionTest {

    private final HealthOrSocialCareCondition condition = HealthOrSocialCareCondition.INSTANCE;
    private final ConsentStanding notSought = notSought(NotSoughtReason.NOT_REASONABLE);

    @Test
    void metForCareBetweenCareProviders() {
        assertThat(codes(condition.special(facts(CaseFacts.NHS, OrganisationType.LOCAL_AUTHORITY, SharingPurpose.HEALTH_AND_CARE, notSought, false, Reasons.NONE))))
                .containsExactly("UKGDPR-A9-2H", "DPA18-S1-2");
    }

    @Test
    void notMetWhenTheRecipientProvidesNoCareAndNotRelevantOtherwise() {
        ConditionTest police = condition.special(facts(CaseFacts.COUNCIL, OrganisationType.POLICE, SharingPurpose.SAFEGUARDING_CHILD, notSought, false, Reasons.NONE));
        assertThat(police.met()).isFalse();
        assertThat(police.reason()).contains("not a health or social care body");
        assertThat(condition.special(facts(CaseFacts.POLICE, OrganisationType.HEALTH, SharingPurpose.HEALTH_AND_CARE, notSought, false, Reasons.NONE)).relevant()).isFalse();
        assertThat(condition.special(facts(CaseFacts.NHS, OrganisationType.HEALTH, SharingPurpose.PUBLIC_PROTECTION, notSought, false, Reasons.NONE)).relevant()).isFalse();
        assertThat(condition.criminal(facts(CaseFacts.NHS, OrganisationType.HEALTH, SharingPurpose.HEALTH_AND_CARE, notSought, false, Reasons.NONE)).relevant()).isFalse();
    }
}
