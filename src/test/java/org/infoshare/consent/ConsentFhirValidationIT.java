package org.infoshare.consent;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Consent;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import org.infoshare.shared.Actor;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.subject.SubjectCommands;
import org.infoshare.subject.Subjects;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Exported consent records are valid FHIR R4 Consent resources, checked against the base specification offline. */
@IntegrationTest
class ConsentFhirValidationIT {

    private static FhirContext fhir;
    private static FhirValidator validator;

    @Autowired
    ConsentRegister register;

    @Autowired
    ConsentFhirExport export;

    @Autowired
    Subjects subjects;

    @Autowired
    DemoPartnership demo;

    @BeforeAll
    static void validator() {
        fhir = FhirContext.forR4Cached();
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(fhir),
                new InMemoryTerminologyServerValidationSupport(fhir),
                new CommonCodeSystemsTerminologyService(fhir),
                new SnapshotGeneratingValidationSupport(fhir));
        validator = fhir.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    @Test
    void givenRefusedAndWithdrawnConsentAreValidFhir() {
        Actor practitioner = demo.actor(DemoPartnership.COUNCIL_PRACTITIONER);
        UUID nhs = demo.organisation("Westshire Community Health NHS Trust").id();
        UUID police = demo.organisation("Westshire Police").id();
        UUID subject = subjects.record(practitioner, new SubjectCommands.RecordSubject("FHIR-" + UUID.randomUUID().toString().substring(0, 8),
                "Casey Example", java.time.LocalDate.of(1990, 4, 1))).id();
        ConsentRecord given = register.record(practitioner, new ConsentCommands.RecordConsent(subject, ConsentCommands.Answer.GIVEN,
                GivenBy.PERSON, null, Capacity.ASSUMED, true, ConsentMedium.WRITTEN, java.time.LocalDate.of(2026, 10, 1), null, null,
                Set.of(SharingPurpose.SAFEGUARDING_ADULT, SharingPurpose.HEALTH_AND_CARE), Set.of(nhs), null, java.time.LocalDate.of(2027, 10, 1)));
        ConsentRecord refused = register.record(practitioner, new ConsentCommands.RecordConsent(subject, ConsentCommands.Answer.REFUSED,
                GivenBy.PERSON, null, Capacity.ASSESSED_HAS_CAPACITY, true, ConsentMedium.VERBAL, java.time.LocalDate.of(2026, 10, 2),
                java.time.LocalTime.of(14, 5), "Does not want the police told about the hospital admission", Set.of(SharingPurpose.SAFEGUARDING_ADULT),
                Set.of(police), null, null));
        ConsentRecord withdrawn = register.withdraw(practitioner, given.id(), new ConsentCommands.WithdrawConsent(java.time.LocalDate.of(2026, 11, 1), null, "Changed mind"));

        for (ConsentRecord record : List.of(given, refused, withdrawn)) {
            Consent resource = export.resource(record);
            String json = fhir.newJsonParser().encodeResourceToString(resource);
            ValidationResult result = validator.validateWithResult(json);
            List<SingleValidationMessage> errors = result.getMessages().stream()
                    .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL).toList();
            assertThat(errors).as(json).isEmpty();
            assertThat(json).doesNotContain("Casey").doesNotContain(subject.toString());
        }
        assertThat(export.resource(given).getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
        assertThat(export.resource(refused).getStatus()).isEqualTo(Consent.ConsentState.REJECTED);
        assertThat(export.resource(refused).getProvision().getType()).isEqualTo(Consent.ConsentProvisionType.DENY);
        assertThat(export.resource(withdrawn).getStatus()).isEqualTo(Consent.ConsentState.INACTIVE);
        assertThat(export.resource(given).getProvision().getActor()).hasSize(1);
        assertThat(export.resource(given).getProvision().getPurpose()).hasSize(2);
    }
}
