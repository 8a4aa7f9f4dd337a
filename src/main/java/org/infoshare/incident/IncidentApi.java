package org.infoshare.incident;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.access.SignedIn;
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

    IncidentApi(Incidents incidents, IcoReports reports) {
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
    @Operation(summary = "Your organisation's incident register, open incidents first, each with its 72-hour clock")
    List<IncidentResponse.Summary> register(Actor actor, @RequestParam(defaultValue = "false") boolean open) {
        return incidents.register(actor, open).stream().map(i -> IncidentResponse.Summary.of(i, incidents.clock(i), true)).toList();
    }

    @GetMapping("/api/v1/incidents/mine")
    @SignedIn
    @Operation(summary = "The incidents you reported, and where each stands")
    List<IncidentResponse.Summary> mine(Actor actor) {
        return incidents.reportedBy(actor).stream().map(i -> IncidentResponse.Summary.of(i, incidents.clock(i), false)).toList();
    }

    @GetMapping("/api/v1/incidents/told-to-us")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR}, personalData = true)
    @Operation(summary = "Incidents other organisations have told yours about")
    List<IncidentResponse.Summary> toldToUs(Actor actor) {
        return incidents.toldToUs(actor).stream().map(i -> IncidentResponse.Summary.of(i, incidents.clock(i), false)).toList();
    }

    @GetMapping("/api/v1/incidents/{id}")
    @SignedIn(personalData = true)
    @Operation(summary = "One incident, as much of it as you may see: the owner's readers everything, its reporter their report, a party its part")
    IncidentResponse read(Actor actor, @PathVariable UUID id) {
        return IncidentResponse.of(incidents.read(actor, id));
    }

    @GetMapping("/api/v1/incidents/{id}/ico-report")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR}, personalData = true)
    @Operation(summary = "The report to the ICO drafted from the record, section by section, for the Data Protection Officer to check and send")
    IcoReport icoReport(Actor actor, @PathVariable UUID id) {
        return reports.draft(actor, id);
    }
}
