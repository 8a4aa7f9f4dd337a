package org.infoshare.decision.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.infoshare.legal.DataCategory;

/**
 * Layer 6: share only the items that are necessary and allowed; withhold the rest and say why (golden rule 6;
 * 000 §4.1 'data minimisation'). Where an agreement applies, only its items allowed for this recipient.
 */
final class MinimisationPolicy implements Layer {

    @Override
    public Verdict apply(Workings w) {
        DecisionFacts f = w.facts;
        List<DecisionResult.ItemDecision> shared = new ArrayList<>(f.items().size());
        List<DecisionResult.ItemDecision> withheld = new ArrayList<>(4);
        Set<String> seen = new HashSet<>();
        for (DecisionFacts.RequestedItem item : f.items()) {
            if (!seen.add(item.code())) {
                continue;
            }
            String reason = withheldBecause(w, item);
            DecisionResult.ItemDecision decision = new DecisionResult.ItemDecision(item.code(), item.label(), item.category(),
                    item.specialCategory(), item.opinion(), reason == null ? "Necessary for the purpose and covered by the lawful basis" : reason);
            (reason == null ? shared : withheld).add(decision);
        }
        w.shared = shared;
        w.withheld = withheld;
        String question = "Which items are necessary and allowed?";
        if (shared.isEmpty()) {
            w.step(question, "None",
                    f.items().isEmpty() ? "No items of information were named." : "Every item asked for must be withheld, for the reasons given.",
                    "003 golden rule 6; 000 §4.1");
            return Verdict.doNotShare(f.items().isEmpty()
                    ? "No items of information were named, so there is nothing to share."
                    : "None of the items can be shared: each is either unnecessary, outside the agreement, or without a lawful condition.");
        }
        w.step(question, shared.size() + " to share, " + withheld.size() + " withheld",
                "Share only the information needed for the purpose; sharing rarely requires a whole record.", "004 golden rule 6; 000 §4.1");
        return null;
    }

    private static String withheldBecause(Workings w, DecisionFacts.RequestedItem item) {
        if (!item.necessary()) {
            return "Not necessary for the purpose, so it is not shared (003 golden rule 6; 000 §4.1).";
        }
        ApplicableAgreement agreement = w.agreement;
        if (agreement != null) {
            ApplicableAgreement.AgreementItem covered = agreement.items().get(item.code());
            if (covered == null) {
                return "Not one of the data items in agreement " + agreement.name() + " (002 §1.6, §4.1).";
            }
            if (!covered.mayGoTo(w.facts.recipientOrganisationId())) {
                return "Agreement " + agreement.name() + " does not allow this item to go to this recipient (002 §4.1).";
            }
        }
        if (item.category() == DataCategory.SPECIAL_CATEGORY && w.specialWithheld != null) {
            return w.specialWithheld;
        }
        if (item.category() == DataCategory.CRIMINAL_OFFENCE && w.criminalWithheld != null) {
            return w.criminalWithheld;
        }
        return null;
    }
}
