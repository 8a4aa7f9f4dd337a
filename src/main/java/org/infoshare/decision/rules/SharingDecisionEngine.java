package org.infoshare.decision.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.infoshare.shared.Role;

/**
 * Walks the layers of a sharing decision (DOMAIN 'The decision, layer by layer'; 003 'When? Who? How?';
 * 000 Appendix 1) and answers share, do not share or seek advice, with the path it took, the lawful basis
 * chain, the items to share and withhold, and the conditions. Plain Java: no state, safe to share.
 */
public final class SharingDecisionEngine {

    /** Changes whenever the rules change, so that every recorded decision says which rules made it. */
    public static final String VERSION = "2026.11-1";

    private static final List<Layer> LAYERS = List.of(
            new PurposePolicy(),
            new AgreementPolicy(),
            new IdentifiabilityPolicy(),
            new ConsentPolicy(),
            new OtherReasonPolicy(),
            new ProportionalityPolicy(),
            new LawfulBasisPolicy(),
            new OutsideUkPolicy(),
            new MinimisationPolicy(),
            new HowPolicy());

    public DecisionResult evaluate(DecisionFacts facts, AgreementIndex agreements) {
        return evaluate(facts, agreements.between(facts.holder().organisationId(), facts.recipientOrganisationId()));
    }

    /** @param agreements the agreements between the holder and the recipient, in any status */
    public DecisionResult evaluate(DecisionFacts facts, List<ApplicableAgreement> agreements) {
        Workings w = new Workings(facts, agreements);
        for (Layer layer : LAYERS) {
            Verdict verdict = layer.apply(w);
            if (verdict != null) {
                return conclude(w, verdict);
            }
        }
        return conclude(w, new Verdict(Outcome.SHARE, shareSummary(w)));
    }

    private static DecisionResult conclude(Workings w, Verdict verdict) {
        w.step("Record the decision and the reasons for it", verdict.outcome().label(),
                "Record the decision whether or not you share, with what was shared, with whom, for what purpose and why.",
                "003 golden rule 7; 004 golden rule 7");
        if (verdict.outcome() == Outcome.SHARE) {
            if (w.chain.isEmpty() || w.shared.isEmpty()) {
                throw new IllegalStateException("A share needs a lawful basis chain and at least one item");
            }
            return new DecisionResult(Outcome.SHARE, verdict.summary(), w.path, w.chain, w.shared, w.withheld, w.conditions,
                    w.consentId(), w.overridden, w.overridden, w.agreement == null ? null : w.agreement.agreementId(), List.of(), null);
        }
        List<DecisionResult.ItemDecision> withheld = new ArrayList<>(w.facts.items().size());
        java.util.Set<String> seen = new java.util.HashSet<>();
        String reason = verdict.outcome() == Outcome.SEEK_ADVICE ? "Not shared while advice is sought." : "Not shared: " + verdict.summary();
        for (DecisionFacts.RequestedItem item : w.facts.items()) {
            if (seen.add(item.code())) {
                withheld.add(new DecisionResult.ItemDecision(item.code(), item.label(), item.category(), item.specialCategory(), item.opinion(), reason));
            }
        }
        if (verdict.outcome() == Outcome.SEEK_ADVICE) {
            List<Question> open = openQuestions(w);
            Role adviser = w.adviser == null ? Role.MANAGER : w.adviser;
            return new DecisionResult(Outcome.SEEK_ADVICE, verdict.summary(), w.path, List.of(), List.of(), withheld,
                    DecisionResult.Conditions.NONE, null, false, false, w.agreement == null ? null : w.agreement.agreementId(), open, adviser);
        }
        return new DecisionResult(Outcome.DO_NOT_SHARE, verdict.summary(), w.path, List.of(), List.of(), withheld,
                DecisionResult.Conditions.NONE, null, false, false, w.agreement == null ? null : w.agreement.agreementId(), List.of(), null);
    }

    /** The question that stopped the walk, and every other question the practitioner was unsure of. */
    private static List<Question> openQuestions(Workings w) {
        DecisionFacts f = w.facts;
        EnumSet<Question> open = EnumSet.copyOf(w.triggered);
        if (f.purposeLegitimate() == Answer.NOT_SURE) {
            open.add(Question.PURPOSE_LEGITIMATE);
        }
        DecisionFacts.Safeguarding s = f.safeguarding();
        if (s.childAtRisk() == Answer.NOT_SURE) {
            open.add(Question.CHILD_AT_RISK);
        }
        if (f.person().adult()) {
            if (s.adultCareNeeds() == Answer.NOT_SURE) {
                open.add(Question.ADULT_CARE_NEEDS);
            }
            if (s.adultAbuseOrNeglect() == Answer.NOT_SURE) {
                open.add(Question.ADULT_ABUSE_OR_NEGLECT);
            }
            if (s.adultUnableToProtect() == Answer.NOT_SURE) {
                open.add(Question.ADULT_UNABLE_TO_PROTECT);
            }
        }
        if (s.vitalInterests() == Answer.NOT_SURE) {
            open.add(Question.VITAL_INTERESTS);
        }
        if (!w.reliesOnConsent) {
            if (f.proportionality().proportionate() == Answer.NOT_SURE) {
                open.add(Question.PROPORTIONATE);
            }
            if (f.proportionality().lessIntrusiveMeans() == Answer.NOT_SURE) {
                open.add(Question.LESS_INTRUSIVE_MEANS);
            }
        }
        if (f.request() != null && f.request().forPartnershipFunctions() == Answer.NOT_SURE) {
            open.add(Question.PARTNERSHIP_FUNCTIONS);
        }
        if (f.outsideUk() == OutsideUk.NOT_SURE) {
            open.add(Question.OUTSIDE_UK_SAFEGUARDS);
        }
        if (f.adviceWanted()) {
            open.add(Question.PRACTITIONER_ASKED);
        }
        return List.copyOf(open);
    }

    private static String shareSummary(Workings w) {
        StringBuilder summary = new StringBuilder(160);
        summary.append("Share ").append(w.shared.size()).append(w.shared.size() == 1 ? " item" : " items");
        if (!w.withheld.isEmpty()) {
            summary.append(" (withholding ").append(w.withheld.size()).append(')');
        }
        summary.append(", relying on ").append(w.basisSummary == null ? "the lawful basis shown" : w.basisSummary);
        if (w.overridden) {
            summary.append("; their refusal of consent is overridden and the override goes to a manager for review");
        }
        summary.append('.');
        return summary.toString();
    }
}
