package org.infoshare.directory;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.access.SignedIn;
import org.infoshare.web.AttemptThrottle;
import org.infoshare.web.PagedResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PARTNERSHIP_ADMINISTRATOR;

/** Your organisation's staff and partner systems, and your own account. */
@RestController
@Tag(name = "Directory: staff")
class StaffApi {

    private final StaffAdministration staff;
    private final StaffList list;
    private final ApiTokens tokens;
    private final AttemptThrottle throttle;

    StaffApi(StaffAdministration staff, StaffList list, ApiTokens tokens, AttemptThrottle throttle) {
        this.staff = staff;
        this.list = list;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @GetMapping("/api/v1/users")
    @RolesAllowed({PARTNERSHIP_ADMINISTRATOR, MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR})
    @Operation(summary = "Everyone in your organisation, in name order, a page at a time",
            description = "Paged (page from 1, size up to 100, 100 when not given) and narrowed by person (part of a name or username), "
                    + "status (ACTIVE with access, LEAVING with access set to end on a day, REVOKED), role (a role's code), team (one of "
                    + "your organisation's teams) and from/to (days added, both included). X-Total-Count gives how many match; "
                    + "the Link header the other pages.")
    ResponseEntity<List<StaffMember>> list(Actor actor, @RequestParam(required = false) String person, @RequestParam(required = false) String status,
                                           @RequestParam(required = false) String role, @RequestParam(required = false) UUID team,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                           HttpServletRequest request) {
        ListFilter filter = new ListFilter(person, status, null, null, from, to);
        return PagedResponse.of(list.staff(actor, filter, role, team, PagedResponse.request(page, size)), request);
    }

    @PostMapping("/api/v1/users")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Add a member of staff or a partner system")
    ResponseEntity<StaffMember> create(Actor actor, @RequestBody DirectoryCommands.NewStaffMember command) {
        StaffMember created = staff.create(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/users/{id}")
    @RolesAllowed({PARTNERSHIP_ADMINISTRATOR, MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR})
    @Operation(summary = "One member of your organisation")
    StaffMember get(Actor actor, @PathVariable UUID id) {
        return staff.member(actor, id);
    }

    @PutMapping("/api/v1/users/{id}")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Change details, roles and teams (send the version you read)")
    StaffMember update(Actor actor, @PathVariable UUID id, @RequestBody DirectoryCommands.UpdateStaffMember command) {
        return staff.update(actor, id, command);
    }

    @PutMapping("/api/v1/users/{id}/training")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Record mandatory data protection training")
    StaffMember training(Actor actor, @PathVariable UUID id, @RequestBody DirectoryCommands.RecordTraining command) {
        return staff.recordTraining(actor, id, command);
    }

    @PutMapping("/api/v1/users/{id}/vetting")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Record vetting")
    StaffMember vetting(Actor actor, @PathVariable UUID id, @RequestBody DirectoryCommands.RecordVetting command) {
        return staff.recordVetting(actor, id, command);
    }

    @GetMapping("/api/v1/users/{id}/left-behind")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "What they would leave behind if their access ended: things addressed to them, teams left empty, who could take over")
    LeftBehindView leftBehind(Actor actor, @PathVariable UUID id) {
        return staff.leftBehind(actor, id);
    }

    @PostMapping("/api/v1/users/{id}/revocation")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Revoke access: sessions and tokens die on their next request; what they leave behind goes to handOverTo")
    StaffMember revoke(Actor actor, @PathVariable UUID id, @RequestBody DirectoryCommands.RevokeAccess command) {
        return staff.revoke(actor, id, command);
    }

    @PostMapping("/api/v1/users/{id}/handover")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Hand what someone whose access has ended left behind to a colleague (when nobody took it over as it ended)")
    StaffMember handOver(Actor actor, @PathVariable UUID id, @RequestBody DirectoryCommands.HandOver command) {
        return staff.handOver(actor, id, command);
    }

    @DeleteMapping("/api/v1/users/{id}/revocation")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Reinstate access")
    StaffMember reinstate(Actor actor, @PathVariable UUID id) {
        return staff.reinstate(actor, id);
    }

    @PutMapping("/api/v1/users/{id}/password")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Set a new password for someone (a reset): their sessions end and their API tokens are revoked")
    ResponseEntity<Void> setPassword(Actor actor, @PathVariable UUID id, @RequestBody DirectoryCommands.SetPassword command) {
        staff.setPassword(actor, id, command);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/users/{id}/tokens")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "API tokens issued to someone")
    List<ApiToken> tokens(Actor actor, @PathVariable UUID id) {
        return tokens.tokens(actor, id);
    }

    @PostMapping("/api/v1/users/{id}/tokens")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Issue an API token (its secret is in this response only)")
    ResponseEntity<IssuedToken> issueToken(Actor actor, @PathVariable UUID id, @RequestBody DirectoryCommands.IssueToken command) {
        return ResponseEntity.status(201).body(tokens.issue(actor, id, command));
    }

    @DeleteMapping("/api/v1/users/{id}/tokens/{tokenId}")
    @RolesAllowed(PARTNERSHIP_ADMINISTRATOR)
    @Operation(summary = "Revoke an API token")
    ResponseEntity<Void> revokeToken(Actor actor, @PathVariable UUID id, @PathVariable UUID tokenId) {
        tokens.revoke(actor, id, tokenId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/me")
    @SignedIn
    @Operation(summary = "Who you are, as the directory knows you now")
    Actor me(Actor actor) {
        return actor;
    }

    record ChangePassword(@NotBlank String currentPassword, String newPassword) {
    }

    @PutMapping("/api/v1/me/password")
    @SignedIn
    @Operation(summary = "Change your own password (throttled: 429 after repeated wrong current passwords); your browser sessions end")
    ResponseEntity<Void> changePassword(Actor actor, @RequestBody ChangePassword command, HttpServletRequest request) {
        throttle.attempt(AttemptThrottle.Proof.CURRENT_PASSWORD, actor.userId().toString(), request,
                () -> staff.changeOwnPassword(actor, command.currentPassword(), new DirectoryCommands.SetPassword(command.newPassword())));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/me/tokens")
    @SignedIn
    @Operation(summary = "Your API tokens")
    List<ApiToken> myTokens(Actor actor) {
        return tokens.tokens(actor, actor.userId());
    }

    @PostMapping("/api/v1/me/tokens")
    @SignedIn
    @Operation(summary = "Issue yourself an API token (its secret is in this response only)")
    ResponseEntity<IssuedToken> issueMyToken(Actor actor, @RequestBody DirectoryCommands.IssueToken command) {
        return ResponseEntity.status(201).body(tokens.issue(actor, actor.userId(), command));
    }

    @DeleteMapping("/api/v1/me/tokens/{tokenId}")
    @SignedIn
    @Operation(summary = "Revoke one of your API tokens")
    ResponseEntity<Void> revokeMyToken(Actor actor, @PathVariable UUID tokenId) {
        tokens.revoke(actor, actor.userId(), tokenId);
        return ResponseEntity.noContent().build();
    }
}
