package org.infoshare.decision;

import java.util.List;
import java.util.UUID;

import org.infoshare.decision.record.DecisionRecord;
import org.infoshare.decision.rules.Outcome;
import org.infoshare.ledger.LedgerEvent;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;

/**
 * Every ledger entry the decision module writes, built in one place: ids, codes, counts and versions, never
 * personal data or free text (ADR 0003). The actions are stable; auditors filter by them.
 */
final class DecisionEvents {

    private DecisionEvents() {
    }

    static LedgerEvent recorded(Actor actor, DecisionStore.NewDecision d) {
        DecisionRecord.Result result = d.record().result();
        return LedgerEvent.of("decision.recorded", "decision", d.id())
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("subject", d.record().stated().subjectId())
                .detail("outcome", result.outcome())
                .detail("mode", d.record().facts().mode())
                .detail("purpose", d.record().facts().purpose().code())
                .detail("recipient", d.record().stated().recipientOrganisationId())
                .detail("shared", result.shared().size())
                .detail("withheld", result.withheld().size())
                .detail("basis", chainCodes(result))
                .detail("consent", result.consentId())
                .detail("consentBasis", result.consentIsLawfulBasis())
                .detail("consentOverridden", result.consentOverridden())
                .detail("consultation", result.consultation() == null ? null : result.consultation().code())
                .detail("agreement", result.agreementId())
                .detail("reconsiders", d.reconsidersId())
                .detail("request", d.requestId())
                .detail("family", d.familyDecisionId())
                .detail("adviser", d.adviserRole())
                .detail("engine", d.engineVersion())
                .detail("schema", d.record().schema())
                .build();
    }

    static LedgerEvent advised(Actor actor, RecordedDecision decision, DecisionRecord.Result result, int questions) {
        return LedgerEvent.of("decision.advised", "decision", decision.id())
                .actor(actor.userId()).organisation(decision.organisationId())
                .detail("outcome", result.outcome()).detail("questions", questions).detail("basis", chainCodes(result))
                .build();
    }

    static LedgerEvent overrideReviewed(Actor actor, RecordedDecision decision, RecordedDecision.ReviewStatus status) {
        return LedgerEvent.of("decision.override-reviewed", "decision", decision.id())
                .actor(actor.userId()).organisation(decision.organisationId()).detail("review", status).build();
    }

    static LedgerEvent verbalShare(Actor actor, RecordedDecision decision) {
        return LedgerEvent.of("decision.verbal-share-recorded", "decision", decision.id())
                .actor(actor.userId()).organisation(decision.organisationId()).build();
    }

    static LedgerEvent writtenConfirmation(Actor actor, RecordedDecision decision) {
        return LedgerEvent.of("decision.written-confirmation-recorded", "decision", decision.id())
                .actor(actor.userId()).organisation(decision.organisationId()).build();
    }

    static LedgerEvent disagreed(Actor actor, RecordedDecision decision, String wanted, Role judge) {
        return LedgerEvent.of("decision.disagreed", "decision", decision.id())
                .actor(actor.userId()).organisation(decision.organisationId())
                .detail("engineOutcome", decision.outcome()).detail("wanted", wanted).detail("judge", judge)
                .build();
    }

    static LedgerEvent judged(Actor actor, RecordedDecision decision, DecisionRecord.Result result, int answers) {
        return LedgerEvent.of("decision.judged", "decision", decision.id())
                .actor(actor.userId()).organisation(decision.organisationId())
                .detail("engineOutcome", decision.outcome()).detail("outcome", result.outcome())
                .detail("changed", !decision.outcome().name().equals(result.outcome())).detail("answers", answers)
                .detail("basis", chainCodes(result))
                .build();
    }

    static LedgerEvent familyRecorded(Actor actor, UUID familyDecisionId, List<UUID> decisions, UUID recipient) {
        return LedgerEvent.of("decision.family-recorded", "family-decision", familyDecisionId)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("members", decisions.size()).detail("recipient", recipient)
                .build();
    }

    static LedgerEvent requestSent(Actor actor, UUID id, DecisionCommands.SendRequest command) {
        return LedgerEvent.of("request.sent", "information-request", id)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("holder", command.holderOrganisationId()).detail("purpose", command.purpose())
                .detail("gateway", command.gatewayCode()).detail("items", command.items().size())
                .detail("urgency", command.urgency())
                .build();
    }

    static LedgerEvent requestAnswered(Actor actor, UUID id, RecordedDecision decision, UUID reconsiders) {
        return LedgerEvent.of("request.answered", "information-request", id)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("decision", decision.id()).detail("outcome", decision.outcome()).detail("reconsiders", reconsiders)
                .build();
    }

    /** A request whose decision waited for advice, answered when the advice settled the decision's outcome. */
    static LedgerEvent requestAnsweredOnAdvice(Actor actor, UUID id, UUID decision, Outcome outcome) {
        return LedgerEvent.of("request.answered-on-advice", "information-request", id)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("decision", decision).detail("outcome", outcome)
                .build();
    }

    static LedgerEvent reconsiderationAsked(Actor actor, UUID id, UUID previousDecision) {
        return LedgerEvent.of("request.reconsideration-asked", "information-request", id)
                .actor(actor.userId()).organisation(actor.organisationId()).detail("previousDecision", previousDecision)
                .build();
    }

    /** A request still awaiting its answer, handed from someone whose access ended to the colleague who took over. */
    static LedgerEvent requestReaddressed(UUID organisation, UUID by, UUID id, UUID from, UUID to) {
        return LedgerEvent.of("request.readdressed", "information-request", id)
                .actor(by).organisation(organisation).detail("from", from).detail("to", to)
                .build();
    }

    private static String chainCodes(DecisionRecord.Result result) {
        String codes = String.join(",", result.chain().stream().map(DecisionRecord.Link::code).toList());
        return codes.length() > 200 ? codes.substring(0, 200) : codes;
    }
}
