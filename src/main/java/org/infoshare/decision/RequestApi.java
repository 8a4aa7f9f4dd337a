package org.infoshare.decision;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.web.PagedResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.infoshare.shared.access.RolesAllowed;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/** Requests for information between agencies: send, answer through the engine, ask for reconsideration. */
@RestController
@Tag(name = "Requests for information")
@RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
class RequestApi {

    private final InformationRequests requests;
    private final RecordDigests digests;

    RequestApi(InformationRequests requests, RecordDigests digests) {
        this.digests = digests;
        this.requests = requests;
    }

    @PostMapping("/api/v1/requests")
    @Operation(summary = "Ask another organisation for information, stating the purpose and the legal basis")
    ResponseEntity<InformationRequest> send(Actor actor, @RequestBody DecisionCommands.SendRequest command) {
        InformationRequest request = requests.send(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/requests/" + request.id())).body(request);
    }

    @GetMapping("/api/v1/requests/inbox")
    @Operation(summary = "Requests other organisations sent to yours")
    List<InformationRequest> inbox(Actor actor) {
        return requests.checked(requests.inbox(actor));
    }

    @GetMapping("/api/v1/requests")
    @Operation(summary = "Requests other organisations sent to yours, a page at a time: awaiting an answer and urgent first, then the answer due soonest",
            description = "Paged (page from 1, size up to 100, 100 when not given) and narrowed by status (AWAITING, ANSWERED), urgency "
                    + "(IMMEDIATE, URGENT, ROUTINE), organisation (the requester's id) and from/to (days received, both included). "
                    + "X-Total-Count gives how many match; the Link header the other pages.")
    ResponseEntity<List<InformationRequest>> received(Actor actor, @RequestParam(required = false) String status,
                                                      @RequestParam(required = false) String urgency, @RequestParam(required = false) UUID organisation,
                                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                      HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, status, urgency, organisation, from, to);
        return PagedResponse.of(requests.checked(requests.received(actor, filter, PagedResponse.request(page, size))), request);
    }

    @GetMapping("/api/v1/requests/outbox")
    @Operation(summary = "Requests your organisation sent, with the answers and their reasons: awaiting an answer and urgent first",
            description = "Paged and narrowed like the requests received; organisation is the id of the organisation asked, from/to the days sent.")
    ResponseEntity<List<InformationRequest>> outbox(Actor actor, @RequestParam(required = false) String status,
                                                    @RequestParam(required = false) String urgency, @RequestParam(required = false) UUID organisation,
                                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                    @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                    HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, status, urgency, organisation, from, to);
        return PagedResponse.of(requests.checked(requests.sent(actor, filter, PagedResponse.request(page, size))), request);
    }

    @GetMapping("/api/v1/requests/{id}")
    @Operation(summary = "One request, sent or received")
    InformationRequest get(Actor actor, @PathVariable UUID id) {
        return requests.request(actor, id).read(digests.check(ProtectedRecords.INFORMATION_REQUEST, id));
    }

    @PostMapping("/api/v1/requests/{id}/decision")
    @Operation(summary = "Answer a request: the facts go through the engine, and the requester sees the outcome and your reasons")
    InformationRequest answer(Actor actor, @PathVariable UUID id, @RequestBody DecisionCommands.AnswerRequest command) {
        return requests.answer(actor, id, command);
    }

    @PostMapping("/api/v1/requests/{id}/new-information")
    @Operation(summary = "Share new information and ask the holder to reconsider a refusal")
    InformationRequest newInformation(Actor actor, @PathVariable UUID id, @RequestBody DecisionCommands.NewInformation command) {
        return requests.provideNewInformation(actor, id, command);
    }
}
