package org.infoshare.decision.rules;

import java.util.List;

import org.infoshare.legal.LegalProvision;

/**
 * A condition tested against one case: met (with the provisions it puts in the chain and why each applies), or
 * not met. A condition whose premise holds but whose own requirement fails is 'relevant': its reason tells the
 * practitioner what is missing.
 */
record ConditionTest(boolean met, boolean relevant, List<DecisionResult.ChainLink> links, String reason) {

    static final ConditionTest NOT_RELEVANT = new ConditionTest(false, false, List.of(), null);

    ConditionTest {
        links = List.copyOf(links);
    }

    static ConditionTest met(DecisionResult.ChainLink... links) {
        return new ConditionTest(true, true, List.of(links), null);
    }

    static ConditionTest notMet(String reason) {
        return new ConditionTest(false, true, List.of(), reason);
    }

    static DecisionResult.ChainLink link(LegalProvision provision, String why) {
        return new DecisionResult.ChainLink(provision.code(), provision.kind().name(), provision.citation(), provision.title(), why);
    }
}
