package org.infoshare.linkage;

import java.time.Instant;
import java.util.UUID;

import org.infoshare.linkage.rules.matching.LinkageSettings;
import org.infoshare.linkage.rules.outcomes.OutcomesPlan;

/**
 * A partnership's linkage under one agreement, held by the organisation that links: who analyses (the team the
 * partners' linkage extracts are published to), who works the families found (the early help team), the
 * fingerprint of the linkage secret every extract must carry, the linkage settings and the outcomes plan.
 *
 * @param version changes with every change, so that two people's edits cannot silently overwrite each other
 */
public record LinkagePlan(
        UUID id,
        UUID organisationId,
        UUID agreementId,
        String name,
        UUID analystTeamId,
        UUID worklistTeamId,
        String secretFingerprint,
        LinkageSettings settings,
        OutcomesPlan outcomes,
        int version,
        Instant updatedAt) {

    public LinkagePlan with(LinkageSettings changed, Instant at) {
        return new LinkagePlan(id, organisationId, agreementId, name, analystTeamId, worklistTeamId, secretFingerprint, changed, outcomes,
                version, at);
    }

    public LinkagePlan with(OutcomesPlan changed, Instant at) {
        return new LinkagePlan(id, organisationId, agreementId, name, analystTeamId, worklistTeamId, secretFingerprint, settings, changed,
                version, at);
    }
}
