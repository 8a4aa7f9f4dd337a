package org.infoshare.incident;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.RolesAllowed;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;

/** The Data Protection Officer's steps on an incident, and a party's answers, for partner systems and scripts. */
@RestController
@Tag(name = "Incidents")
@RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
class IncidentStepsApi {

    private final Incidents incidents;
    private final IncidentDecisions decisions;
    private final IncidentCoordination coordination;

    IncidentStepsApi(Incidents incidents, IncidentDecisions decisions, IncidentCoordination coordination) {
        this.incidents = incidents;
        this.decisions = decisions;
        this.coordination = coordination;
    }

    @PostMapping("/api/v1/incidents/{id}/assessment")
    @Operation(summary = "Record the structured risk assessment: likelihood and severity of harm, the information, the people, encryption, containment")
    IncidentResponse assess(Actor actor, @PathVariable UUID id, @RequestBody IncidentCommands.Assess command) {
        decisions.assess(actor, id, command);
        return read(actor, id);
    }

    @PostMapping("/api/v1/incidents/{id}/ico-decision")
    @Operation(summary = "Record whether the ICO is told, with the reason (and why, if it departs from the assessment)")
    IncidentResponse decideIco(Actor actor, @PathVariable UUID id, @RequestBody IncidentCommands.DecideIco command) {
        decisions.decideIco(actor, id, command);
        return read(actor, id);
    }

    @PostMapping("/api/v1/incidents/{id}/ico-report")
    @Operation(summary = "Record that the report was sent to the ICO (with the reasons for any delay past 72 hours)")
    IncidentResponse icoReported(Actor actor, @PathVariable UUID id, @RequestBody IncidentCommands.RecordIcoReport command) {
        decisions.icoReported(actor, id, command);
        return read(actor, id);
    }

    @PostMapping("/api/v1/incidents/{id}/people-decision")
    @Operation(summary = "Record whether the people affected are told, with the reason or the exception relied on")
    IncidentResponse decidePeople(Actor actor, @PathVariable UUID id, @RequestBody IncidentCommands.DecidePeople command) {
        decisions.decidePeople(actor, id, command);
        return read(actor, id);
    }

    @PostMapping("/api/v1/incidents/{id}/people-told")
    @Operation(summary = "Record when and how the people affected were told")
    IncidentResponse peopleTold(Actor actor, @PathVariable UUID id, @RequestBody IncidentCommands.RecordPeopleTold command) {
        decisions.peopleTold(actor, id, command);
        return read(actor, id);
    }

    @PostMapping("/api/v1/incidents/{id}/closure")
    @Operation(summary = "Close the incident with what it turned out to be and what was learned")
    IncidentResponse close(Actor actor, @PathVariable UUID id, @RequestBody IncidentCommands.Close command) {
        decisions.close(actor, id, command);
        return read(actor, id);
    }

    @PostMapping("/api/v1/incidents/{id}/parties")
    @Operation(summary = "Tell another organisation's Data Protection Officer of the incident through the platform")
    IncidentResponse tellParty(Actor actor, @PathVariable UUID id, @RequestBody IncidentCommands.TellParty command) {
        coordination.tellParty(actor, id, command);
        return read(actor, id);
    }

    @PostMapping("/api/v1/incidents/{id}/acknowledgement")
    @Operation(summary = "As a party told of an incident: acknowledge it")
    IncidentResponse acknowledge(Actor actor, @PathVariable UUID id) {
        coordination.acknowledge(actor, id);
        return read(actor, id);
    }

    @PostMapping("/api/v1/incidents/{id}/response")
    @Operation(summary = "As a party told of an incident: say how your organisation is responding")
    IncidentResponse respond(Actor actor, @PathVariable UUID id, @RequestBody IncidentCommands.Respond command) {
        coordination.respond(actor, id, command);
        return read(actor, id);
    }

    @PostMapping("/api/v1/incidents/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a note to the incident's coordination, read by its owner and the parties told")
    Map<String, UUID> addNote(Actor actor, @PathVariable UUID id, @RequestBody IncidentCommands.AddNote command) {
        return Map.of("id", coordination.addNote(actor, id, command));
    }

    @PostMapping("/api/v1/incidents/{id}/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record that misuse was referred to the disciplinary procedure, professional standards or the police")
    Map<String, UUID> refer(Actor actor, @PathVariable UUID id, @RequestBody IncidentCommands.Refer command) {
        return Map.of("id", coordination.refer(actor, id, command));
    }

    private IncidentResponse read(Actor actor, UUID id) {
        return IncidentResponse.of(incidents.read(actor, id));
    }
}
