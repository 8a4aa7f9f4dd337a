package org.infoshare.decision.rules;

import org.infoshare.legal.BuiltInProvisions;
import org.infoshare.shared.Role;

import static org.infoshare.decision.rules.Ruling.step;

/**
 * Layer 4: is this a request the law requires the holder to answer? Under section 14B of the Children Act 2004
 * the safeguarding partnership can require information for its functions; consent is then not the question and
 * the basis is a legal obligation (004 §7).
 *
 * @see DecisionFacts.RequestBasis
 */
final class PartnershipRequestPolicy {

    private static final String QUESTION = "Is this a request from the safeguarding partnership for the purpose of its functions?";

    private PartnershipRequestPolicy() {
    }

    /** @return whether a legal duty requires the disclosure */
    static Ruling<Boolean> decide(DecisionFacts.RequestBasis request) {
        if (request == null || request.gateway() == null || !BuiltInProvisions.CA2004_S14B.code().equals(request.gateway().code())) {
            return Ruling.proceed(false);
        }
        return switch (request.forPartnershipFunctions()) {
            case YES -> Ruling.proceed(true, step(QUESTION, "Yes",
                    "Under section 14B of the Children Act 2004 the partnership can require the information for its functions, and the request must be complied with. Consent is not the basis; share what is necessary and proportionate to the request.",
                    "004 §7"));
            case NOT_SURE -> Ruling.seekAdvice(Question.PARTNERSHIP_FUNCTIONS, Role.DATA_PROTECTION_OFFICER,
                    "It is not clear whether the partnership's request is for its functions, so the Data Protection Officer should advise.",
                    step(QUESTION, "Not sure", "Section 14B compels disclosure only for the partnership's functions. Ask the Data Protection Officer.", "004 §7"));
            case NO -> Ruling.proceed(false, step(QUESTION, "No",
                    "Section 14B does not compel disclosure for anything other than the partnership's functions, so decide it as any other request.", "004 §7"));
        };
    }
}
