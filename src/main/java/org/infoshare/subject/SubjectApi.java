package org.infoshare.subject;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
    private final PeopleSearch search;
    private final PersonView people;

    SubjectApi(Subjects subjects, PeopleSearch search, PersonView people) {
        this.subjects = subjects;
        this.search = search;
        this.people = people;
    }

    @PostMapping
    @Operation(summary = "Record a person your organisation holds information about",
            description = "A likely match already recorded (the same NHS number, or a similar name and the same date of birth) is "
                    + "answered 409 with the candidates, and nothing is recorded, unless confirmedDifferent is true. Candidates the "
                    + "caller does not work with are given by id and reason only.")
    ResponseEntity<Subject> create(Actor actor, @RequestBody SubjectCommands.RecordSubject command) {
        Subject subject = subjects.add(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/subjects/" + subject.id())).body(subject);
    }

    @GetMapping("/search")
    @Operation(summary = "Find people by name (spelt as heard), date of birth, your organisation's reference or NHS number",
            description = "One search text, read as its terms: a whole NHS number; a date of birth (26/10/2017, 2017-10-26 or "
                    + "26 October 2017); the remaining words as parts of a name, each matched exactly or by how it sounds. Every term "
                    + "must match. Only people of your organisation whom you may see. Pages from 1.")
    Page<Subject> search(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                         @RequestParam(required = false) Integer size) {
        return search.search(actor, q, PageRequest.of(page, size));
    }

    @ExceptionHandler(PossibleDuplicateException.class)
    ResponseEntity<ProblemDetail> possibleDuplicate(PossibleDuplicateException e) {
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.CONFLICT, "likely-same-person", "Conflicts with existing records",
                e.getMessage(), e.violations());
        problem.setProperty("candidates", e.candidates());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
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
        return subjects.familyAsSeenBy(actor, id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "What has happened to the person, newest first, as their page shows it",
            description = "Each entry says when, what kind of record it is and what happened, in words, with the path of the record's "
                    + "own page. Only records the caller may open: consent, decisions, requests, disclosures sent, and those received "
                    + "about the same NHS number addressed to the caller or their team, rights requests, notices, corrections and "
                    + "whether they were told. The newest " + PersonView.HISTORY_LIMIT + ". notAsRecorded is true for a decision or "
                    + "request that is not stored as the ledger recorded it: do not rely on it (other entries are checked when opened).")
    List<HistoryEntry> history(Actor actor, @PathVariable UUID id) {
        return people.open(actor, id).history();
    }

    @PostMapping("/{id}/relatives")
    @Operation(summary = "Link a family member (another person in your records) with how they are related to this person")
    ResponseEntity<Family> relate(Actor actor, @PathVariable UUID id, @RequestBody SubjectCommands.RelateSubjects command) {
        return ResponseEntity.status(201).body(subjects.relate(actor, id, command));
    }

}
