package org.infoshare.ledger.rules;

import java.util.UUID;

/**
 * One position of the chain as read back from storage, joined with its entry (absent if the entry row was
 * removed). This is what the verifier re-derives every hash from.
 */
public record ChainedEntry(
        long seq,
        byte[] previousChainHash,
        byte[] chainHash,
        long entryId,
        boolean entryPresent,
        long recordedAtMicros,
        String action,
        UUID actorId,
        UUID organisationId,
        String subjectType,
        String subjectId,
        String details,
        byte[] storedEntryHash) {
}
