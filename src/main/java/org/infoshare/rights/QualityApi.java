package org.infoshare.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
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

/** Data quality: an inaccuracy reported in something shared, told to every recipient of the item; not a breach. */
@RestController
@Tag(name = "Data quality")
@RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR}, personalData = true)
class QualityApi {

    private final QualityReports reports;
    private final Rectifications rectifications;

    QualityApi(QualityReports reports, Rectifications rectifications) {
        this.reports = reports;
        this.rectifications = rectifications;
    }

    @PostMapping("/api/v1/rights/quality-reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report an inaccuracy in an item of a disclosure you sent or received; every recipient of the item is told")
    QualityReport report(Actor actor, @RequestBody NoticeCommands.ReportInaccuracy command) {
        return reports.report(actor, command);
    }

    @GetMapping("/api/v1/rights/quality-reports")
    @RolesAllowed(value = {Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR}, personalData = true)
    @Operation(summary = "Reports about your organisation's disclosures or made by it, a page at a time, newest first",
            description = "Paged (page from 1, size up to 100, 100 when not given) and narrowed by status (OPEN, CORRECTED, CLOSED), person "
                    + "(your organisation's reference for them), organisation (the other organisation's id, reporting or reported to) and "
                    + "from/to (days reported, both included). X-Total-Count gives how many match; the Link header the other pages.")
    ResponseEntity<List<QualityReport>> involving(Actor actor, @RequestParam(required = false) String status,
                                                  @RequestParam(required = false) String person, @RequestParam(required = false) UUID organisation,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                  HttpServletRequest request) {
        ListFilter filter = new ListFilter(person, status, null, organisation, from, to);
        return PagedResponse.of(reports.involving(actor, filter, PagedResponse.request(page, size)), request);
    }

    @GetMapping("/api/v1/rights/quality-reports/{id}")
    @Operation(summary = "One report")
    QualityReport report(Actor actor, @PathVariable UUID id) {
        return reports.get(actor, id);
    }

    @GetMapping("/api/v1/rights/quality-reports/{id}/notices")
    @Operation(summary = "The notices a report sent, with their answers")
    List<RightsNotice> notices(Actor actor, @PathVariable UUID id) {
        return reports.noticesOf(actor, id);
    }

    @PostMapping("/api/v1/rights/quality-reports/{id}/correction")
    @RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
    @Operation(summary = "The sending DPO corrects the reported item (its recipients then read the corrected version)")
    Rectification correct(Actor actor, @PathVariable UUID id, @RequestBody RectificationCommands.CorrectItem command) {
        return rectifications.correctReported(actor, id, command);
    }

    @PostMapping("/api/v1/rights/quality-reports/{id}/closing")
    @RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
    @Operation(summary = "The sending DPO closes a report that needed no correction")
    QualityReport close(Actor actor, @PathVariable UUID id) {
        return reports.close(actor, id);
    }
}
