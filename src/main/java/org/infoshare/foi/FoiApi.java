package org.infoshare.foi;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
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

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;

/** FOI and EIR assistance between partners, for partner systems and scripts. */
@RestController
@Tag(name = "FOI assistance")
class FoiApi {

    private final FoiAssistance assistance;

    FoiApi(FoiAssistance assistance) {
        this.assistance = assistance;
    }

    @PostMapping("/api/v1/foi/requests")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "Ask partners for their views or data on an FOI or EIR request you received: each has 2 working days to respond and 7 to complete the exchange")
    ResponseEntity<FoiResponses.Request> ask(Actor actor, @RequestBody FoiCommands.AskForAssistance command) {
        FoiRequest request = assistance.ask(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/foi/requests/" + request.id()))
                .body(FoiResponses.Request.of(request, assistance.request(actor, request.id())));
    }

    @GetMapping("/api/v1/foi/requests")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR})
    @Operation(summary = "Requests your organisation has asked partners to help with, open first, a page at a time",
            description = "Paged (page from 1, size up to 100, 100 when not given) and narrowed by status (OPEN, DECIDED), organisation "
                    + "(the id of a partner asked) and from/to (days received, both included). X-Total-Count gives how many match; "
                    + "the Link header the other pages.")
    ResponseEntity<List<FoiResponses.RequestSummary>> sent(Actor actor, @RequestParam(required = false) String status,
                                                           @RequestParam(required = false) UUID organisation,
                                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                           HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, status, null, organisation, from, to);
        return PagedResponse.of(assistance.sent(actor, filter, PagedResponse.request(page, size)).map(FoiResponses.RequestSummary::of), request);
    }

    @GetMapping("/api/v1/foi/requests/{id}")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR}, personalData = true)
    @Operation(summary = "One of your requests, with each partner's clocks and answers")
    FoiResponses.Request request(Actor actor, @PathVariable UUID id) {
        return FoiResponses.Request.of(assistance.requestRecord(actor, id), assistance.request(actor, id));
    }

    @PostMapping("/api/v1/foi/requests/{id}/decision")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "Record your organisation's own decision on the request: it stays with the holder")
    FoiResponses.Request decide(Actor actor, @PathVariable UUID id, @RequestBody FoiCommands.Decide command) {
        assistance.decide(actor, id, command);
        return request(actor, id);
    }

    @GetMapping("/api/v1/foi/consultations")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR})
    @Operation(summary = "What partners have asked of your organisation, a page at a time: those still owing something first, then the answer due soonest",
            description = "Paged (page from 1, size up to 100, 100 when not given) and narrowed by status (SENT, RESPONDED, COMPLETED), "
                    + "organisation (the id of the organisation asking) and from/to (days received, both included). "
                    + "X-Total-Count gives how many match; the Link header the other pages.")
    ResponseEntity<List<FoiResponses.ConsultationAnswer>> received(Actor actor, @RequestParam(required = false) String status,
                                                                   @RequestParam(required = false) UUID organisation,
                                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                                   HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, status, null, organisation, from, to);
        return PagedResponse.of(assistance.received(actor, filter, PagedResponse.request(page, size))
                .map(v -> FoiResponses.ConsultationAnswer.of(v, false)), request);
    }

    @GetMapping("/api/v1/foi/consultations/{id}")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR}, personalData = true)
    @Operation(summary = "One consultation, with the holder's request, its clocks and the answer")
    FoiResponses.ConsultationAnswer consultation(Actor actor, @PathVariable UUID id) {
        return FoiResponses.ConsultationAnswer.of(assistance.consultation(actor, id), true);
    }

    @PostMapping("/api/v1/foi/consultations/{id}/response")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "Respond with your views and any concerns about release (the exemptions you would rely on)")
    FoiResponses.ConsultationAnswer respond(Actor actor, @PathVariable UUID id, @RequestBody FoiCommands.Respond command) {
        return FoiResponses.ConsultationAnswer.of(assistance.respond(actor, id, command), true);
    }

    @PostMapping("/api/v1/foi/consultations/{id}/exchange")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "Complete the data exchange: the information you supply, or that you hold none")
    FoiResponses.ConsultationAnswer exchange(Actor actor, @PathVariable UUID id, @RequestBody FoiCommands.CompleteExchange command) {
        return FoiResponses.ConsultationAnswer.of(assistance.completeExchange(actor, id, command), true);
    }

    @PostMapping("/api/v1/foi/consultations/{id}/reminder")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN})
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "As the holder: remind a partner now of what it owes")
    Map<String, String> remind(Actor actor, @PathVariable UUID id) {
        assistance.remind(actor, id);
        return Map.of("status", "reminded");
    }
}
