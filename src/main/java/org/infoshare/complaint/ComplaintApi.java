package org.infoshare.complaint;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.complaint.rules.ComplaintDeadlines;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.access.SignedIn;
import org.infoshare.web.PagedResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;

/** The complaints register for partner systems and scripts. */
@RestController
@Tag(name = "Complaints")
class ComplaintApi {

    private final Complaints complaints;

    ComplaintApi(Complaints complaints) {
        this.complaints = complaints;
    }

    @GetMapping("/api/v1/complaints")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR})
    @Operation(summary = "Your organisation's complaints register, open complaints first, each with its deadlines, a page at a time",
            description = "Paged (page from 1, size up to 100, 100 when not given) and narrowed by status (OPEN for any not closed, "
                    + "RECEIVED, ACKNOWLEDGED, INVESTIGATING, CLOSED; open=true is status OPEN) and from/to (days received, both included). "
                    + "X-Total-Count gives how many match; the Link header the other pages.")
    ResponseEntity<List<ComplaintResponse.Summary>> register(Actor actor, @RequestParam(defaultValue = "false") boolean open,
                                                             @RequestParam(required = false) String status,
                                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                             HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, open && (status == null || status.isBlank()) ? "OPEN" : status, null, null, from, to);
        return PagedResponse.of(complaints.register(actor, filter, PagedResponse.request(page, size)).map(ComplaintResponse.Summary::of), request);
    }

    @PostMapping("/api/v1/complaints")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "Record a complaint about how someone's information was processed or shared")
    ResponseEntity<ComplaintResponse> record(Actor actor, @RequestBody ComplaintCommands.RecordComplaint command) {
        Complaint complaint = complaints.record(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + complaint.id()))
                .body(ComplaintResponse.of(complaints.complaint(actor, complaint.id())));
    }

    @GetMapping("/api/v1/complaints/{id}")
    @SignedIn(personalData = true)
    @Operation(summary = "One complaint: for information governance, auditors and its investigator")
    ComplaintResponse complaint(Actor actor, @PathVariable UUID id) {
        return ComplaintResponse.of(complaints.complaint(actor, id));
    }

    @PostMapping("/api/v1/complaints/{id}/acknowledgement")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "Record that the complaint was acknowledged")
    ComplaintResponse acknowledge(Actor actor, @PathVariable UUID id, @RequestBody(required = false) ComplaintCommands.Acknowledge command) {
        return ComplaintResponse.of(complaints.acknowledge(actor, id, command));
    }

    @PostMapping("/api/v1/complaints/{id}/investigator")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "Name the member of staff who investigates: they are told it is waiting")
    ComplaintResponse investigate(Actor actor, @PathVariable UUID id, @RequestBody ComplaintCommands.Investigate command) {
        return ComplaintResponse.of(complaints.investigate(actor, id, command));
    }

    @PostMapping("/api/v1/complaints/{id}/links")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "Link a decision, disclosure or incident the complaint concerns")
    ComplaintResponse link(Actor actor, @PathVariable UUID id, @RequestBody ComplaintCommands.Link command) {
        return ComplaintResponse.of(complaints.link(actor, id, command));
    }

    @PostMapping("/api/v1/complaints/{id}/outcome")
    @SignedIn(personalData = true)
    @Operation(summary = "Record the outcome and close the complaint (information governance or its investigator)")
    ComplaintResponse close(Actor actor, @PathVariable UUID id, @RequestBody ComplaintCommands.Close command) {
        return ComplaintResponse.of(complaints.close(actor, id, command));
    }

    @PostMapping("/api/v1/complaints/{id}/ico-referral")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "Record that the complainant took the complaint to the ICO")
    ComplaintResponse icoReferral(Actor actor, @PathVariable UUID id, @RequestBody ComplaintCommands.IcoReferral command) {
        return ComplaintResponse.of(complaints.icoReferral(actor, id, command));
    }

    @GetMapping("/api/v1/complaints/deadlines")
    @SignedIn
    @Operation(summary = "Your organisation's own deadlines for complaints, in working days")
    ComplaintDeadlines deadlines(Actor actor) {
        return complaints.deadlines(actor.organisationId());
    }

    @PutMapping("/api/v1/complaints/deadlines")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN})
    @Operation(summary = "Set your organisation's deadlines for new complaints")
    ComplaintDeadlines setDeadlines(Actor actor, @RequestBody ComplaintCommands.Settings command) {
        return complaints.setDeadlines(actor, command);
    }
}
