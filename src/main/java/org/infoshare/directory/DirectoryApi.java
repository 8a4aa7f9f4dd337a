package org.infoshare.directory;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.access.SignedIn;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Organisations, their security assurance and their teams. */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Directory: organisations")
class DirectoryApi {

    private final OrganisationAdministration organisations;

    DirectoryApi(OrganisationAdministration organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @SignedIn
    @Operation(summary = "The partnership's organisations")
    List<Organisation> list() {
        return organisations.organisations();
    }

    @PostMapping
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Onboard an organisation with its first partnership administrator")
    ResponseEntity<Organisation> create(Actor actor, @RequestBody DirectoryCommands.CreateOrganisation command) {
        Organisation created = organisations.create(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @SignedIn
    @Operation(summary = "One organisation")
    Organisation get(@PathVariable UUID id) {
        return organisations.organisation(id);
    }

    @PutMapping("/{id}")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Change your own organisation's details (send the version you read)")
    Organisation update(Actor actor, @PathVariable UUID id, @RequestBody DirectoryCommands.UpdateOrganisation command) {
        return organisations.update(actor, id, command);
    }

    @PostMapping("/{id}/security-assurances")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Record security assurance your organisation holds")
    ResponseEntity<Organisation> addAssurance(Actor actor, @PathVariable UUID id, @RequestBody DirectoryCommands.AddAssurance command) {
        return ResponseEntity.status(201).body(organisations.addAssurance(actor, id, command));
    }

    @DeleteMapping("/{id}/security-assurances/{assuranceId}")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Remove a security assurance record")
    Organisation removeAssurance(Actor actor, @PathVariable UUID id, @PathVariable UUID assuranceId) {
        return organisations.removeAssurance(actor, id, assuranceId);
    }

    @GetMapping("/{id}/teams")
    @SignedIn
    @Operation(summary = "An organisation's teams")
    List<Team> teams(@PathVariable UUID id) {
        return organisations.teams(id);
    }

    @PostMapping("/{id}/teams")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Add a team to your organisation")
    ResponseEntity<Team> createTeam(Actor actor, @PathVariable UUID id, @RequestBody DirectoryCommands.SaveTeam command) {
        Team team = organisations.createTeam(actor, id, command);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id + "/teams/" + team.id())).body(team);
    }

    @PutMapping("/{id}/teams/{teamId}")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Rename or describe a team")
    Team updateTeam(Actor actor, @PathVariable UUID id, @PathVariable UUID teamId, @RequestBody DirectoryCommands.SaveTeam command) {
        return organisations.updateTeam(actor, id, teamId, command);
    }
}
