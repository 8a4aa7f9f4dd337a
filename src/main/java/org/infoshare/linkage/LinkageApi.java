package org.infoshare.linkage;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.linkage.rules.outcomes.HeadlineArea;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.web.PagedResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/**
 * Supporting Families linkage for analysts' tools: plans and their configuration, the linking organisation's own
 * encoded extract, runs, the review of uncertain pairs, the board's suppressed table, publication, and the early
 * help team's worklist with each family's evidence. Whoever may not see a plan, run or family is answered 404.
 * A pair's, person's or family's number is taken as text and read by the service once the run is known to be the
 * caller's, so that a malformed number on a run they cannot see answers exactly as a missing run does.
 */
@RestController
@Tag(name = "Supporting Families linkage")
class LinkageApi {

    private final LinkagePlans plans;
    private final LinkageRuns runs;
    private final LinkageReviews reviews;
    private final LinkageBoard board;
    private final FamilyWorklist worklist;

    LinkageApi(LinkagePlans plans, LinkageRuns runs, LinkageReviews reviews, LinkageBoard board, FamilyWorklist worklist) {
        this.plans = plans;
        this.runs = runs;
        this.reviews = reviews;
        this.board = board;
        this.worklist = worklist;
    }

    // --- plans -------------------------------------------------------------------------------------------

    @GetMapping("/api/v1/linkage-plans")
    @RolesAllowed({PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER})
    @Operation(summary = "The linkages of your organisation you take part in")
    List<LinkagePlan> plans(Actor actor) {
        return plans.visibleTo(actor);
    }

    @PostMapping("/api/v1/linkage-plans")
    @RolesAllowed({DATA_PROTECTION_OFFICER, MANAGER})
    @Operation(summary = "Set up a linkage under an agreement: its analysts' team, early help team and the linkage secret's fingerprint")
    ResponseEntity<LinkagePlan> create(Actor actor, @RequestBody LinkageCommands.CreatePlan command) {
        LinkagePlan plan = plans.create(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/linkage-plans/" + plan.id())).body(plan);
    }

    @GetMapping("/api/v1/linkage-plans/{id}")
    @RolesAllowed({PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER})
    @Operation(summary = "One linkage and its configuration")
    LinkagePlan plan(Actor actor, @PathVariable UUID id) {
        return plans.get(actor, id);
    }

    @PutMapping("/api/v1/linkage-plans/{id}/settings")
    @RolesAllowed({PRACTITIONER, MANAGER})
    @Operation(summary = "Change the blocking rules, the match threshold and the review band (send the version you read)")
    LinkagePlan settings(Actor actor, @PathVariable UUID id, @RequestBody LinkageCommands.UpdateSettings command) {
        return plans.updateSettings(actor, id, command);
    }

    @PutMapping("/api/v1/linkage-plans/{id}/overrides")
    @RolesAllowed({PRACTITIONER, MANAGER})
    @Operation(summary = "Set m and u for one field's level, or (both empty) go back to what the data gives; each above 0 and below 1, "
            + "and with both, m above u for the field's strongest agreement (rule m-above-u) and below u for different values (rule m-below-u)")
    LinkagePlan override(Actor actor, @PathVariable UUID id, @RequestBody LinkageCommands.SetOverride command) {
        return plans.setOverride(actor, id, command);
    }

    @PostMapping("/api/v1/linkage-plans/{id}/descriptors")
    @RolesAllowed({PRACTITIONER, MANAGER})
    @Operation(summary = "Add a local descriptor to the outcomes plan (a new version of the plan)")
    LinkagePlan addDescriptor(Actor actor, @PathVariable UUID id, @RequestBody LinkageCommands.AddDescriptor command) {
        return plans.addDescriptor(actor, id, command);
    }

    @PostMapping("/api/v1/linkage-plans/{id}/descriptors/removal")
    @RolesAllowed({PRACTITIONER, MANAGER})
    @Operation(summary = "Remove a local descriptor from the outcomes plan (a new version of the plan)")
    LinkagePlan removeDescriptor(Actor actor, @PathVariable UUID id, @RequestBody LinkageCommands.RemoveDescriptor command) {
        return plans.removeDescriptor(actor, id, command);
    }

    @PutMapping("/api/v1/linkage-plans/{id}/eligibility")
    @RolesAllowed({PRACTITIONER, MANAGER})
    @Operation(summary = "Set how many headline areas make a family eligible and how long progress must last")
    LinkagePlan eligibility(Actor actor, @PathVariable UUID id, @RequestBody LinkageCommands.Eligibility command) {
        return plans.setEligibility(actor, id, command);
    }

    @PostMapping("/api/v1/linkage-plans/{id}/own-extract")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Send the linking organisation's own records (text/csv), encoded by encode-for-linkage; refused whole with the rows and rules broken")
    ResponseEntity<LinkagePlans.OwnExtractReceipt> ownExtract(Actor actor, @PathVariable UUID id, HttpServletRequest request) throws IOException {
        LinkagePlans.OwnExtractReceipt receipt = plans.uploadOwnExtract(actor, id, request.getInputStream());
        return ResponseEntity.status(201).body(receipt);
    }

    // --- runs --------------------------------------------------------------------------------------------

    @PostMapping("/api/v1/linkage-plans/{id}/runs")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Start a run over the latest extracts; it goes on in the background (poll the run)")
    ResponseEntity<LinkageRun> start(Actor actor, @PathVariable UUID id) {
        LinkageRun run = runs.start(actor, id);
        return ResponseEntity.accepted().location(URI.create("/api/v1/linkage-runs/" + run.id())).body(run);
    }

    @GetMapping("/api/v1/linkage-plans/{id}/runs")
    @RolesAllowed({PRACTITIONER, MANAGER})
    @Operation(summary = "The linkage's runs, newest first, a page at a time",
            description = "Paged (page from 1, size up to 100, 100 when not given) and narrowed by status (RUNNING, FINISHED, PUBLISHED, "
                    + "FAILED) and from/to (days started, both included). X-Total-Count gives how many match; the Link header the other pages.")
    ResponseEntity<List<LinkageRun>> runs(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String status,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                          HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, status, null, null, from, to);
        return PagedResponse.of(runs.list(actor, id, filter, PagedResponse.request(page, size)), request);
    }

