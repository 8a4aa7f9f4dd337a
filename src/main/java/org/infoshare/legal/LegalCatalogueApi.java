package org.infoshare.legal;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.access.SignedIn;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The legal catalogue: lawful bases, conditions and gateways by stable code, versioned. */
@RestController
@RequestMapping("/api/v1/legal/provisions")
@Tag(name = "Legal catalogue")
class LegalCatalogueApi {

    private final LegalCatalogue catalogue;

    LegalCatalogueApi(LegalCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @SignedIn
    @Operation(summary = "The catalogue at its current version: every provision, built in or added")
    CatalogueSnapshot list() {
        return catalogue.current();
    }

    @GetMapping("/{code}")
    @SignedIn
    @Operation(summary = "One provision")
    CatalogueEntry get(@PathVariable String code) {
        return catalogue.entry(code);
    }

    @PostMapping
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    @Operation(summary = "Add a provision (for example a statutory gateway in a newer Act); the catalogue version goes up by one")
    ResponseEntity<CatalogueEntry> add(Actor actor, @RequestBody LegalCommands.AddProvision command) {
        CatalogueEntry added = catalogue.add(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/legal/provisions/" + added.provision().code())).body(added);
    }
}
