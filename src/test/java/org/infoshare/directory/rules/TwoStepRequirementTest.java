package org.infoshare.directory.rules;

import java.util.EnumSet;
import java.util.Set;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TwoStepRequirementTest {

    @Test
    void theDefaultCoversThoseWhoGovernAndAuditTheInformation() {
        assertThat(TwoStepRequirement.DEFAULT_ROLES).containsExactlyInAnyOrder(Role.DATA_PROTECTION_OFFICER,
                Role.CALDICOTT_GUARDIAN, Role.PARTNERSHIP_ADMINISTRATOR, Role.AUDITOR);
    }

    @Test
    void anyOneRequiredRoleIsEnough() {
        assertThat(TwoStepRequirement.of(Actor.Kind.PERSON, Set.of(Role.PRACTITIONER, Role.AUDITOR), TwoStepRequirement.DEFAULT_ROLES))
                .isEqualTo(new TwoStepRequirement.Verdict(true, TwoStepRequirement.Reason.ROLE_REQUIRES_IT));
        assertThat(TwoStepRequirement.of(Actor.Kind.PERSON, Set.of(Role.PRACTITIONER, Role.MANAGER), TwoStepRequirement.DEFAULT_ROLES))
                .isEqualTo(new TwoStepRequirement.Verdict(false, TwoStepRequirement.Reason.NO_ROLE_REQUIRES_IT));
        assertThat(TwoStepRequirement.of(Actor.Kind.PERSON, Set.of(Role.PRACTITIONER), EnumSet.noneOf(Role.class)).required()).isFalse();
        assertThat(TwoStepRequirement.of(Actor.Kind.PERSON, Set.of(Role.PRACTITIONER), Set.of(Role.PRACTITIONER)).required()).isTrue();
    }

    @Test
    void partnerSystemsNeverOweASecondStep() {
        assertThat(TwoStepRequirement.of(Actor.Kind.SYSTEM, Set.of(Role.AUDITOR), EnumSet.allOf(Role.class)))
                .isEqualTo(new TwoStepRequirement.Verdict(false, TwoStepRequirement.Reason.SYSTEM_ACCOUNT));
    }
}
