package org.infoshare.incident;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.ledger.rules.RecordFinding;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.access.SignedIn;
import org.infoshare.web.PagedResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;

/** The incident register for partner systems and scripts: reporting, reading and the drafted ICO report. */
@RestController
@Tag(name = "Incidents")
class IncidentApi {

    private final Incidents incidents;
    private final IcoReports reports;
    private final RecordDigests digests;

    IncidentApi(Incidents incidents, IcoReports reports, RecordDigests digests) {
        this.digests = digests;
        this.incidents = incidents;
        this.reports = reports;
    }

    @PostMapping("/api/v1/incidents")
    @SignedIn
    @Operation(summary = "Report an incident for your organisation: its Data Protection Officer is told at once, and 72 hours run from awareness")
    ResponseEntity<IncidentResponse> report(Actor actor, @RequestBody IncidentCommands.ReportIncident command) {
        Incident incident = incidents.report(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.id())).body(IncidentResponse.of(incidents.read(actor, incident.id())));
    }

    @GetMapping("/api/v1/incidents")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR}, personalData = true)
    @Operation(summary = "Your organisation's incident register, open incidents first, each with its 72-hour clock, a page at a time",
            description = "Paged (page from 1, size up to 100, 100 when not given) and narrowed by status (OPEN, CLOSED; open=true is "
                    + "status OPEN), urgency (the assessed risk level: HIGH, RISK, UNLIKELY) and from/to (days reported, both included). "
                    + "X-Total-Count gives how many match; the Link header the other pages.")
    ResponseEntity<List<IncidentResponse.Summary>> register(Actor actor, @RequestParam(defaultValue = "false") boolean open,
                                                            @RequestParam(required = false) String status, @RequestParam(required = false) String urgency,
                                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                            HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, open && (status == null || status.isBlank()) ? Incident.Status.OPEN.name() : status,
                urgency, null, from, to);
        return PagedResponse.of(summaries(incidents.register(actor, filter, PagedResponse.request(page, size)), true), request);
    }

    @GetMapping("/api/v1/incidents/mine")
    @SignedIn
    @Operation(summary = "The incidents you reported, and where each stands, the newest first, a page at a time",
            description = "Paged and narrowed like the register.")
    ResponseEntity<List<IncidentResponse.Summary>> mine(Actor actor, @RequestParam(required = false) String status,
                                                        @RequestParam(required = false) String urgency,
                                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                        @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                        HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, status, urgency, null, from, to);
        return PagedResponse.of(summaries(incidents.reportedBy(actor, filter, PagedResponse.request(page, size)), false), request);
    }

    @GetMapping("/api/v1/incidents/told-to-us")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR}, personalData = true)
    @Operation(summary = "Incidents other organisations have told yours about, the last told first, a page at a time",
            description = "Paged and narrowed like the register, and by organisation (the id of the organisation whose incident it is).")
    ResponseEntity<List<IncidentResponse.Summary>> toldToUs(Actor actor, @RequestParam(required = false) String status,
                                                            @RequestParam(required = false) String urgency,
                                                            @RequestParam(required = false) UUID organisation,
                                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                            HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, status, urgency, organisation, from, to);
        return PagedResponse.of(summaries(incidents.toldToUs(actor, filter, PagedResponse.request(page, size)), false), request);
    }

    @GetMapping("/api/v1/incidents/{id}")
    @SignedIn(personalData = true)
    @Operation(summary = "One incident, as much of it as you may see: the owner's readers everything, its reporter their report, a party its part; "
            + "and whether it is stored as the ledger recorded it")
    IncidentResponse read(Actor actor, @PathVariable UUID id) {
        IncidentDetails details = incidents.read(actor, id);
        return IncidentResponse.read(details, digests.check(ProtectedRecords.INCIDENT, id));
    }

    @GetMapping("/api/v1/incidents/{id}/ico-report")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR}, personalData = true)
    @Operation(summary = "The report to the ICO drafted from the record, section by section, for the Data Protection Officer to check and send")
    IcoReport icoReport(Actor actor, @PathVariable UUID id) {
        IcoReport report = reports.draft(actor, id);
        reports.requireIntact(id);
        return report;
    }

    /** A page of a list, each incident judged with the rest of the page in one query (ADR 0063). */
    private Page<IncidentResponse.Summary> summaries(Page<Incident> page, boolean owner) {
        Map<UUID, RecordFinding> findings = digests.check(ProtectedRecords.INCIDENT, page.items().stream().map(Incident::id).toList());
        return page.map(i -> IncidentResponse.Summary.of(i, incidents.clock(i), owner, Optional.ofNullable(findings.get(i.id()))));
    }

    @GetMapping(value = "/api/v1/incidents/{id}/ico-report.pdf", produces = "application/pdf")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR}, personalData = true)
    @Operation(summary = "The drafted report to the ICO as a PDF (PDF/UA-1 and PDF/A-2u) for the Data Protection Officer to check and send")
    ResponseEntity<byte[]> icoReportPdf(Actor actor, @PathVariable UUID id) {
        return pdf(reports.pdf(actor, id), id);
    }

    static ResponseEntity<byte[]> pdf(byte[] pdf, UUID id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("ico-report-" + id + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }
}
