package org.infoshare.decision.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.infoshare.legal.LegalProvision;

/**
 * The reasons to share without consent that layers 4 and 6 to 9 established (003 'When?': another reason to
 * share; 004 §2, §6, §7): a legal duty, a child at risk of significant harm, an adult at risk, someone's life,
 * statutory gateways the holder can use, and the public interest criteria met.
 */
public record Reasons(boolean legalDuty, boolean childAtRisk, boolean adultAtRisk, boolean vitalInterests,
                      List<LegalProvision> gateways, Set<PublicInterest> publicInterest) {

    public static final Reasons NONE = new Reasons(false, false, false, false, List.of(), Set.of());

    public Reasons {
        gateways = List.copyOf(gateways);
        publicInterest = publicInterest.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(publicInterest));
    }

    public boolean any() {
        return legalDuty || childAtRisk || adultAtRisk || vitalInterests || !gateways.isEmpty() || !publicInterest.isEmpty();
    }

    public boolean safeguarding() {
        return childAtRisk || adultAtRisk;
    }

    /** A function conferred by an enactment: a gateway the holder can use, or a legal duty. */
    public boolean statutory() {
        return legalDuty || !gateways.isEmpty();
    }

    public boolean crime() {
        return publicInterest.stream().anyMatch(PublicInterest::crime);
    }

    /**
     * Only a child at risk (with, at most, the public interest in protecting the vulnerable) stands behind the
     * share: it reaches what is needed to protect that child, not everything about everyone else (004 §1; 003
     * 'Who?'). A legal duty, an adult's own safeguarding, someone's life, a gateway or a public interest in
     * justice, safety or crime is a reason of its own.
     */
    public boolean onlyChildProtection() {
        return childAtRisk && !legalDuty && !adultAtRisk && !vitalInterests && gateways.isEmpty()
                && publicInterest.stream().allMatch(p -> p == PublicInterest.PROTECTING_VULNERABLE);
    }
}
