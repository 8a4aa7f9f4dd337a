package org.infoshare.decision.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.legal.DataCategory;

import static org.infoshare.decision.rules.Ruling.step;

/**
 * Layer 15: share only the items that are necessary and allowed; withhold the rest and say why (golden rule 6;
 * 000 §4.1 'data minimisation'). Where an agreement applies, only its items allowed for this recipient. Where the
 * only reason to share about someone other than the child at risk is that child's protection, only what is
 * needed to protect the child (004 §1; 003 'Who?').
 */
final class MinimisationPolicy {

    /** What layer 15 establishes: the items to share and those withheld, each with its reason. */
    record Items(List<DecisionResult.ItemDecision> shared, List<DecisionResult.ItemDecision> withheld) {
    }

    private MinimisationPolicy() {
    }

    /**
     * @param onlyForTheChild the share about this person rests only on protecting another person, a child at risk
     */
    static Ruling<Items> decide(List<DecisionFacts.RequestedItem> items, ApplicableAgreement agreement, UUID recipient,
                                LawfulBasisPolicy.LawfulBasis basis, boolean onlyForTheChild) {
        List<DecisionResult.ItemDecision> shared = new ArrayList<>(items.size());
        List<DecisionResult.ItemDecision> withheld = new ArrayList<>(4);
        Set<String> seen = new HashSet<>();
        for (DecisionFacts.RequestedItem item : items) {
            if (!seen.add(item.code())) {
                continue;
            }
            String reason = withheldBecause(item, agreement, recipient, basis, onlyForTheChild);
            DecisionResult.ItemDecision decision = new DecisionResult.ItemDecision(item.code(), item.label(), item.category(),
                    item.specialCategory(), item.opinion(), reason == null ? "Necessary for the purpose and covered by the lawful basis" : reason);
            (reason == null ? shared : withheld).add(decision);
        }
        String question = "Which items are necessary and allowed?";
        if (shared.isEmpty()) {
            return new Ruling<>(Outcome.DO_NOT_SHARE, items.isEmpty()
                    ? "No items of information were named, so there is nothing to share."
                    : "None of the items can be shared: each is either unnecessary, outside the agreement, or without a lawful condition.",
                    null, null, List.of(step(question, "None",
                    items.isEmpty() ? "No items of information were named." : "Every item asked for must be withheld, for the reasons given.",
                    "003 golden rule 6; 000 §4.1")), new Items(shared, withheld));
        }
        return Ruling.proceed(new Items(shared, withheld), step(question, shared.size() + " to share, " + withheld.size() + " withheld",
                "Share only the information needed for the purpose; sharing rarely requires a whole record.", "004 golden rule 6; 000 §4.1"));
    }

    private static String withheldBecause(DecisionFacts.RequestedItem item, ApplicableAgreement agreement, UUID recipient,
                                          LawfulBasisPolicy.LawfulBasis basis, boolean onlyForTheChild) {
        if (!item.necessary()) {
            return "Not necessary for the purpose, so it is not shared (003 golden rule 6; 000 §4.1).";
        }
        if (onlyForTheChild && !item.protectsChild()) {
            return "Not needed to protect the child at risk, which is the only reason to share about this person: a child at risk is a reason to share "
                    + "what protects that child, not everything about everyone in the family (004 §1; 003 'Who?').";
        }
        if (agreement != null) {
            ApplicableAgreement.AgreementItem covered = agreement.items().get(item.code());
            if (covered == null) {
                return "Not one of the data items in agreement " + agreement.name() + " (002 §1.6, §4.1).";
            }
            if (!covered.mayGoTo(recipient)) {
                return "Agreement " + agreement.name() + " does not allow this item to go to this recipient (002 §4.1).";
            }
        }
        if (item.category() == DataCategory.SPECIAL_CATEGORY && basis.specialWithheld() != null) {
            return basis.specialWithheld();
        }
        if (item.category() == DataCategory.CRIMINAL_OFFENCE && basis.criminalWithheld() != null) {
            return basis.criminalWithheld();
        }
        return null;
    }
}
