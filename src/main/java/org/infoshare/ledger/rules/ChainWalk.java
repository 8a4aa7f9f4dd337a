package org.infoshare.ledger.rules;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks the chain in order, re-deriving every entry hash and chain hash, and stops at the first position
 * that does not prove itself. Plain Java, so that its speed can be measured on its own.
 */
public final class ChainWalk {

    private final EntryHashes hashes = new EntryHashes();
    private final Set<Long> checkpointSeqs;
    private final Map<Long, byte[]> hashesAtCheckpoints = new HashMap<>();
    private long expectedSeq = 1;
    private byte[] previous = EntryHashes.GENESIS;
    private long verified;
    private ChainBreak firstBreak;

    /** @param checkpointSeqs positions whose chain hash the caller will compare with signed checkpoints */
    public ChainWalk(Set<Long> checkpointSeqs) {
        this.checkpointSeqs = checkpointSeqs;
    }

    /** @return false once the chain is broken; later positions prove nothing and need not be read */
    public boolean accept(ChainedEntry position) {
        if (firstBreak != null) {
            return false;
        }
        if (position.seq() != expectedSeq) {
            return fail(ChainBreak.Kind.POSITION_MISSING, expectedSeq, null,
                    "Expected position " + expectedSeq + " but the next is " + position.seq());
        }
        if (!position.entryPresent()) {
            return fail(ChainBreak.Kind.ENTRY_MISSING, position.seq(), position.entryId(),
                    "Entry " + position.entryId() + " at position " + position.seq() + " is missing");
        }
        byte[] entryHash = hashes.entryHash(position.recordedAtMicros(), position.action(), position.actorId(),
                position.organisationId(), position.subjectType(), position.subjectId(), position.details());
        if (!Arrays.equals(entryHash, position.storedEntryHash())) {
            return fail(ChainBreak.Kind.ENTRY_ALTERED, position.seq(), position.entryId(),
                    "Entry " + position.entryId() + " (" + position.action() + ") at position " + position.seq() + " was altered");
        }
        if (!Arrays.equals(previous, position.previousChainHash())) {
            return fail(ChainBreak.Kind.LINK_BROKEN, position.seq(), position.entryId(),
                    "Entry " + position.entryId() + " at position " + position.seq() + " does not follow position " + (position.seq() - 1));
        }
        byte[] chainHash = hashes.chainHash(position.seq(), previous, position.entryId(), entryHash);
        if (!Arrays.equals(chainHash, position.chainHash())) {
            return fail(ChainBreak.Kind.LINK_ALTERED, position.seq(), position.entryId(),
                    "The chain hash at position " + position.seq() + " was altered");
        }
        if (checkpointSeqs.contains(position.seq())) {
            hashesAtCheckpoints.put(position.seq(), chainHash);
        }
        previous = chainHash;
        expectedSeq++;
        verified++;
        return true;
    }

    private boolean fail(ChainBreak.Kind kind, long seq, Long entryId, String explanation) {
        firstBreak = new ChainBreak(kind, seq, entryId, explanation);
        return false;
    }

    public Optional<ChainBreak> firstBreak() {
        return Optional.ofNullable(firstBreak);
    }

    public long verified() {
        return verified;
    }

    /** The last position proven, 0 if none. */
    public long head() {
        return expectedSeq - 1;
    }

    public String headHash() {
        return HexFormat.of().formatHex(previous);
    }

    public Optional<byte[]> hashAt(long seq) {
        return Optional.ofNullable(hashesAtCheckpoints.get(seq));
    }
}
