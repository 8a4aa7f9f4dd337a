package org.infoshare.consent;

import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.Pseudonymiser;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.ledger.rules.RecordFinding;
import org.infoshare.shared.Actor;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.NotAsRecordedException;
import org.springframework.stereotype.Component;

/**
 * A consent record as an HL7 FHIR R4 Consent resource, for NHS partners. The person is referred to by a
 * keyed pseudonym under the holding organisation's key, never by name or NHS number; recipients are the
 * provision's actors, purposes its purposes.
 */
@Component
public class ConsentFhirExport {

    static final String PURPOSE_SYSTEM = "https://infoshare.example/fhir/CodeSystem/sharing-purpose";

    private final ConsentRegister register;
    private final DirectoryLookup directory;
    private final Pseudonymiser pseudonymiser;
    private final RecordDigests digests;
    private final FhirContext fhir = FhirContext.forR4Cached();

    ConsentFhirExport(ConsentRegister register, DirectoryLookup directory, Pseudonymiser pseudonymiser, RecordDigests digests) {
        this.digests = digests;
        this.register = register;
        this.directory = directory;
        this.pseudonymiser = pseudonymiser;
    }

    /**
     * The FHIR JSON (application/fhir+json) of one of the caller's organisation's consent records. Refused when the record
     * is not as the ledger recorded it (ADR 0063): another system would take the resource as the consent, with no warning.
     */
    public String json(Actor actor, UUID id) {
        ConsentRecord record = register.consent(actor, id);
        digests.check(ProtectedRecords.CONSENT, record.id()).ifPresent(finding -> {
            throw new NotAsRecordedException(finding.kind() == RecordFinding.Kind.ADDED
                    ? NotAsRecordedException.Kind.ADDED : NotAsRecordedException.Kind.CHANGED, "/consents/" + record.id());
        });
        return fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource(record));
    }

    Consent resource(ConsentRecord record) {
        Consent consent = new Consent();
        consent.setId(record.id().toString());
        consent.addIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + record.id()));
        consent.setStatus(switch (record.status()) {
            case GIVEN -> Consent.ConsentState.ACTIVE;
            case REFUSED -> Consent.ConsentState.REJECTED;
            case WITHDRAWN, EXPIRED -> Consent.ConsentState.INACTIVE;
        });
        consent.setScope(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", "Privacy Consent")));
        consent.addCategory(new CodeableConcept(new Coding("http://loinc.org", "59284-0", "Patient Consent")));
        String pseudonym = pseudonymiser.forScope(KeyScope.organisation(record.organisationId())).apply("subject:" + record.subjectId());
        Reference patient = new Reference("Patient/" + pseudonym);
        consent.setPatient(patient);
        consent.setDateTime(Date.from(record.givenAt()));
        consent.addPerformer(record.givenBy() == GivenBy.PERSON
                ? new Reference("Patient/" + pseudonym)
                : new Reference().setDisplay(record.givenBy().label()));
        consent.addOrganization(organisation(record.organisationId()));
        boolean permit = record.status() != ConsentStatus.REFUSED;
        consent.setPolicyRule(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode",
                permit ? "OPTIN" : "OPTOUT", permit ? "opt-in" : "opt-out")));
        Consent.ProvisionComponent provision = consent.getProvision();
        provision.setType(record.status() == ConsentStatus.REFUSED || record.status() == ConsentStatus.WITHDRAWN
                ? Consent.ConsentProvisionType.DENY : Consent.ConsentProvisionType.PERMIT);
        Period period = new Period().setStart(date(record.validFrom()));
        if (record.validUntil() != null) {
            period.setEnd(date(record.validUntil().plusDays(1)));
        }
        provision.setPeriod(period);
        for (UUID recipient : record.recipients().stream().sorted().toList()) {
            provision.addActor(new Consent.provisionActorComponent()
                    .setRole(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", "information recipient")))
                    .setReference(organisation(recipient)));
        }
        for (SharingPurpose purpose : record.purposes()) {
            provision.addPurpose(new Coding(PURPOSE_SYSTEM, purpose.name(), purpose.label()));
        }
        return consent;
    }

    private Reference organisation(UUID id) {
        Reference reference = new Reference("Organization/" + id);
        directory.organisation(id).map(Organisation::name).ifPresent(reference::setDisplay);
        return reference;
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(UkCalendar.ZONE).toInstant());
    }
}
