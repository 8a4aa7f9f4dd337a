package org.infoshare.rights;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Informing people: the privacy notice's versions, and whether each person was told about a share or why not. */
@RestController
@Tag(name = "Informing people")
@RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER}, personalData = true)
class InformingApi {

    private final Informing informing;

    InformingApi(Informing informing) {
        this.informing = informing;
    }

    @GetMapping("/api/v1/rights/privacy-notices")
    @Operation(summary = "Every version of your organisation's privacy notice, newest first")
    List<PrivacyNotice> notices(Actor actor) {
        return informing.notices(actor.organisationId());
    }

    @PostMapping("/api/v1/rights/privacy-notices")
    @RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Publish a new version of your organisation's privacy notice (a change is always a new version)")
    PrivacyNotice publish(Actor actor, @RequestBody InformingCommands.PublishNotice command) {
        return informing.publish(actor, command);
    }

    @PostMapping("/api/v1/rights/informed")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record that a person was told about a share (when, how, which notice version) or the reason they were not")
    PersonInformed record(Actor actor, @RequestBody InformingCommands.RecordInforming command) {
        return informing.record(actor, command);
    }

    @GetMapping("/api/v1/subjects/{id}/informed")
    @Operation(summary = "What is recorded about telling the person of shares")
    List<PersonInformed> aboutSubject(Actor actor, @PathVariable UUID id) {
        return informing.aboutSubject(actor, id);
    }

    @GetMapping("/api/v1/rights/informed/awaiting")
    @Operation(summary = "Your organisation's shares whose sender said the person would be told, with nothing recorded yet; oldest first")
    List<InformingStore.Untold> untold(Actor actor) {
        return informing.untold(actor);
    }
}