    @GetMapping("/api/v1/linkage-runs")
    @RolesAllowed({PRACTITIONER, MANAGER})
    @Operation(summary = "The runs of every linkage you take part in, newest first within each linkage, a page at a time",
            description = "Paged and narrowed like one linkage's runs.")
    ResponseEntity<List<LinkageRun>> allRuns(Actor actor, @RequestParam(required = false) String status,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                             HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, status, null, null, from, to);
        return PagedResponse.of(runs.visibleTo(actor, filter, PagedResponse.request(page, size)), request);
    }

    @GetMapping("/api/v1/linkage-runs/{id}")
    @RolesAllowed({PRACTITIONER, MANAGER})
    @Operation(summary = "One run: its status, what it read and found, and the model it used")
    LinkageRun run(Actor actor, @PathVariable UUID id) {
        return runs.get(actor, id);
    }

    @GetMapping("/api/v1/linkage-runs/{id}/board")
    @RolesAllowed({PRACTITIONER, MANAGER})
    @Operation(summary = "Families meeting each headline area, with small numbers suppressed (null) for a board report")
    LinkageBoard.Board board(Actor actor, @PathVariable UUID id) {
        return board.board(actor, id);
    }

    @PostMapping("/api/v1/linkage-runs/{id}/publication")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Publish a finished run's families to the early help team's worklist")
    LinkageRun publish(Actor actor, @PathVariable UUID id) {
        return runs.publish(actor, id);
    }

    // --- review ------------------------------------------------------------------------------------------

    @GetMapping("/api/v1/linkage-runs/{id}/pairs")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Uncertain pairs for review, each explained field by field")
    List<LinkageReviews.PairReview> pairs(Actor actor, @PathVariable UUID id) {
        return reviews.pairs(actor, id);
    }

    @GetMapping("/api/v1/linkage-runs/{id}/pairs/{pairNo}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "One uncertain pair")
    LinkageReviews.PairReview pair(Actor actor, @PathVariable UUID id, @PathVariable @NumberInRun String pairNo) {
        return reviews.pair(actor, id, pairNo);
    }

    @PostMapping("/api/v1/linkage-runs/{id}/pairs/{pairNo}/decision")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Decide a pair: the same person (joined from the next run on) or not (never joined)")
    LinkageReviews.PairReview decide(Actor actor, @PathVariable UUID id, @PathVariable @NumberInRun String pairNo, @RequestBody LinkageCommands.Decide command) {
        return reviews.decide(actor, id, pairNo, command);
    }

    @GetMapping("/api/v1/linkage-runs/{id}/people")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "People the run flagged for a look (for example records that disagree on date of birth), by their records")
    List<LinkageReviews.PersonReview> flagged(Actor actor, @PathVariable UUID id) {
        return reviews.flagged(actor, id);
    }

    @GetMapping("/api/v1/linkage-runs/{id}/people/{personNo}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "One person of the run by their records: a flagged person, or (with family) a member of that family")
    LinkageReviews.PersonReview person(Actor actor, @PathVariable UUID id, @PathVariable @NumberInRun String personNo,
                                       @RequestParam(required = false) Integer family) {
        return reviews.person(actor, id, personNo, family);
    }

    @PostMapping("/api/v1/linkage-runs/{id}/people/{personNo}/split")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Separate some of a person's records (by position) from the rest: no later run joins them again")
    LinkageReviews.PersonReview split(Actor actor, @PathVariable UUID id, @PathVariable @NumberInRun String personNo, @RequestParam(required = false) Integer family,
                                      @RequestBody LinkageCommands.Split command) {
        return reviews.split(actor, id, personNo, family, command);
    }

    // --- worklist ----------------------------------------------------------------------------------------

    @GetMapping("/api/v1/linkage-plans/{id}/worklist")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "The early help team's worklist from the latest published run, filtered and sorted")
    FamilyWorklist.Worklist worklist(Actor actor, @PathVariable UUID id, @RequestParam(required = false) HeadlineArea area,
                                     @RequestParam(defaultValue = "false") boolean eligibleOnly,
                                     @RequestParam(defaultValue = "AREAS") FamilyWorklist.Sort sort) {
        return worklist.worklist(actor, id, new FamilyWorklist.Filter(area, eligibleOnly, null, sort));
    }

    @GetMapping("/api/v1/linkage-runs/{id}/families")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "The families a run found (for its analysts; for the early help team once published)")
    List<FamilyWorklist.Entry> families(Actor actor, @PathVariable UUID id) {
        return worklist.families(actor, id);
    }

    @GetMapping("/api/v1/linkage-runs/{id}/families/{familyNo}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "A family's evidence (only what the agreement lets the linking organisation see); the opening is recorded")
    FamilyWorklist.Family family(Actor actor, @PathVariable UUID id, @PathVariable @NumberInRun String familyNo) {
        return worklist.family(actor, id, familyNo);
    }

    @PostMapping("/api/v1/linkage-runs/{id}/families/{familyNo}/programme")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Take a family into the programme: this run is its baseline, and later runs assess its progress (recorded with its evidence)")
    ResponseEntity<java.util.Map<String, UUID>> joinProgramme(Actor actor, @PathVariable UUID id, @PathVariable @NumberInRun String familyNo) {
        return ResponseEntity.status(201).body(java.util.Map.of("programmeId", worklist.joinProgramme(actor, id, familyNo)));
    }

    /** A pair's, person's or family's number within the run (a whole number; documented as one, read as text). */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "0"))
    @interface NumberInRun {
    }
}
