package org.infoshare.consent;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.readlog.ReadHow;
import org.infoshare.readlog.ReadLog;
import org.infoshare.readlog.RecordKind;
import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.web.PagedResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The consent register, its history, its FHIR export, and the notices a withdrawal raises. */
@RestController
@Tag(name = "Consent register")
@RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN}, personalData = true)
class ConsentApi {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    private final ConsentRegister register;
    private final ConsentWithdrawalNotices notices;
    private final ConsentFhirExport fhir;

    /** Who read a consent record is recorded (002 §4.5). */
    private final ReadLog reads;
    private final RecordDigests digests;

    ConsentApi(ConsentRegister register, ConsentWithdrawalNotices notices, ConsentFhirExport fhir, ReadLog reads, RecordDigests digests) {
        this.reads = reads;
        this.digests = digests;
        this.register = register;
        this.notices = notices;
        this.fhir = fhir;
    }

    @PostMapping("/api/v1/consents")
    @Operation(summary = "Record consent given or refused")
    ResponseEntity<ConsentRecord> record(Actor actor, @RequestBody ConsentCommands.RecordConsent command) {
        ConsentRecord record = register.record(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/consents/" + record.id())).body(record);
    }

    @GetMapping("/api/v1/consents")
    @Operation(summary = "Consent records about one person, or your organisation's register a page at a time, newest recorded first",
            description = "Without subjectId: paged (page from 1, size up to 100, 100 when not given) and narrowed by person (your "
                    + "organisation's reference), status (GIVEN, REFUSED, WITHDRAWN, EXPIRED), organisation (one the consent names) and "
                    + "from/to (days given or refused, both included). X-Total-Count gives how many match; the Link header the other pages.")
    ResponseEntity<List<ConsentRecord>> list(Actor actor, @RequestParam(required = false) UUID subjectId,
                                             @RequestParam(required = false) String person, @RequestParam(required = false) String status,
                                             @RequestParam(required = false) UUID organisation,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                             HttpServletRequest request) {
        if (subjectId != null) {
            return ResponseEntity.ok(register.forSubject(actor, subjectId));
        }
        ListFilter filter = new ListFilter(person, status, null, organisation, from, to);
        return PagedResponse.of(register.page(actor, filter, PagedResponse.request(page, size)), request);
    }

    @GetMapping("/api/v1/consents/{id}")
    @Operation(summary = "One consent record")
    ConsentRecord get(Actor actor, @PathVariable UUID id) {
        ConsentRecord record = register.consent(actor, id);
        reads.read(actor, RecordKind.CONSENT, record.id(), record.subjectId(), record.organisationId(), ReadHow.VIEWED);
        return record.read(digests.check(ProtectedRecords.CONSENT, record.id()));
    }

    @GetMapping("/api/v1/consents/{id}/history")
    @Operation(summary = "A consent record's history: given, refused, withdrawn")
    List<ConsentEvent> history(Actor actor, @PathVariable UUID id) {
        return register.history(actor, id);
    }

    @PostMapping("/api/v1/consents/{id}/withdrawal")
    @Operation(summary = "Record that consent was withdrawn; raises a notice for each recipient of a share that relied on it")
    ConsentRecord withdraw(Actor actor, @PathVariable UUID id, @RequestBody ConsentCommands.WithdrawConsent command) {
        return register.withdraw(actor, id, command);
    }

    @GetMapping(value = "/api/v1/consents/{id}/fhir", produces = "application/fhir+json")
    @Operation(summary = "The consent record as an HL7 FHIR R4 Consent resource",
            description = "Refused (409, naming recordIntegrity) when the record is not stored as the ledger recorded it.")
    ResponseEntity<String> asFhir(Actor actor, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(FHIR_JSON).body(fhir.json(actor, id));
    }

    @GetMapping("/api/v1/consent-withdrawal-notices")
    @Operation(summary = "Open notices: recipients to tell that consent a share relied on has been withdrawn")
    List<WithdrawalNotice> openNotices(Actor actor) {
        return notices.open(actor);
    }

    @PostMapping("/api/v1/consent-withdrawal-notices/{id}/done")
    @Operation(summary = "Mark a notice done: the recipient has been told")
    WithdrawalNotice done(Actor actor, @PathVariable UUID id) {
        return notices.markDone(actor, id);
    }
}
