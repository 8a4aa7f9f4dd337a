package org.infoshare.agreement;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.agreement.AgreementCommands.FileFormat;
import org.infoshare.agreement.AgreementViews.AgreementSummary;
import org.infoshare.agreement.AgreementViews.AgreementView;
import org.infoshare.agreement.files.AgreementFiles;
import org.infoshare.agreement.files.AgreementPrinter;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.access.SignedIn;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.shared.problem.Violation;
import org.infoshare.web.PagedResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Information sharing agreements: drafting, activation, signatures, amendments, reviews, termination, publication, files. */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements")
class AgreementApi {

    private final Agreements agreements;
    private final AgreementList list;
    private final DpiaAssessments dpias;
    private final AgreementReviews reviews;
    private final AgreementViews views;
    private final AgreementFiles files;
    private final AgreementPrinter printer;
    private final JsonMapper json;
    private final AgreementIntegrity integrity;

    AgreementApi(Agreements agreements, AgreementList list, DpiaAssessments dpias, AgreementReviews reviews, AgreementViews views, AgreementFiles files,
                 AgreementPrinter printer, JsonMapper json, AgreementIntegrity integrity) {
        this.integrity = integrity;
        this.agreements = agreements;
        this.list = list;
        this.dpias = dpias;
        this.reviews = reviews;
        this.views = views;
        this.files = files;
        this.printer = printer;
        this.json = json;
    }

