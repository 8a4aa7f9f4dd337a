package org.infoshare.decision;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.DecisionFacts;
import org.infoshare.decision.rules.Question;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.readlog.ReadHow;
import org.infoshare.readlog.ReadLog;
import org.infoshare.readlog.RecordKind;
import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.web.PagedResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.infoshare.shared.access.RolesAllowed;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/** Sharing decisions: decide, read, reconsider; advice, disagreements and judgements, reviews of consent overrides, verbal shares. */
@RestController
@Tag(name = "Sharing decisions")
class DecisionApi {

    private final SharingDecisions decisions;
    private final DecisionFollowUps followUps;

    /** Who read a decision is recorded (002 §4.5). */
    private final ReadLog reads;
    /** Whether a decision read is still as the ledger recorded it (ADR 0063). */
    private final RecordDigests digests;

    DecisionApi(SharingDecisions decisions, DecisionFollowUps followUps, ReadLog reads, RecordDigests digests) {
        this.digests = digests;
        this.reads = reads;
        this.decisions = decisions;
        this.followUps = followUps;
    }

    @PostMapping("/api/v1/decisions")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "State the facts and your reasons: the engine decides share, do not share or seek advice, and the decision is recorded")
    ResponseEntity<DecisionResponse> decide(Actor actor, @RequestBody DecisionCommands.Decide command) {
        RecordedDecision decision = decisions.decide(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + decision.id())).body(DecisionResponse.of(decision));
    }

    @GetMapping("/api/v1/decisions")
    @RolesAllowed(value = {PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "Decisions you may see, newest first, a page at a time; or every decision about one person",
            description = "Without subjectId: paged (page from 1, size up to 100, 100 when not given) and narrowed by person (your "
                    + "organisation's reference), status (SHARE, DO_NOT_SHARE, AWAITING_ADVICE, AWAITING_JUDGEMENT), organisation "
                    + "(the recipient's id) and from/to (days decided, both included). The body is the page's decisions; the "
                    + "X-Total-Count header gives how many match, and the Link header the other pages.")
    ResponseEntity<List<DecisionResponse>> list(Actor actor, @RequestParam(required = false) UUID subjectId,
                                                @RequestParam(required = false) String person, @RequestParam(required = false) String status,
                                                @RequestParam(required = false) UUID organisation,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                HttpServletRequest request) {
        if (subjectId != null) {
            return ResponseEntity.ok(DecisionResponse.checked(decisions.forSubject(actor, subjectId), digests));
        }
        ListFilter filter = new ListFilter(person, status, null, organisation, from, to);
        return PagedResponse.of(DecisionResponse.checked(decisions.page(actor, filter, PagedResponse.request(page, size)), digests), request);
    }

    @GetMapping("/api/v1/decisions/{id}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "One decision: what was stated, the outcome, path, lawful basis chain, items, conditions and rationale, and what followed")
    DecisionResponse get(Actor actor, @PathVariable UUID id) {
        RecordedDecision decision = decisions.decision(actor, id);
        reads.read(actor, RecordKind.DECISION, decision.id(), decision.subjectId(), decision.organisationId(), ReadHow.VIEWED);
        return DecisionResponse.read(decision, digests.check(ProtectedRecords.DECISION, decision.id()));
    }

    @PostMapping("/api/v1/decisions/{id}/reconsideration")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Reconsider a decision not to share in the light of new information; the new decision links to the old")
    ResponseEntity<DecisionResponse> reconsider(Actor actor, @PathVariable UUID id, @RequestBody DecisionCommands.Reconsider command) {
        RecordedDecision decision = decisions.reconsider(actor, id, command);
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + decision.id())).body(DecisionResponse.of(decision));
    }

    @GetMapping("/api/v1/advice")
    @RolesAllowed(value = {MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "Decisions waiting for your advice, the longest waiting first",
            description = "Paged (page from 1, size up to 100, 100 when not given) and narrowed by status (AWAITING, the default, or "
                    + "ADVISED: the advice you gave) and from/to (days advice was asked, both included). X-Total-Count gives how many "
                    + "match; the Link header the other pages.")
    ResponseEntity<List<DecisionResponse>> adviceQueue(Actor actor, @RequestParam(required = false) String status,
                                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                       @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                       HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, status == null ? "AWAITING" : status, null, null, from, to);
        return PagedResponse.of(DecisionResponse.checked(followUps.advicePage(actor, filter, PagedResponse.request(page, size)), digests), request);
    }

    @PostMapping("/api/v1/decisions/{id}/advice")
    @RolesAllowed(value = {MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "Answer the open questions and record your advice; the decision is completed")
    DecisionResponse advise(Actor actor, @PathVariable UUID id, @RequestBody DecisionCommands.Advise command) {
        return DecisionResponse.of(followUps.advise(actor, id, command));
    }

    @PostMapping("/api/v1/decisions/{id}/disagreement")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Record that you disagree with your decision's outcome; your manager or the DPO decides, and both views are kept")
    DecisionResponse disagree(Actor actor, @PathVariable UUID id, @RequestBody DecisionCommands.Disagree command) {
        return DecisionResponse.of(followUps.disagree(actor, id, command));
    }

    @GetMapping("/api/v1/judgements")
    @RolesAllowed(value = {MANAGER, DATA_PROTECTION_OFFICER}, personalData = true)
    @Operation(summary = "Disagreements waiting for your decision")
    List<DecisionResponse> judgements(Actor actor) {
        return DecisionResponse.checked(followUps.judgementQueue(actor), digests);
    }

    @GetMapping("/api/v1/decisions/{id}/judgement-questions")
    @RolesAllowed(value = {MANAGER, DATA_PROTECTION_OFFICER}, personalData = true)
    @Operation(summary = "The questions of judgement in a disagreed decision, with the practitioner's answers")
    Map<Question, Answer> judgementQuestions(Actor actor, @PathVariable UUID id) {
        return followUps.judgementQuestions(actor, id);
    }

    @PostMapping("/api/v1/decisions/{id}/judgement")
    @RolesAllowed(value = {MANAGER, DATA_PROTECTION_OFFICER}, personalData = true)
    @Operation(summary = "Decide on a disagreement: your answers to the questions of judgement and your reasons; the engine decides again on them")
    DecisionResponse judge(Actor actor, @PathVariable UUID id, @RequestBody DecisionCommands.Judge command) {
        return DecisionResponse.of(followUps.judge(actor, id, command));
    }

    @GetMapping("/api/v1/reviews")
    @RolesAllowed(value = MANAGER, personalData = true)
    @Operation(summary = "Decisions that overrode a refusal of consent, waiting for a manager's review")
    List<DecisionResponse> reviews(Actor actor) {
        return DecisionResponse.checked(followUps.reviewQueue(actor), digests);
    }

    @PostMapping("/api/v1/decisions/{id}/review")
    @RolesAllowed(value = MANAGER, personalData = true)
    @Operation(summary = "Review a decision that overrode a refusal of consent")
    DecisionResponse review(Actor actor, @PathVariable UUID id, @RequestBody DecisionCommands.Review command) {
        return DecisionResponse.of(followUps.review(actor, id, command));
    }

    @PostMapping("/api/v1/decisions/{id}/verbal-share")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Record an urgent share made by telephone or in person, to be confirmed in writing")
    DecisionResponse verbalShare(Actor actor, @PathVariable UUID id, @RequestBody DecisionCommands.VerbalShare command) {
        return DecisionResponse.of(followUps.recordVerbalShare(actor, id, command));
    }

    @PostMapping("/api/v1/decisions/{id}/written-confirmation")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Record that a verbal share was confirmed in writing")
    DecisionResponse writtenConfirmation(Actor actor, @PathVariable UUID id) {
        return DecisionResponse.of(followUps.recordWrittenConfirmation(actor, id));
    }

    @GetMapping("/api/v1/decisions/{id}/authorised-share")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "What a completed decision to share allows: the items, the lawful basis and the conditions")
    ResponseEntity<AuthorisedShare> authorisedShare(Actor actor, @PathVariable UUID id) {
        return decisions.authorisedShare(id, actor).map(ResponseEntity::ok).orElseThrow(() -> new org.infoshare.shared.problem.NotFoundException("Authorised share"));
    }

    @GetMapping("/api/v1/decision-items")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = false)
    @Operation(summary = "The items of information you can choose from for a recipient (the standard list and agreements' items)")
    List<DecisionFacts.RequestedItem> items(Actor actor, @RequestParam(required = false) UUID recipientOrganisationId) {
        return decisions.itemChoices(actor, recipientOrganisationId);
    }
}
