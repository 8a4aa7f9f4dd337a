package org.infoshare.decision.rules;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.directory.OrganisationType;
import org.infoshare.legal.LegalProvision;
import org.infoshare.shared.SharingPurpose;

/** Condition facts for the condition tests: a council sharing with the police, unless a test says otherwise. */
final class ConditionFixtures {

    static final Reasons CHILD_AT_RISK = new Reasons(false, true, false, false, List.of(), Set.of());

    private ConditionFixtures() {
    }

    static ConsentStanding notSought(NotSoughtReason reason) {
        return new ConsentStanding(ConsentStanding.State.NOT_SOUGHT, null, false, reason, reason == NotSoughtReason.CANNOT_BE_GIVEN);
    }

    static ConsentStanding refused() {
        return new ConsentStanding(ConsentStanding.State.REFUSED, UUID.randomUUID(), false, null, false);
    }

    static ConsentStanding covers(boolean explicit) {
        return new ConsentStanding(ConsentStanding.State.COVERS, UUID.randomUUID(), explicit, null, false);
    }

    static Reasons reasons(boolean child, boolean vital, List<LegalProvision> gateways, Set<PublicInterest> interests) {
        return new Reasons(false, child, false, vital, gateways, interests);
    }

    static ConditionFacts council(ConsentStanding consent, Reasons reasons) {
        return new ConditionFacts(CaseFacts.holder(CaseFacts.COUNCIL), OrganisationType.POLICE, SharingPurpose.SAFEGUARDING_CHILD, consent, false, reasons);
    }

    static ConditionFacts facts(UUID holder, OrganisationType recipient, SharingPurpose purpose, ConsentStanding consent, boolean consentIsBasis, Reasons reasons) {
        return new ConditionFacts(CaseFacts.holder(holder), recipient, purpose, consent, consentIsBasis, reasons);
    }

    static List<String> codes(ConditionTest test) {
        return test.links().stream().map(DecisionResult.ChainLink::code).toList();
    }
}