    @GetMapping
    @SignedIn
    @Operation(summary = "The agreements you may read: your organisation's, and others' that have been in force; newest first, a page at a time",
            description = "Paged (page from 1, size up to 100, 100 when not given) and narrowed by status (DRAFT, AWAITING_SIGNATURES, ACTIVE, "
                    + "SUPERSEDED, TERMINATED: the version in force, or else the latest), organisation (the id of another party) and "
                    + "from/to (days started, both included). X-Total-Count gives how many match; the Link header the other pages.")
    ResponseEntity<List<AgreementSummary>> list(Actor actor, @RequestParam(required = false) String status,
                                                @RequestParam(required = false) UUID organisation,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, status, null, organisation, from, to);
        return PagedResponse.of(list.visibleTo(actor, filter, PagedResponse.request(page, size)).map(views::summary), request);
    }

    @PostMapping
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    @Operation(summary = "Start drafting an agreement, with your organisation as its first party")
    ResponseEntity<AgreementView> create(Actor actor, @RequestBody AgreementCommands.CreateAgreement command) {
        Agreement created = agreements.create(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + created.id())).body(views.view(created));
    }

    @GetMapping("/{id}")
    @SignedIn
    @Operation(summary = "One agreement, every version you may see, its signatures and reviews")
    AgreementView get(Actor actor, @PathVariable UUID id) {
        Agreement agreement = agreements.get(actor, id);
        return views.read(agreement, integrity.check(agreement.id()));
    }

    @PutMapping("/{id}/draft")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    @Operation(summary = "Replace the whole document of the draft (send the revision you read)")
    AgreementView saveDraft(Actor actor, @PathVariable UUID id, @RequestBody AgreementCommands.SaveDraft command) {
        return views.view(agreements.saveDraft(actor, id, command));
    }

    @GetMapping("/{id}/draft/sections/{section}")
    @SignedIn
    @Operation(summary = "One section of the draft (about, purpose, parties, lawful-basis, individuals, data, data-quality, security, retention, foi, review, obligations)")
    Map<String, Object> section(Actor actor, @PathVariable UUID id, @PathVariable String section) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = agreement.pending().orElseThrow(() -> new NotFoundException("Draft"));
        Map<String, Object> body = new LinkedHashMap<>(DocumentSections.slice(draft.document(), section(section)));
        body.put("revision", draft.revision());
        return body;
    }

    @PutMapping("/{id}/draft/sections/{section}")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    @Operation(summary = "Replace one section of the draft: send only that section's fields, with ?revision= the revision you read")
    AgreementView saveSection(Actor actor, @PathVariable UUID id, @PathVariable String section,
                              @RequestParam Integer revision, @RequestBody JsonNode body) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version draft = agreement.pending().orElseThrow(() -> new NotFoundException("Draft"));
        AgreementDocument document = DocumentSections.replace(json, draft.document(), section(section), body);
        return views.view(agreements.saveDraft(actor, id, new AgreementCommands.SaveDraft(document, revision)));
    }

    @GetMapping("/{id}/problems")
    @SignedIn
    @Operation(summary = "What still stops the draft being activated: every missing element and condition, by field and rule")
    List<Violation> problems(Actor actor, @PathVariable UUID id) {
        return agreements.problems(actor, id);
    }

    @PostMapping("/{id}/submission")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    @Operation(summary = "Submit the draft for signature; refused (422) with every missing element unless the activation rules all hold")
    AgreementView submit(Actor actor, @PathVariable UUID id) {
        return views.view(agreements.submit(actor, id));
    }

    @PostMapping("/{id}/reopening")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    @Operation(summary = "Take a version awaiting signatures back to draft; its signatures are void")
    AgreementView reopen(Actor actor, @PathVariable UUID id) {
        return views.view(agreements.reopen(actor, id));
    }

    @PostMapping("/{id}/versions/{version}/signatures")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN})
    @Operation(summary = "Sign a version for your organisation; the last party's signature activates it")
    ResponseEntity<AgreementView> sign(Actor actor, @PathVariable UUID id, @PathVariable int version) {
        return ResponseEntity.status(201).body(views.view(agreements.sign(actor, id, version)));
    }

    @PostMapping("/{id}/amendments")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    @Operation(summary = "Start a new version of the agreement in force; every party must sign it again")
    ResponseEntity<AgreementView> amend(Actor actor, @PathVariable UUID id) {
        return ResponseEntity.status(201).body(views.view(agreements.amend(actor, id)));
    }

    @GetMapping("/reviews-due")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.PARTNERSHIP_ADMINISTRATOR})
    @Operation(summary = "Reviews due, overdue or due within the given days (default 60) for your organisation's agreements in force")
    List<Map<String, Object>> reviewsDue(Actor actor, @RequestParam(defaultValue = "60") int withinDays) {
        return reviews.reviewsFor(actor, withinDays).stream().map(due -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("agreement", views.summary(due.agreement()));
            row.put("review", due.status());
            return row;
        }).toList();
    }

    @PostMapping("/{id}/reviews")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN})
    @Operation(summary = "Record a review: continue, amend (starts a new version) or terminate")
    ResponseEntity<AgreementView> review(Actor actor, @PathVariable UUID id, @RequestBody AgreementCommands.RecordReview command) {
        return ResponseEntity.status(201).body(views.view(reviews.review(actor, id, command)));
    }

    @PostMapping("/{id}/termination")
    @RolesAllowed(Role.DATA_PROTECTION_OFFICER)
    @Operation(summary = "Terminate the agreement: no new sharing under it; each party keeps what it holds as controller")
    AgreementView terminate(Actor actor, @PathVariable UUID id, @RequestBody AgreementCommands.Terminate command) {
        return views.view(reviews.terminate(actor, id, command));
    }

    @PostMapping("/{id}/publication")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    @Operation(summary = "Publish the agreement (002 §2.8): it becomes readable by anyone at /public/agreements/{id}")
    AgreementView publish(Actor actor, @PathVariable UUID id) {
        return views.view(agreements.publish(actor, id));
    }

    // --- DPIA -------------------------------------------------------------------------------------------

    @GetMapping("/{id}/dpia")
    @SignedIn
    @Operation(summary = "The DPIA of the version being drafted, or of the version in force")
    Dpia.State dpia(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Integer version) {
        Agreement agreement = agreements.get(actor, id);
        int number = version != null ? version : agreement.pending().orElse(agreement.current()).version();
        return dpias.dpia(actor, id, number);
    }

    @PutMapping("/{id}/dpia/screening")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    @Operation(summary = "Answer the DPIA screening questions; the answer says whether a full DPIA is needed and why")
    Dpia.State screen(Actor actor, @PathVariable UUID id, @RequestBody Dpia.ScreeningAnswers answers) {
        return dpias.screen(actor, id, answers);
    }

    @PutMapping("/{id}/dpia/assessment")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    @Operation(summary = "Record the full DPIA: benefits, risks to individuals and the organisation (including of not sharing), mitigations, residual risk, DPO advice")
    Dpia.State assess(Actor actor, @PathVariable UUID id, @RequestBody AgreementCommands.AssessDpia command) {
        return dpias.assess(actor, id, command);
    }

    @PostMapping("/{id}/dpia/sign-off")
    @RolesAllowed(Role.DATA_PROTECTION_OFFICER)
    @Operation(summary = "Sign off the DPIA as a party's Data Protection Officer")
    Dpia.State signOff(Actor actor, @PathVariable UUID id) {
        return dpias.signOffDpia(actor, id);
    }

    // --- files ------------------------------------------------------------------------------------------

    @GetMapping("/{id}/export")
    @SignedIn
    @Operation(summary = "The agreement as code: YAML (default) or JSON, of the version in force or the one given",
            description = "Refused (409, naming recordIntegrity) when the agreement is not stored as the ledger recorded it.")
    ResponseEntity<String> export(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "yaml") String format,
                                  @RequestParam(required = false) Integer version) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version chosen = version == null ? agreement.current()
                : agreement.version(version).orElseThrow(() -> new NotFoundException("Agreement version"));
        FileFormat fileFormat = format(format);
        integrity.requireIntact(agreement, "/agreements/" + id);
        String body = files.export(agreement, chosen, fileFormat);
        String extension = fileFormat == FileFormat.YAML ? "yaml" : "json";
        return ResponseEntity.ok()
                .contentType(fileFormat == FileFormat.YAML ? new MediaType("application", "yaml", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(agreement.reference() + "-v" + chosen.version() + "." + extension).build().toString())
                .body(body);
    }

    @PostMapping(value = "/imports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    @Operation(summary = "Import an agreement file (YAML or JSON, in 'content'): a new agreement, or with agreementId a new draft of that one")
    ResponseEntity<AgreementView> importFile(Actor actor, @RequestBody AgreementCommands.ImportAgreement command) {
        return imported(actor, command);
    }

    @PostMapping(value = "/imports", consumes = {"application/yaml", "application/x-yaml", "text/yaml"})
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    @Operation(summary = "Import a YAML agreement file sent as the body (for pipelines that keep agreements in version control)")
    ResponseEntity<AgreementView> importYaml(Actor actor, @RequestBody String content, @RequestParam(required = false) UUID agreementId) {
        return imported(actor, new AgreementCommands.ImportAgreement(FileFormat.YAML, content, agreementId));
    }

    private ResponseEntity<AgreementView> imported(Actor actor, AgreementCommands.ImportAgreement command) {
        Agreement agreement = agreements.importAgreement(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + agreement.id())).body(views.view(agreement));
    }

    @GetMapping(value = "/{id}/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @SignedIn
    @Operation(summary = "The agreement as a printable PDF, laid out like a data sharing agreement document",
            description = "Refused (409, naming recordIntegrity) when the agreement is not stored as the ledger recorded it. "
                    + "Tagged for screen readers (PDF/UA-1, ISO 14289-1) and archival (PDF/A-2u, ISO 19005-2): title, language, headings, lists, tables with header cells, bookmarks for its sections, fonts embedded.")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Integer version) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version chosen = version == null ? agreement.current()
                : agreement.version(version).orElseThrow(() -> new NotFoundException("Agreement version"));
        integrity.requireIntact(agreement, "/agreements/" + id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(agreement.reference() + "-v" + chosen.version() + ".pdf").build().toString())
                .body(printer.pdf(agreement, chosen, false));
    }

    static FileFormat format(String format) {
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "yaml", "yml" -> FileFormat.YAML;
            case "json" -> FileFormat.JSON;
            default -> throw InvalidRequestException.of("format", "format", "The format must be yaml or json");
        };
    }

    private static AgreementSection section(String key) {
        return AgreementSection.byKey(key).orElseThrow(() -> new NotFoundException("Section"));
    }
}
