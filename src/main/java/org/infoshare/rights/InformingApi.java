package org.infoshare.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.web.PagedResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
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
    @Operation(summary = "Your organisation's shares whose sender said the person would be told, with nothing recorded yet, a page at a time; oldest first",
            description = "About the people you may see. Paged (page from 1, size up to 100, 100 when not given) and narrowed by person (your "
                    + "organisation's reference for them), organisation (the recipient's id) and from/to (days sent, both included). "
                    + "X-Total-Count gives how many match; the Link header the other pages.")
    ResponseEntity<List<InformingStore.Untold>> untold(Actor actor, @RequestParam(required = false) String person,
                                                       @RequestParam(required = false) UUID organisation,
                                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                       @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                       HttpServletRequest request) {
        ListFilter filter = new ListFilter(person, null, null, organisation, from, to);
        return PagedResponse.of(informing.untold(actor, filter, PagedResponse.request(page, size)), request);
    }
}
