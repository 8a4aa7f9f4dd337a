package org.infoshare.agreement;

import java.util.List;
import java.util.UUID;

import org.infoshare.directory.DemoDirectory;
import org.infoshare.legal.DataCategory;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What other modules read: the demo agreements through {@link AgreementRegister}. */
@IntegrationTest
class AgreementRegisterIT {

    @Autowired
    AgreementRegister register;

    @Autowired
    DemoPartnership demo;

    @Test
    void theSupportingFamiliesAgreementIsInForceBetweenCouncilAndPolice() {
        UUID council = demo.organisation(DemoDirectory.COUNCIL).id();
        UUID police = demo.organisation(DemoDirectory.POLICE).id();
        List<AgreementTerms> between = register.between(council, police);
        AgreementTerms families = between.stream().filter(t -> t.title().equals(DemoAgreements.SUPPORTING_FAMILIES)).findFirst().orElseThrow();
        assertThat(families.inForce()).isTrue();
        assertThat(families.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(families.covers(police, council)).isTrue();
        assertThat(families.provisionCodes()).contains("UKGDPR-A6-1E", "UKGDPR-A9-2G", "DPA18-S1-18", "DPA18-S35-5", "DPA18-S8-4", "DEA2017-P5");
        assertThat(families.item("crime-quarter")).hasValueSatisfying(item -> {
            assertThat(item.category()).isEqualTo(DataCategory.CRIMINAL_OFFENCE);
            assertThat(item.mayGoTo(council)).isTrue();
            assertThat(item.mayGoTo(police)).isFalse();
        });
        assertThat(families.transferMethods()).doesNotContainNull().contains(TransferMethod.ENCRYPTED_EMAIL);
        assertThat(register.terms(families.agreementId())).contains(families);
    }

    @Test
    void theFamilySafeguardingAgreementAwaitsASignatureAndIsNotInForce() {
        UUID council = demo.organisation(DemoDirectory.COUNCIL).id();
        UUID charity = demo.organisation(DemoDirectory.CHARITY).id();
        AgreementTerms safeguarding = register.between(charity, council).stream()
                .filter(t -> t.title().equals(DemoAgreements.FAMILY_SAFEGUARDING)).findFirst().orElseThrow();
        assertThat(safeguarding.status()).isEqualTo(AgreementStatus.AWAITING_SIGNATURES);
        assertThat(safeguarding.inForce()).isFalse();
        assertThat(safeguarding.parties()).hasSize(5);
        UUID school = demo.organisation(DemoDirectory.SCHOOL).id();
        assertThat(register.between(school, council)).isEmpty();
        assertThat(register.terms(UUID.randomUUID())).isEmpty();
    }
}
