package org.infoshare.subject;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The people your organisation holds information about, and their families. */
@RestController
@RequestMapping("/api/v1/subjects")
@Tag(name = "Data subjects")
@RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN}, personalData = true)
class SubjectApi {

    private final Subjects subjects;

    SubjectApi(Subjects subjects) {
        this.subjects = subjects;
    }

    @PostMapping
    @Operation(summary = "Record a person your organisation holds information about")
    ResponseEntity<Subject> create(Actor actor, @RequestBody SubjectCommands.RecordSubject command) {
        Subject subject = subjects.record(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/subjects/" + subject.id())).body(subject);
    }

    @GetMapping
    @Operation(summary = "Find a person by your organisation's reference, or list the most recently recorded")
    List<Subject> find(Actor actor, @RequestParam(required = false) String reference) {
        if (reference == null) {
            return subjects.recent(actor);
        }
        return subjects.byReference(actor, reference).map(List::of).orElse(List.of());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One person")
    Subject get(Actor actor, @PathVariable UUID id) {
        return subjects.subject(actor, id);
    }

    @GetMapping("/{id}/family")
    @Operation(summary = "The person's household or family: everyone linked to them, with how they are related")
    Family family(Actor actor, @PathVariable UUID id) {
        return subjects.family(actor, id);
    }

    @PostMapping("/{id}/relatives")
    @Operation(summary = "Link a family member (another person in your records) with how they are related to this person")
    ResponseEntity<Family> relate(Actor actor, @PathVariable UUID id, @RequestBody SubjectCommands.RelateSubjects command) {
        return ResponseEntity.status(201).body(subjects.relate(actor, id, command));
    }

}
