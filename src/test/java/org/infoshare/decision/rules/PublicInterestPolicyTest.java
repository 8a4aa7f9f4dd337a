package org.infoshare.decision.rules;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicInterestPolicyTest {

    @Test
    void listsTheCriteriaMetInTheirOrder() {
        Ruling<Set<PublicInterest>> r = PublicInterestPolicy.decide(EnumSet.of(PublicInterest.DETECTING_CRIME, PublicInterest.PROTECTING_VULNERABLE));
        assertThat(r.established()).hasSize(2);
        assertThat(r.steps()).singleElement().satisfies(s -> assertThat(s.answer())
                .isEqualTo("Yes: protecting vulnerable members of the community; detecting crime"));
        assertThat(PublicInterestPolicy.decide(Set.of()).steps()).isEmpty();
    }
}
