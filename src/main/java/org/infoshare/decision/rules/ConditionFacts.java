package org.infoshare.decision.rules;

import org.infoshare.directory.OrganisationType;
import org.infoshare.shared.SharingPurpose;

/**
 * What a condition for special category, criminal offence or sensitive law enforcement data is tested against:
 * who holds and who receives the information, why, where consent stands and whether the holder relies on it as
 * its lawful basis, and the reasons to share that the earlier layers established.
 */
record ConditionFacts(DecisionFacts.Holder holder, OrganisationType recipientType, SharingPurpose purpose, ConsentStanding consent,
                      boolean consentIsBasis, Reasons reasons) {
}
