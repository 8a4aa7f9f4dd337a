package org.infoshare.linkage;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.Pseudonymiser;
import org.springframework.stereotype.Component;

/**
 * Keyed digests (under the agreement's key) of what a result rested on, for the ledger: the same facts always
 * give the same digest, so a claim can later be checked against the data, and the digest reveals nothing
 * without the key.
 */
@Component
class EvidenceDigests {

    private final Pseudonymiser pseudonymiser;

    EvidenceDigests(Pseudonymiser pseudonymiser) {
        this.pseudonymiser = pseudonymiser;
    }

    /** Of bytes (an uploaded extract). */
    String of(UUID agreement, byte[] content) {
        return pseudonymiser.forScope(KeyScope.agreement(agreement)).apply(LinkagePlans.sha256(content));
    }

    /** Of facts, in a canonical order, with the plan version whose rules read them. */
    String ofEvidence(UUID agreement, int outcomesVersion, List<StoredShapes.Evidence> evidence) {
        StringBuilder canonical = new StringBuilder("outcomes:").append(outcomesVersion);
        evidence.stream()
                .map(e -> e.source() + "|" + e.indicator() + "|" + e.date() + "|" + (e.value() == null ? "" : e.value()))
                .sorted(Comparator.naturalOrder())
                .forEach(line -> canonical.append('\n').append(line));
        return of(agreement, canonical.toString().getBytes(StandardCharsets.UTF_8));
    }
}
