package org.infoshare.decision;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.infoshare.decision.record.DecisionRecord;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.ledger.rules.RecordFinding;
import org.infoshare.shared.Page;

/**
 * A recorded decision as the API returns it: its own type, so that neither the stored record nor the engine can
 * change the API by changing shape. Codes are stable vocabulary codes; the words beside them are as the record
 * says them.
 */
@Schema(name = "Decision", description = "A recorded sharing decision: what was stated, the outcome and why, and what followed")
public record DecisionResponse(
        UUID id,
        UUID organisationId,
        UUID subjectId,
        UUID recipientOrganisationId,
        UUID recipientTeamId,
        @Schema(description = "SHARE, DO_NOT_SHARE or SEEK_ADVICE") String outcome,
        @Schema(description = "DECIDED, AWAITING_ADVICE or AWAITING_JUDGEMENT") String status,
        String engineVersion,
        @Schema(description = "The shape the decision was recorded in; every version reads the same here") int schemaVersion,
        UUID decidedBy,
        Instant decidedAt,
        Instant completedAt,
        UUID reconsidersId,
        String newInformation,
        List<UUID> reconsideredBy,
        UUID requestId,
        UUID familyDecisionId,
        String adviserRole,
        String judgeRole,
        Stated stated,
        Result result,
        List<Result> earlierResults,
        Advice advice,
        Review review,
        VerbalShare verbalShare,
        Disagreement disagreement,
        Judgement judgement,
        @Schema(description = "When one decision is read: AS_RECORDED when it is stored as the ledger recorded it; CHANGED (changed after it "
                + "was recorded) or ADDED (put into the database without a ledger entry) when it is not, and then it must not be relied on. "
                + "Lists check each decision they hold the same way; NOT_CHECKED in answers to a change") String recordIntegrity) {

    static final String AS_RECORDED = "AS_RECORDED";
    static final String NOT_CHECKED = "NOT_CHECKED";

    public record Stated(String purpose, String purposeDetails, String recipientPerson, List<StatedItem> items, Boolean identifiable,
                         Boolean confidential, UUID receivedInConfidenceFrom, String originatorConsultation, UUID consentId,
                         String consentNotSoughtReason, String consentOverrideJustification, String childAtRisk, Boolean theChildAtRisk,
                         String vitalInterests, List<String> publicInterest, List<String> gatewayCodes, String proportionate,
                         String lessIntrusiveMeans, String urgency, String outsideUk, String informPerson, String notInformReason, String rationale) {
    }

    public record StatedItem(String code, Boolean necessary, Boolean identifiesOthers, Boolean protectsChild) {
    }

    public record Result(String outcome, String summary, List<Step> path, List<Link> chain, List<Item> shared, List<Item> withheld,
                         Conditions conditions, UUID consentId, boolean consentIsLawfulBasis, boolean consentOverridden, boolean managerReview,
                         UUID agreementId, List<Coded> openQuestions, String adviser, Coded consultation, String engineVersion) {
    }

    public record Coded(String code, String label) {
    }

    public record Step(String question, String answer, String explanation, String citation) {
    }

    public record Link(String code, String kind, String citation, String title, String why) {
    }

    public record Item(String code, String label, String category, String specialCategory, boolean opinion, String reason) {
    }

    public record Conditions(List<Coded> secureMethods, boolean informPerson, String notInformReason, boolean distinguishFactFromOpinion,
                             boolean protectThirdParties, boolean confirmInWriting, boolean outsideUkSafeguards, List<String> notes) {
    }

    public record Advice(UUID advisedBy, Instant advisedAt, Map<String, String> answers, String text) {
    }

    public record Review(String status, UUID reviewedBy, Instant reviewedAt, String comments) {
    }

    public record VerbalShare(Instant sharedAt, String sharedWith, Instant writtenConfirmationAt) {
    }

    public record Disagreement(UUID by, Instant at, String wantedOutcome, String reasons, String judgeRole) {
    }

    public record Judgement(UUID by, Instant at, Map<String, String> answers, String reasons) {
    }

    static DecisionResponse of(RecordedDecision d) {
        return of(d, NOT_CHECKED);
    }

    /** One decision as read, with what the ledger says of its stored content. */
    static DecisionResponse read(RecordedDecision d, Optional<RecordFinding> finding) {
        return of(d, finding.map(f -> f.kind().name()).orElse(AS_RECORDED));
    }

    /**
     * A list's decisions, each with what the ledger says of its stored content, judged in one query for them all
     * ({@link RecordDigests#check(String, java.util.Collection)}).
     */
    static List<DecisionResponse> checked(List<RecordedDecision> decisions, RecordDigests digests) {
        Map<UUID, RecordFinding> findings = digests.check(ProtectedRecords.DECISION, decisions.stream().map(RecordedDecision::id).toList());
        return decisions.stream().map(d -> read(d, Optional.ofNullable(findings.get(d.id())))).toList();
    }

    /** {@link #checked(List, RecordDigests)} for a page of a list. */
    static Page<DecisionResponse> checked(Page<RecordedDecision> page, RecordDigests digests) {
        List<DecisionResponse> items = checked(page.items(), digests);
        return new Page<>(items, page.number(), page.size(), page.total());
    }

    private static DecisionResponse of(RecordedDecision d, String integrity) {
        DecisionRecord r = d.record();
        DecisionRecord.Stated s = r.stated();
        Stated stated = new Stated(s.purpose(), s.purposeDetails(), s.recipientPerson(),
                s.items().stream().map(i -> new StatedItem(i.code(), i.necessary(), i.identifiesOthers(), i.protectsChild())).toList(),
                s.identifiable(), s.confidential(), s.receivedInConfidenceFrom(), s.originatorConsultation(), s.consentId(), s.consentNotSoughtReason(),
                s.consentOverrideJustification(), s.childAtRisk(), s.theChildAtRisk(), s.vitalInterests(), s.publicInterest(), s.gatewayCodes(),
                s.proportionate(), s.lessIntrusiveMeans(), s.urgency(), s.outsideUk(), s.informPerson(), s.notInformReason(), s.rationale());
        Map<String, String> adviceAnswers = new java.util.LinkedHashMap<>();
        if (d.advice() != null) {
            d.advice().answers().forEach((q, a) -> adviceAnswers.put(q.name(), a.name()));
        }
        DecisionRecord.Disagreement dis = r.disagreement();
        DecisionRecord.Judgement judged = r.judgement();
        return new DecisionResponse(d.id(), d.organisationId(), d.subjectId(), d.recipientOrganisationId(), d.recipientTeamId(), d.outcome().name(),
                d.status().name(), d.engineVersion(), d.schemaVersion(), d.decidedBy(), d.decidedAt(), d.completedAt(), d.reconsidersId(), d.newInformation(),
                d.reconsideredBy(), d.requestId(), d.familyDecisionId(), d.adviserRole() == null ? null : d.adviserRole().name(),
                d.judgeRole() == null ? null : d.judgeRole().name(), stated, result(r.result()), r.superseded().stream().map(DecisionResponse::result).toList(),
                d.advice() == null ? null : new Advice(d.advice().advisedBy(), d.advice().advisedAt(), adviceAnswers, d.advice().text()),
                d.review() == null ? null : new Review(d.review().status().name(), d.review().reviewedBy(), d.review().reviewedAt(), d.review().comments()),
                d.verbalShare() == null ? null : new VerbalShare(d.verbalShare().sharedAt(), d.verbalShare().sharedWith(), d.verbalShare().writtenConfirmationAt()),
                dis == null ? null : new Disagreement(dis.by(), dis.at(), dis.wantedOutcome(), dis.reasons(), dis.toRole()),
                judged == null ? null : new Judgement(judged.by(), judged.at(), judged.answers(), judged.reasons()), integrity);
    }

    private static Result result(DecisionRecord.Result r) {
        DecisionRecord.Conditions c = r.conditions();
        return new Result(r.outcome(), r.summary(),
                r.path().stream().map(s -> new Step(s.question(), s.answer(), s.explanation(), s.citation())).toList(),
                r.chain().stream().map(l -> new Link(l.code(), l.kind(), l.citation(), l.title(), l.why())).toList(),
                items(r.shared()), items(r.withheld()),
                new Conditions(coded(c.secureMethods()), c.informPerson(), c.notInformReason(), c.distinguishFactFromOpinion(), c.protectThirdParties(),
                        c.confirmInWriting(), c.outsideUkSafeguards(), c.notes()),
                r.consentId(), r.consentIsLawfulBasis(), r.consentOverridden(), r.managerReview(), r.agreementId(), coded(r.openQuestions()), r.adviser(),
                r.consultation() == null ? null : new Coded(r.consultation().code(), r.consultation().label()), r.engineVersion());
    }

    private static List<Item> items(List<DecisionRecord.ItemDecision> items) {
        return items.stream().map(i -> new Item(i.code(), i.label(), i.category(), i.specialCategory(), i.opinion(), i.reason())).toList();
    }

    private static List<Coded> coded(List<DecisionRecord.Coded> coded) {
        return coded.stream().map(c -> new Coded(c.code(), c.label())).toList();
    }
}
