package org.infoshare.decision;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.RolesAllowed;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/** Decisions about a family: one recorded decision per member, weighed separately. */
@RestController
@Tag(name = "Sharing decisions")
class FamilyDecisionApi {

    private final FamilyDecisions families;

    FamilyDecisionApi(FamilyDecisions families) {
        this.families = families;
    }

    @Schema(name = "FamilyDecision", description = "The decisions about a family's members, recorded together")
    record FamilyDecisionResponse(UUID id, List<DecisionResponse> decisions) {
        static FamilyDecisionResponse of(FamilyDecisions.FamilyDecision family) {
            return new FamilyDecisionResponse(family.id(), family.members().stream().map(DecisionResponse::of).toList());
        }
    }

    @PostMapping("/api/v1/family-decisions")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Decide about a family: the share stated once, each member's information and consent on their own; a decision per member")
    ResponseEntity<FamilyDecisionResponse> decide(Actor actor, @RequestBody DecisionCommands.FamilyDecide command) {
        FamilyDecisions.FamilyDecision family = families.decide(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/family-decisions/" + family.id())).body(FamilyDecisionResponse.of(family));
    }

    @GetMapping("/api/v1/family-decisions/{id}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "A family decision: each member's recorded decision")
    FamilyDecisionResponse get(Actor actor, @PathVariable UUID id) {
        return FamilyDecisionResponse.of(families.family(actor, id));
    }
}
