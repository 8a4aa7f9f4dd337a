package org.infoshare.subject;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.RolesAllowed;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/** Need to know in the API (ADR 0048): record a reason to look at a person's records, and the Data Protection Officer's log of them. */
@RestController
@Tag(name = "Data subjects")
class BreakGlassApi {

    private final BreakGlass breakGlass;

    BreakGlassApi(BreakGlass breakGlass) {
        this.breakGlass = breakGlass;
    }

    @PostMapping("/api/v1/subjects/break-glass")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Record why you need to look at the records of a person your team does not work with (break glass)",
            description = "You then see the person and every record about them for 24 hours. Your Data Protection Officer sees the reason.")
    ResponseEntity<BreakGlass.Opened> open(Actor actor, @RequestBody BreakGlassCommand command) {
        BreakGlass.Opened opened = breakGlass.open(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/subjects/" + opened.subject().id())).body(opened);
    }

    @GetMapping("/api/v1/break-glass")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR}, personalData = true)
    @Operation(summary = "Every reason recorded in your organisation to look at someone's records, newest first")
    List<BrokenGlass> log(Actor actor) {
        return breakGlass.log(actor);
    }
}
