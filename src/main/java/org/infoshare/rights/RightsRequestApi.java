package org.infoshare.rights;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.ledger.rules.RecordFinding;
import org.infoshare.retention.DisposalCertificate;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.subject.Subject;
import org.infoshare.web.PagedResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rights requests: intake, the person found and confirmed, the clock, corrections, the decision, erasure. */
@RestController
@RequestMapping("/api/v1/rights/requests")
@Tag(name = "Rights requests")
@RolesAllowed(value = {Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR}, personalData = true)
class RightsRequestApi {

    private final RightsRequests requests;
    private final PersonFinder finder;
    private final Rectifications rectifications;
    private final Erasures erasures;
    private final RecordDigests digests;

    RightsRequestApi(RightsRequests requests, PersonFinder finder, Rectifications rectifications, Erasures erasures, RecordDigests digests) {
        this.digests = digests;
        this.requests = requests;
        this.finder = finder;
        this.rectifications = rectifications;
        this.erasures = erasures;
    }

    @PostMapping
    @RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "Record a rights request the day it arrives: who asked, on whose behalf, what they ask for")
    ResponseEntity<RightsRequest> record(Actor actor, @RequestBody RightsCommands.RecordRequest command) {
        RightsRequest request = requests.record(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/rights/requests/" + request.id())).body(request);
    }

    @GetMapping
    @Operation(summary = "The organisation's rights requests, a page at a time: open ones overdue first (the queue), or all of them newest first",
            description = "Paged (page from 1, size up to 100, 100 when not given) and narrowed by status (OPEN, PAUSED; with all=true also "
                    + "DECIDED, CLOSED), kind (ACCESS, RECTIFICATION, ERASURE, RESTRICTION, OBJECTION, PORTABILITY, AUTOMATED_DECISION), "
                    + "person (your reference for the person confirmed) and from/to (days received, both included). "
                    + "X-Total-Count gives how many match; the Link header the other pages.")
    ResponseEntity<List<RequestRead>> list(Actor actor, @RequestParam(defaultValue = "false") boolean all,
                                                     @RequestParam(required = false) String status, @RequestParam(required = false) String kind,
                                                     @RequestParam(required = false) String person,
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                     @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                     HttpServletRequest request) {
        ListFilter filter = new ListFilter(person, status, null, null, from, to);
        return PagedResponse.of(checked(requests.page(actor, all, kind, filter, PagedResponse.request(page, size))), request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request, with its deadline from the statutory clock and whether it is stored as the ledger recorded it")
    RequestRead get(Actor actor, @PathVariable UUID id) {
        RightsRequests.Queued queued = requests.request(actor, id);
        return new RequestRead(queued.request(), queued.clock(), digests.check(ProtectedRecords.RIGHTS_REQUEST, id)
                .map(f -> f.kind().name()).orElse(AS_RECORDED));
    }

    static final String AS_RECORDED = "AS_RECORDED";

    /** A page of the queue, each request judged with the rest of the page in one query (ADR 0063). */
    private Page<RequestRead> checked(Page<RightsRequests.Queued> page) {
        Map<UUID, RecordFinding> findings = digests.check(ProtectedRecords.RIGHTS_REQUEST, page.items().stream().map(q -> q.request().id()).toList());
        return page.map(q -> new RequestRead(q.request(), q.clock(), Optional.ofNullable(findings.get(q.request().id()))
                .map(f -> f.kind().name()).orElse(AS_RECORDED)));
    }

    /** One request as read or listed: with its clock, and whether it is stored as the ledger last recorded it (ADR 0063). */
    record RequestRead(RightsRequest request, RequestClock clock,
                       @Schema(description = "AS_RECORDED when it is stored as the ledger recorded it; CHANGED (changed after it was recorded) or ADDED "
                + "(put in the database without a ledger entry) when it is not: do not rely on it, and tell your Data Protection Officer") String recordIntegrity) {
    }

    @PostMapping("/{id}/identity")
    @Operation(summary = "Record how the person's identity was checked")
    RightsRequest identity(Actor actor, @PathVariable UUID id, @RequestBody RightsCommands.RecordIdentity command) {
        return requests.recordIdentity(actor, id, command);
    }

    @GetMapping("/{id}/candidates")
    @Operation(summary = "People in your records who may be the person: by your reference, or by name and date of birth. Nobody is matched until you confirm one")
    List<Subject> candidates(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String reference,
                             @RequestParam(required = false) String name,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth) {
        RightsRequest request = requests.open(actor, id);
        boolean given = reference != null || name != null || dateOfBirth != null;
        return finder.candidates(actor, given ? new RightsRequest.PersonDescribed(name, dateOfBirth, reference) : request.person());
    }

    @PostMapping("/{id}/person")
    @Operation(summary = "Confirm who the person is, from the candidates")
    RightsRequest confirmPerson(Actor actor, @PathVariable UUID id, @RequestBody RightsCommands.ConfirmPerson command) {
        return requests.confirmPerson(actor, id, command);
    }

    @PostMapping("/{id}/not-held")
    @Operation(summary = "Confirm, having searched, that you hold nothing about the person")
    RightsRequest notHeld(Actor actor, @PathVariable UUID id) {
        return requests.confirmNotHeld(actor, id);
    }

    @PostMapping("/{id}/pause")
    @Operation(summary = "Stop the clock while you wait for proof of identity or clarification")
    RightsRequest pause(Actor actor, @PathVariable UUID id, @RequestBody RightsCommands.Pause command) {
        return requests.pause(actor, id, command);
    }

    @PostMapping("/{id}/resumption")
    @Operation(summary = "Start the clock again: what you waited for arrived")
    RightsRequest resume(Actor actor, @PathVariable UUID id, @RequestBody RightsCommands.Resume command) {
        return requests.resume(actor, id, command);
    }

    @PostMapping("/{id}/extension")
    @Operation(summary = "Extend the deadline by two further months, with the reason told to the person within the first month")
    RightsRequest extend(Actor actor, @PathVariable UUID id, @RequestBody RightsCommands.Extend command) {
        return requests.extend(actor, id, command);
    }

    @PostMapping("/{id}/corrections/person")
    @Operation(summary = "Correct the person's name or date of birth under a rectification request, saying why")
    List<Rectification> correctPerson(Actor actor, @PathVariable UUID id, @RequestBody RectificationCommands.CorrectPerson command) {
        return rectifications.correctPerson(actor, id, command);
    }

    @PostMapping("/{id}/corrections/item")
    @Operation(summary = "Correct an item your organisation disclosed about the person under a rectification request, saying why")
    Rectification correctItem(Actor actor, @PathVariable UUID id, @RequestBody RectificationCommands.CorrectItem command) {
        return rectifications.correctItemForRequest(actor, id, command);
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Decide: granted, partly granted or refused (naming the exemptions relied on), or nothing held")
    RightsRequest decide(Actor actor, @PathVariable UUID id, @RequestBody RightsCommands.Decide command) {
        return requests.decide(actor, id, command);
    }

    @PostMapping("/{id}/erasure")
    @Operation(summary = "Carry out a granted erasure: everything held about the person is disposed of now, once the recipients have been told")
    DisposalCertificate erase(Actor actor, @PathVariable UUID id) {
        return erasures.erase(actor, id);
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close a decided request")
    RightsRequest close(Actor actor, @PathVariable UUID id, @RequestBody RightsCommands.Close command) {
        return requests.close(actor, id, command);
    }
}
