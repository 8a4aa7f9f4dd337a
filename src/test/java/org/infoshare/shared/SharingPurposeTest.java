package org.infoshare.shared;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharingPurposeTest {

    @Test
    void onlyTheCrimeAndOffenderPurposesAreLawEnforcementPurposes() {
        assertThat(Arrays.stream(SharingPurpose.values()).filter(SharingPurpose::lawEnforcement))
                .containsExactlyInAnyOrder(SharingPurpose.PREVENTING_DETECTING_CRIME, SharingPurpose.PUBLIC_PROTECTION);
    }

    @Test
    void noPurposeIsBothLawEnforcementAndCare() {
        assertThat(SharingPurpose.values()).noneMatch(p -> p.lawEnforcement() && p.care());
        assertThat(SharingPurpose.values()).allSatisfy(p -> assertThat(p.label()).isNotBlank());
    }
}
