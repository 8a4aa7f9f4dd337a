package org.infoshare.decision;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.RolesAllowed;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/** Requests for information between agencies: send, answer through the engine, ask for reconsideration. */
@RestController
@Tag(name = "Requests for information")
@RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
class RequestApi {

    private final InformationRequests requests;

    RequestApi(InformationRequests requests) {
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
        return requests.inbox(actor);
    }

    @GetMapping("/api/v1/requests/outbox")
    @Operation(summary = "Requests your organisation sent, with the answers and their reasons")
    List<InformationRequest> outbox(Actor actor) {
        return requests.outbox(actor);
    }

    @GetMapping("/api/v1/requests/{id}")
    @Operation(summary = "One request, sent or received")
    InformationRequest get(Actor actor, @PathVariable UUID id) {
        return requests.request(actor, id);
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
