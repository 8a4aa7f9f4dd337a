package org.infoshare.retention;

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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Retention rules, case dates, legal holds, reviews and disposal runs with their certificates. */
@RestController
@RequestMapping("/api/v1/retention")
@Tag(name = "Retention and disposal")
@RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
class RetentionApi {

    private final RetentionRules rules;
    private final PersonCases cases;
    private final LegalHolds holds;
    private final DisposalRuns disposal;
    private final Ropa ropa;

    RetentionApi(RetentionRules rules, PersonCases cases, LegalHolds holds, DisposalRuns disposal, Ropa ropa) {
        this.ropa = ropa;
        this.rules = rules;
        this.cases = cases;
        this.holds = holds;
        this.disposal = disposal;
    }

    @GetMapping("/rules")
    @RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR})
    @Operation(summary = "The retention rules in force (or every version, with history=true)")
    List<StoredRule> rules(Actor actor, @RequestParam(defaultValue = "false") boolean history) {
        return history ? rules.history(actor) : rules.current(actor);
    }

    @PostMapping("/rules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set the rule for a kind of record (or one agreement's data): a new version, the old one kept")
    StoredRule setRule(Actor actor, @RequestBody RetentionCommands.SetRule command) {
        return rules.set(actor, command);
    }

    @GetMapping("/ropa")
    @RolesAllowed(value = {Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR})
    @Operation(summary = "The record of processing activities (UK GDPR Art 30), generated from the agreements and the actual sharing")
    List<RopaEntry> ropa(Actor actor) {
        return ropa.of(actor);
    }

    @GetMapping(value = "/ropa.csv", produces = "text/csv")
    @RolesAllowed(value = {Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR})
    @Operation(summary = "The record of processing activities as CSV")
    org.springframework.http.ResponseEntity<String> ropaCsv(Actor actor) {
        return RopaPages.csvOf(ropa, actor);
    }

    @GetMapping("/ropa/partnership")
    @RolesAllowed(value = {Role.PARTNERSHIP_ADMINISTRATOR, Role.AUDITOR})
    @Operation(summary = "The partnership's record of processing activities: every agreement ever in force, all parties' sending and retention together")
    List<RopaEntry> partnershipRopa(Actor actor) {
        return ropa.ofPartnership(actor);
    }

    @GetMapping(value = "/ropa/partnership.csv", produces = "text/csv")
    @RolesAllowed(value = {Role.PARTNERSHIP_ADMINISTRATOR, Role.AUDITOR})
    @Operation(summary = "The partnership's record of processing activities as CSV")
    org.springframework.http.ResponseEntity<String> partnershipRopaCsv(Actor actor) {
        return PartnershipRopaPages.csvOf(ropa, actor);
    }

    @GetMapping("/reviews")
    @Operation(summary = "Records a \"review every N years\" rule has brought due for review, earliest first")
    List<DisposalRuns.Sample> reviewsDue(Actor actor) {
        return disposal.reviewsDue(actor);
    }

    @PostMapping("/reviews")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record the outcome of a review a \"review every N years\" rule asked for")
    void review(Actor actor, @RequestBody RetentionCommands.Review command) {
        rules.review(actor, command);
    }

    @GetMapping("/people/{subjectId}")
    @RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER}, personalData = true)
    @Operation(summary = "A person's case dates: when their case closed and their last contact")
    PersonCases.CaseDates caseDates(Actor actor, @PathVariable UUID subjectId) {
        return cases.dates(actor, subjectId);
    }

    @PostMapping("/people/{subjectId}/closure")
    @RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER}, personalData = true)
    @Operation(summary = "Record that the person's case was closed: retention periods counted from closure start")
    PersonCases.CaseDates close(Actor actor, @PathVariable UUID subjectId, @RequestBody RetentionCommands.CloseCase command) {
        return cases.close(actor, subjectId, command);
    }

    @DeleteMapping("/people/{subjectId}/closure")
    @RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER}, personalData = true)
    @Operation(summary = "Reopen the person's case")
    PersonCases.CaseDates reopen(Actor actor, @PathVariable UUID subjectId) {
        return cases.reopen(actor, subjectId);
    }

    @PostMapping("/people/{subjectId}/last-contact")
    @RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER}, personalData = true)
    @Operation(summary = "Record the date of the last contact with the person")
    PersonCases.CaseDates lastContact(Actor actor, @PathVariable UUID subjectId, @RequestBody RetentionCommands.LastContact command) {
        return cases.lastContact(actor, subjectId, command);
    }

    @GetMapping("/people/{subjectId}/schedule")
    @Operation(summary = "Every record about the person and when it is due to be disposed of")
    List<DisposalRuns.Sample> schedule(Actor actor, @PathVariable UUID subjectId) {
        return disposal.schedule(actor, subjectId);
    }

    @GetMapping("/holds")
    @Operation(summary = "Legal holds, the latest placed first: those in force, or all with all=true; a page at a time",
            description = "Paged (page from 1, size up to 100, 100 when not given) and narrowed by status (ACTIVE, LIFTED; ACTIVE when "
                    + "neither it nor all=true is given), person (your organisation's reference for them) and from/to (days placed, both "
                    + "included). X-Total-Count gives how many match; the Link header the other pages.")
    ResponseEntity<List<LegalHolds.Hold>> holds(Actor actor, @RequestParam(defaultValue = "false") boolean all,
                                                @RequestParam(required = false) String status, @RequestParam(required = false) String person,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                HttpServletRequest request) {
        String asked = status == null && !all ? "ACTIVE" : status;
        ListFilter filter = new ListFilter(person, asked, null, null, from, to);
        return PagedResponse.of(holds.holds(actor, filter, PagedResponse.request(page, size)), request);
    }

    @PostMapping("/holds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Place a legal hold on a person (everything about them) or one record, saying why")
    LegalHolds.Hold placeHold(Actor actor, @RequestBody RetentionCommands.PlaceHold command) {
        return holds.place(actor, command);
    }

    @PostMapping("/holds/{id}/lifting")
    @Operation(summary = "Lift a legal hold, saying why")
    LegalHolds.Hold liftHold(Actor actor, @PathVariable UUID id, @RequestBody RetentionCommands.LiftHold command) {
        return holds.lift(actor, id, command);
    }

    @GetMapping("/disposal/preview")
    @Operation(summary = "What a disposal run would dispose of today: kinds, counts, rules; how many are held or waiting")
    DisposalRuns.Preview preview(Actor actor) {
        return disposal.preview(actor);
    }

    @PostMapping("/disposal/runs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Run disposal now: keys destroyed, rows deleted or anonymised, holds honoured; answers the certificate")
    DisposalCertificate start(Actor actor) {
        return disposal.start(actor);
    }

    @GetMapping("/disposal/runs")
    @Operation(summary = "The disposal certificates of your organisation, the latest run first, a page at a time",
            description = "Paged (page from 1, size up to 100, 100 when not given) and narrowed by status (what started the run: "
                    + "SCHEDULED, MANUAL, ERASURE) and from/to (days the run started, both included). X-Total-Count gives how many "
                    + "match; the Link header the other pages.")
    ResponseEntity<List<DisposalCertificate>> certificates(Actor actor, @RequestParam(required = false) String status,
                                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                           HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, status, null, null, from, to);
        return PagedResponse.of(disposal.certificates(actor, filter, PagedResponse.request(page, size)), request);
    }

    @GetMapping("/disposal/runs/{runId}")
    @Operation(summary = "One disposal certificate: what kinds, how many, under which rule; no content")
    DisposalCertificate certificate(Actor actor, @PathVariable UUID runId) {
        return disposal.certificate(actor, runId);
    }
}
