package org.infoshare.decision;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.decision.rules.DecisionFacts;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/** Sharing decisions: decide, read, reconsider; advice, reviews of consent overrides, verbal shares. */
@RestController
@Tag(name = "Sharing decisions")
class DecisionApi {

    private final SharingDecisions decisions;

    DecisionApi(SharingDecisions decisions) {
        this.decisions = decisions;
    }

    @PostMapping("/api/v1/decisions")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "State the facts and your reasons: the engine decides share, do not share or seek advice, and the decision is recorded")
    ResponseEntity<RecordedDecision> decide(Actor actor, @RequestBody DecisionCommands.Decide command) {
        RecordedDecision decision = decisions.decide(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + decision.id())).body(decision);
    }

    @GetMapping("/api/v1/decisions")
    @RolesAllowed(value = {PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "Recent decisions you may see, or every decision about one person")
    List<RecordedDecision> list(Actor actor, @RequestParam(required = false) UUID subjectId) {
        return subjectId == null ? decisions.recent(actor) : decisions.forSubject(actor, subjectId);
    }

    @GetMapping("/api/v1/decisions/{id}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "One decision: facts, outcome, path, lawful basis chain, items, conditions and rationale")
    RecordedDecision get(Actor actor, @PathVariable UUID id) {
        return decisions.decision(actor, id);
    }

    @PostMapping("/api/v1/decisions/{id}/reconsideration")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Reconsider a decision not to share in the light of new information; the new decision links to the old")
    ResponseEntity<RecordedDecision> reconsider(Actor actor, @PathVariable UUID id, @RequestBody DecisionCommands.Reconsider command) {
        RecordedDecision decision = decisions.reconsider(actor, id, command);
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + decision.id())).body(decision);
    }

    @GetMapping("/api/v1/advice")
    @RolesAllowed(value = {MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "Decisions waiting for your advice")
    List<RecordedDecision> adviceQueue(Actor actor) {
        return decisions.adviceQueue(actor);
    }

    @PostMapping("/api/v1/decisions/{id}/advice")
    @RolesAllowed(value = {MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "Answer the open questions and record your advice; the decision is completed")
    RecordedDecision advise(Actor actor, @PathVariable UUID id, @RequestBody DecisionCommands.Advise command) {
        return decisions.advise(actor, id, command);
    }

    @GetMapping("/api/v1/reviews")
    @RolesAllowed(value = MANAGER, personalData = true)
    @Operation(summary = "Decisions that overrode a refusal of consent, waiting for a manager's review")
    List<RecordedDecision> reviews(Actor actor) {
        return decisions.reviewQueue(actor);
    }

    @PostMapping("/api/v1/decisions/{id}/review")
    @RolesAllowed(value = MANAGER, personalData = true)
    @Operation(summary = "Review a decision that overrode a refusal of consent")
    RecordedDecision review(Actor actor, @PathVariable UUID id, @RequestBody DecisionCommands.Review command) {
        return decisions.review(actor, id, command);
    }

    @PostMapping("/api/v1/decisions/{id}/verbal-share")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Record an urgent share made by telephone or in person, to be confirmed in writing")
    RecordedDecision verbalShare(Actor actor, @PathVariable UUID id, @RequestBody DecisionCommands.VerbalShare command) {
        return decisions.recordVerbalShare(actor, id, command);
    }

    @PostMapping("/api/v1/decisions/{id}/written-confirmation")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Record that a verbal share was confirmed in writing")
    RecordedDecision writtenConfirmation(Actor actor, @PathVariable UUID id) {
        return decisions.recordWrittenConfirmation(actor, id);
    }

    @GetMapping("/api/v1/decisions/{id}/authorised-share")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "What a completed decision to share allows: the items, the lawful basis and the conditions")
    ResponseEntity<AuthorisedShare> authorisedShare(Actor actor, @PathVariable UUID id) {
        return decisions.authorisedShare(id, actor).map(ResponseEntity::ok).orElseThrow(() -> new org.infoshare.shared.problem.NotFoundException("Authorised share"));
    }

    @GetMapping("/api/v1/decision-items")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = false)
    @Operation(summary = "The items of information you can choose from for a recipient (the standard list and agreements' items)")
    List<DecisionFacts.RequestedItem> items(Actor actor, @RequestParam(required = false) UUID recipientOrganisationId) {
        return decisions.itemChoices(actor, recipientOrganisationId);
    }
}
