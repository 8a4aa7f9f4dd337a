package org.infoshare.scheme;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.web.PagedResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/** Public disclosure schemes for police systems and scripts (004 §8.3, §8.6); to anyone outside the police, nothing exists. */
@RestController
@Tag(name = "Public disclosure schemes")
class SchemeApi {

    private static final String BASE = "/api/v1/schemes/applications";

    private final Schemes schemes;

    SchemeApi(Schemes schemes) {
        this.schemes = schemes;
    }

    @GetMapping(BASE)
    @RolesAllowed({PRACTITIONER, MANAGER})
    @Operation(summary = "Your force's applications under the disclosure schemes, open ones first, a page at a time",
            description = "page from 1, size up to 100; open=true for open applications only. X-Total-Count gives how many match.")
    ResponseEntity<List<SchemeResponse.Summary>> list(Actor actor, @RequestParam(defaultValue = "false") boolean open,
                                                      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                      HttpServletRequest request) {
        return PagedResponse.of(schemes.page(actor, open, PagedResponse.request(page, size)).map(SchemeResponse.Summary::of), request);
    }

    @PostMapping(BASE)
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Record an application under the Domestic Violence or Child Sex Offender Disclosure Scheme")
    ResponseEntity<SchemeResponse> record(Actor actor, @RequestBody SchemeCommands.RecordApplication command) {
        SchemeApplication application = schemes.record(actor, command);
        return ResponseEntity.created(URI.create(BASE + "/" + application.id())).body(SchemeResponse.of(application));
    }

    @GetMapping(BASE + "/{id}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "One application with its stages and what comes next")
    SchemeResponse application(Actor actor, @PathVariable UUID id) {
        return SchemeResponse.of(schemes.application(actor, id));
    }

    @PostMapping(BASE + "/{id}/checks")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Record the initial checks")
    SchemeResponse checks(Actor actor, @PathVariable UUID id, @RequestBody SchemeCommands.RecordChecks command) {
        return SchemeResponse.of(schemes.checks(actor, id, command));
    }

    @PostMapping(BASE + "/{id}/meeting")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Record the face-to-face meeting with the applicant, at which their identity was verified")
    SchemeResponse meeting(Actor actor, @PathVariable UUID id, @RequestBody SchemeCommands.RecordMeeting command) {
        return SchemeResponse.of(schemes.meeting(actor, id, command));
    }

    @PostMapping(BASE + "/{id}/forum")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Record the multi-agency forum's recommendation and the partners who contributed")
    SchemeResponse forum(Actor actor, @PathVariable UUID id, @RequestBody SchemeCommands.RecordForum command) {
        return SchemeResponse.of(schemes.forum(actor, id, command));
    }

    @PostMapping(BASE + "/{id}/decision")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Decide whether to disclose, under the scheme's rules with the scheme as the gateway")
    SchemeResponse decide(Actor actor, @PathVariable UUID id, @RequestBody SchemeCommands.Decide command) {
        return SchemeResponse.of(schemes.decide(actor, id, command));
    }

    @PostMapping(BASE + "/{id}/disclosure")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Record the disclosure made in person and the undertaking of confidentiality, or the decision when it was refused")
    SchemeResponse disclosure(Actor actor, @PathVariable UUID id, @RequestBody SchemeCommands.RecordDisclosure command) {
        return SchemeResponse.of(schemes.disclosure(actor, id, command));
    }
}
