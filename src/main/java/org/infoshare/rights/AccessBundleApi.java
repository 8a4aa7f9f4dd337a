package org.infoshare.rights;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The subject access bundle of an access or portability request: prepared, previewed, approved, released. */
@RestController
@RequestMapping("/api/v1/rights/requests/{id}/bundle")
@Tag(name = "Subject access bundles")
@RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
class AccessBundleApi {

    private final AccessBundles bundles;

    AccessBundleApi(AccessBundles bundles) {
        this.bundles = bundles;
    }

    @PostMapping
    @Operation(summary = "Prepare the bundle, once the person is confirmed and their identity checked")
    AccessBundle prepare(Actor actor, @PathVariable UUID id) {
        return bundles.prepare(actor, id);
    }

    @GetMapping
    @Operation(summary = "The internal copy: every entry, each withheld one with the exemption it is withheld under")
    AccessBundles.Preview preview(Actor actor, @PathVariable UUID id) {
        return bundles.preview(actor, id);
    }

    @PostMapping("/choices")
    @Operation(summary = "Include or withhold one entry (naming the exemption), or let the default stand")
    AccessBundles.Preview choose(Actor actor, @PathVariable UUID id, @RequestBody BundleCommands.Choose command) {
        return bundles.choose(actor, id, command);
    }

    @PutMapping("/identities")
    @Operation(summary = "Other people's names to withhold wherever they appear, one per line")
    AccessBundles.Preview identities(Actor actor, @PathVariable UUID id, @RequestBody BundleCommands.Identities command) {
        return bundles.identities(actor, id, command);
    }

    @PostMapping("/approval")
    @Operation(summary = "Approve the bundle as previewed: its content is fixed and the digest of what will be released is ledgered")
    AccessBundle approve(Actor actor, @PathVariable UUID id) {
        return bundles.approve(actor, id);
    }

    @PostMapping("/reopening")
    @Operation(summary = "Reopen an approved bundle to change it, before it is released")
    AccessBundle reopen(Actor actor, @PathVariable UUID id) {
        return bundles.reopen(actor, id);
    }

    @PostMapping("/release")
    @Operation(summary = "Record that the approved bundle was released to the person, and how")
    AccessBundle release(Actor actor, @PathVariable UUID id, @RequestBody BundleCommands.Release command) {
        return bundles.release(actor, id, command);
    }

    @GetMapping(value = "/released", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The bundle as the person receives it, as JSON (their information in a machine-readable form)")
    ReleasedBundle released(Actor actor, @PathVariable UUID id) {
        return bundles.released(actor, id);
    }

    @GetMapping(value = "/released.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The bundle as the person receives it, as an accessible PDF")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("their-information.pdf").build().toString())
                .body(bundles.pdf(actor, id));
    }
}
