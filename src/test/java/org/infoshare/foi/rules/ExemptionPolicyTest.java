package org.infoshare.foi.rules;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A concern names exemptions of the request's own regime. */
class ExemptionPolicyTest {

    @Test
    void exemptionsOfTheRequestsOwnRegimeFit() {
        assertThat(ExemptionPolicy.check(Regime.FOI, Set.of(Exemption.S40_PERSONAL_INFORMATION, Exemption.S31_LAW_ENFORCEMENT)).allowed()).isTrue();
        assertThat(ExemptionPolicy.check(Regime.EIR, Set.of(Exemption.R13_PERSONAL_DATA)).allowed()).isTrue();
        assertThat(ExemptionPolicy.check(Regime.EIR, Set.of()).allowed()).isTrue();
    }

    @Test
    void anotherRegimesExemptionIsNamed() {
        assertThat(ExemptionPolicy.check(Regime.EIR, Set.of(Exemption.R13_PERSONAL_DATA, Exemption.S40_PERSONAL_INFORMATION)).misfit())
                .isEqualTo(Exemption.S40_PERSONAL_INFORMATION);
        assertThat(ExemptionPolicy.check(Regime.FOI, EnumSet.of(Exemption.R12_5_B_COURSE_OF_JUSTICE)).allowed()).isFalse();
    }

    @Test
    void everyExemptionBelongsToExactlyOneRegimeAndCitesIt() {
        for (Exemption e : Exemption.values()) {
            assertThat(e.citation()).startsWith(e.regime() == Regime.FOI ? "FOIA s" : "EIR reg ");
        }
    }
}
