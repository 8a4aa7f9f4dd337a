package org.infoshare.incident.rules;

import java.util.List;

/**
 * What an assessment concludes, and why.
 *
 * @param score            likelihood times severity after the aggravating facts (1-16); 0 when a fact made
 *                         harm unlikely whatever the scores
 * @param icoRequired      the ICO must be told (UK GDPR Art 33(1); DPA 2018 s67(1))
 * @param peopleRequired   the people affected must be told, unless an exception applies (Art 34(1); s68(1))
 * @param icoProvision     the provision the ICO decision is made under
 * @param peopleProvision  the provision the decision about telling people is made under
 */
public record RiskVerdict(RiskLevel level, int score, List<RiskReason> reasons, boolean icoRequired, boolean peopleRequired,
                          String icoProvision, String peopleProvision) {

    public RiskVerdict {
        reasons = List.copyOf(reasons);
    }
}
