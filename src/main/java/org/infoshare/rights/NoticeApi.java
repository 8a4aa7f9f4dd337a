package org.infoshare.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.clock.rules.Deadline;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.ledger.rules.RecordFinding;
import org.infoshare.rights.rules.PropagationTargets;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.web.PagedResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Passing a granted request on to the recipients of the affected items, and the notices themselves: machine-readable
 * for partner systems (codes and ids), answered with what the recipient did.
 */
@RestController
@Tag(name = "Rights notices")
@RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR}, personalData = true)
class NoticeApi {

    private final Propagation propagation;
    private final Notices notices;
    private final RecordDigests digests;

    NoticeApi(Propagation propagation, Notices notices, RecordDigests digests) {
        this.digests = digests;
        this.propagation = propagation;
        this.notices = notices;
    }

    @PostMapping("/api/v1/rights/requests/{id}/notices/preview")
    @RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
    @Operation(summary = "Who would be told of a granted request, and of which items, before anything is sent")
    List<PropagationTargets.Target> preview(Actor actor, @PathVariable UUID id, @RequestBody NoticeCommands.SendNotices command) {
        return propagation.preview(actor, id, command);
    }

    @PostMapping("/api/v1/rights/requests/{id}/notices")
    @RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tell every recipient of the affected items, and nobody else")
    List<RightsNotice> send(Actor actor, @PathVariable UUID id, @RequestBody NoticeCommands.SendNotices command) {
        return propagation.send(actor, id, command);
    }

    @GetMapping("/api/v1/rights/requests/{id}/notices")
    @RolesAllowed(value = {Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR}, personalData = true)
    @Operation(summary = "The notices a request sent, with their answers")
    List<RightsNotice> ofRequest(Actor actor, @PathVariable UUID id) {
        return propagation.ofRequest(actor, id);
    }

    @GetMapping("/api/v1/rights/notices/sent")
    @RolesAllowed(value = {Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR}, personalData = true)
    @Operation(summary = "The propagation tracker: every notice your organisation sent, newest first, with where it stands",
            description = "Paged (page from 1, size up to 100, 100 when not given) and narrowed by status (OPEN, CONFIRMED), kind "
                    + "(RECTIFICATION, ERASURE, RESTRICTION, OBJECTION, DATA_QUALITY), organisation (the id of the organisation told) and "
                    + "from/to (days sent, both included). X-Total-Count gives how many match; the Link header the other pages.")
    ResponseEntity<List<NoticeRead>> sent(Actor actor, @RequestParam(required = false) String status,
                                               @RequestParam(required = false) String kind, @RequestParam(required = false) UUID organisation,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                               @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                               HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, status, null, organisation, from, to);
        return PagedResponse.of(checked(notices.sent(actor, kind, filter, PagedResponse.request(page, size))), request);
    }

    @GetMapping("/api/v1/rights/notices/received")
    @Operation(summary = "Notices to your organisation that you may see, open ones first",
            description = "Paged and narrowed like the notices sent; organisation is the id of the organisation that sent them.")
    ResponseEntity<List<NoticeRead>> received(Actor actor, @RequestParam(required = false) String status,
                                                   @RequestParam(required = false) String kind, @RequestParam(required = false) UUID organisation,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                   HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, status, null, organisation, from, to);
        return PagedResponse.of(checked(notices.received(actor, kind, filter, PagedResponse.request(page, size))), request);
    }

    @GetMapping("/api/v1/rights/notices/{id}")
    @Operation(summary = "One notice, and whether it is stored as the ledger recorded it")
    NoticeRead notice(Actor actor, @PathVariable UUID id) {
        Notices.Tracked tracked = notices.notice(actor, id);
        return new NoticeRead(tracked.notice(), tracked.standing(), digests.check(ProtectedRecords.RIGHTS_NOTICE, id)
                .map(f -> f.kind().name()).orElse(RightsRequestApi.AS_RECORDED));
    }

    /** A page of a list, each notice judged with the rest of the page in one query (ADR 0063). */
    private Page<NoticeRead> checked(Page<Notices.Tracked> page) {
        Map<UUID, RecordFinding> findings = digests.check(ProtectedRecords.RIGHTS_NOTICE, page.items().stream().map(t -> t.notice().id()).toList());
        return page.map(t -> new NoticeRead(t.notice(), t.standing(), Optional.ofNullable(findings.get(t.notice().id()))
                .map(f -> f.kind().name()).orElse(RightsRequestApi.AS_RECORDED)));
    }

    /** One notice as read or listed: where it stands, and whether it is stored as the ledger last recorded it (ADR 0063). */
    record NoticeRead(RightsNotice notice, Deadline.Standing standing,
                      @Schema(description = "AS_RECORDED when it is stored as the ledger recorded it; CHANGED (changed after it was recorded) or ADDED "
                + "(put in the database without a ledger entry) when it is not: do not rely on it, and tell your Data Protection Officer") String recordIntegrity) {
    }

    @PostMapping("/api/v1/rights/notices/{id}/confirmation")
    @Operation(summary = "Answer a notice: what you did (corrected, restricted, erased, or kept under a stated exemption)")
    RightsNotice confirm(Actor actor, @PathVariable UUID id, @RequestBody NoticeCommands.Confirm command) {
        return notices.confirm(actor, id, command);
    }
}
