package org.infoshare.ledger.rules;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Walks the chain in order, re-deriving every entry hash and chain hash, and stops at the first position
 * that does not prove itself; then checks the signed checkpoints and that every entry is accounted for.
 * The checks are {@link ChainProof}'s, given one position at a time. Plain Java, so that its speed can be
 * measured on its own.
 */
public final class ChainWalk {

    private final EntryHashes hashes = new EntryHashes();
    private final byte[] entryHash = new byte[EntryHashes.HASH_LENGTH];
    private final ChainProof proof;

    /** @param checkpointSeqs positions whose chain hash will be compared with signed checkpoints */
    public ChainWalk(Set<Long> checkpointSeqs) {
        this.proof = new ChainProof(checkpointSeqs);
    }

    /** @return false once the chain is broken; later positions prove nothing and need not be read */
    public boolean accept(ChainedEntry position) {
        if (proof.firstBreak().isPresent()) {
            return false;
        }
        boolean matches = false;
        if (position.entryPresent()) {
            hashes.beginEntry(position.recordedAtMicros())
                    .text(position.action())
                    .uuid(position.actorId())
                    .uuid(position.organisationId())
                    .text(position.subjectType())
                    .text(position.subjectId())
                    .text(position.details())
                    .finishEntry(entryHash);
            matches = Arrays.equals(entryHash, position.storedEntryHash());
        }
        if (position.seq() >= proof.head() + 1) {
            proof.position(position.seq(), position.entryId(), position.previousChainHash(), position.chainHash(),
                    position.entryPresent(), entryHash, matches, position.action());
        }
        return proof.link(position.seq(), position.entryId(), position.previousChainHash(), position.chainHash());
    }

    /** After the walk, each signed checkpoint in order of position; false once the ledger is broken. */
    public boolean checkpoint(long checkpointId, long seq, byte[] signedChainHash, boolean signatureHolds) {
        return proof.checkpoint(checkpointId, seq, signedChainHash, signatureHolds);
    }

    /** Last, every entry must be chained or waiting to be; see {@link ChainProof#accountFor}. */
    public boolean accountFor(long entriesInLedger, long awaitingChain, LongSupplier strayEntry) {
        return proof.accountFor(entriesInLedger, awaitingChain, strayEntry);
    }

    public Optional<ChainBreak> firstBreak() {
        return proof.firstBreak();
    }

    public long verified() {
        return proof.verified();
    }

    /** The last position proven, 0 if none. */
    public long head() {
        return proof.head();
    }

    public String headHash() {
        return proof.headHash();
    }

    public long checkpointsVerified() {
        return proof.checkpointsVerified();
    }
}
