package org.infoshare.subject;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.web.PagedResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/** Need to know in the API (ADR 0048): record a reason to look at a person's records, and the Data Protection Officer's log of them. */
@RestController
@Tag(name = "Data subjects")
class BreakGlassApi {

    private final BreakGlass breakGlass;

    BreakGlassApi(BreakGlass breakGlass) {
        this.breakGlass = breakGlass;
    }

    @PostMapping("/api/v1/subjects/break-glass")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Record why you need to look at the records of a person your team does not work with (break glass)",
            description = "You then see the person and every record about them for 24 hours. Your Data Protection Officer sees the reason.")
    ResponseEntity<BreakGlass.Opened> open(Actor actor, @RequestBody BreakGlassCommand command) {
        BreakGlass.Opened opened = breakGlass.open(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/subjects/" + opened.subject().id())).body(opened);
    }

    @GetMapping("/api/v1/break-glass")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR}, personalData = true)
    @Operation(summary = "Every reason recorded in your organisation to look at someone's records, newest first, a page at a time",
            description = "Paged (page from 1, size up to 100, 100 when not given) and narrowed by person (your organisation's reference "
                    + "for them), status (the reason: IMMEDIATE_RISK, NEW_REFERRAL, COVERING_COLLEAGUE, OUT_OF_HOURS, OTHER) and "
                    + "from/to (days recorded, both included). X-Total-Count gives how many match; the Link header the other pages.")
    ResponseEntity<List<BrokenGlass>> log(Actor actor, @RequestParam(required = false) String person, @RequestParam(required = false) String status,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                          HttpServletRequest request) {
        ListFilter filter = new ListFilter(person, status, null, null, from, to);
        return PagedResponse.of(breakGlass.log(actor, filter, PagedResponse.request(page, size)), request);
    }
}
