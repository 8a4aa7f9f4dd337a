package org.infoshare.ledger.rules;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The ledger's proof, checked so that a large ledger can be read once, in any order, without sorting it.
 *
 * <ol>
 *   <li>{@link #position}: every chain position with its entry, in any order. The entry's hash is re-derived
 *       from its content and the position's chain hash from the entry; links between positions that arrive
 *       one after the other are checked as they pass.</li>
 *   <li>{@link #proveLinks}: the few links that could not be checked in passing are looked up. When any
 *       doubt remains (a failure, a gap, a link that does not hold), the links are instead walked in chain
 *       order with {@link #link}, which finds exactly where.</li>
 *   <li>{@link #checkpoint}: the signed checkpoints, in order of position.</li>
 *   <li>{@link #accountFor}: every entry in the ledger is chained or waiting to be.</li>
 * </ol>
 *
 * <p>It names the first place where the ledger stops proving itself: the lowest position that fails, and at
 * that position the first check that fails, in this order: the position is missing, its entry is missing,
 * the entry was altered, its link does not follow the position before, its link's hash does not match.
 * Walking the chain in order ({@link ChainWalk}, which gives each position and then its link) is the same
 * proof.
 *
 * <p>Byte arrays passed in are read during the call and never kept, so callers may reuse them.
 */
public final class ChainProof {

    /** A chain position's link as stored: what it follows and its own hash. */
    public record Link(long seq, byte[] previousChainHash, byte[] chainHash) {
    }

    /** Links that did not pass in order are looked up individually up to this many; beyond, walked in full. */
    static final int MAX_LINKS_TO_LOOK_UP = 10_000;

    private final EntryHashes hashes = new EntryHashes();
    private final byte[] recomputed = new byte[EntryHashes.HASH_LENGTH];
    private final long[] checkpointSeqs;
    private final Map<Long, byte[]> hashesAtCheckpoints = new HashMap<>();

    // What the positions showed: the lowest failing position (per entry, in case positions repeat) ...
    private long lowestFailingSeq = Long.MAX_VALUE;
    private final Map<Long, ChainBreak> failuresAtLowest = new HashMap<>(2);
    // ... and what is needed to prove the links without walking them.
    private long positions;
    private long lowestSeq = Long.MAX_VALUE;
    private long highestSeq;
    private final byte[] highestChainHash = new byte[EntryHashes.HASH_LENGTH];
    private long lastSeq;
    private final byte[] lastChainHash = EntryHashes.GENESIS.clone();
    private boolean linkFailedInPassing;
    private long[] linksToLookUp = new long[16];
    private int linksToLookUpCount;
    private final Map<Long, byte[]> storedAtCheckpoints = new HashMap<>();

    // The outcome.
    private long expectedSeq = 1;
    private final byte[] previous = EntryHashes.GENESIS.clone();
    private long verified;
    private ChainBreak firstBreak;
    private long checkpointsVerified;
    private long lastSoundCheckpoint;

    /** @param checkpointSeqs positions whose chain hash will be compared with signed checkpoints */
    public ChainProof(Set<Long> checkpointSeqs) {
        this.checkpointSeqs = checkpointSeqs.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private boolean isCheckpointed(long seq) {
        return checkpointSeqs.length > 0 && Arrays.binarySearch(checkpointSeqs, seq) >= 0;
    }

    /** Whether the position at {@code seq} can still change the outcome; a reader may skip it when not. */
    public boolean needs(long seq) {
        return firstBreak == null && seq <= lowestFailingSeq;
    }

    /**
     * One chain position and its entry, in any order (but before its own link, if links are walked). The
     * caller hashes the entry's content with {@link EntryHashes} and says whether that matches the hash stored
     * with the entry.
     *
     * @param computedEntryHash the hash of the entry's content as read now (ignored when the entry is absent)
     * @param action            the entry's action, for the explanation if the entry was altered; may be null otherwise
     */
    public void position(long seq, long entryId, byte[] previousChainHash, byte[] chainHash, boolean entryPresent,
                         byte[] computedEntryHash, boolean entryHashMatches, String action) {
        if (firstBreak != null || seq > lowestFailingSeq) {
            return;
        }
        if (seq < expectedSeq) {
            throw new IllegalStateException("Position " + seq + " was given after its link");
        }
        notePassing(seq, previousChainHash, chainHash);
        if (!entryPresent) {
            positionFailed(new ChainBreak(ChainBreak.Kind.ENTRY_MISSING, seq, entryId,
                    "Entry " + entryId + " at position " + seq + " is missing"));
            return;
        }
        if (!entryHashMatches) {
            positionFailed(new ChainBreak(ChainBreak.Kind.ENTRY_ALTERED, seq, entryId,
                    "Entry " + entryId + " (" + action + ") at position " + seq + " was altered"));
            return;
        }
        boolean linkHolds = previousChainHash.length == EntryHashes.HASH_LENGTH;
        if (linkHolds) {
            hashes.chainHash(seq, previousChainHash, entryId, computedEntryHash, recomputed);
            linkHolds = Arrays.equals(recomputed, chainHash);
        }
        if (!linkHolds) {
            positionFailed(new ChainBreak(ChainBreak.Kind.LINK_ALTERED, seq, entryId,
                    "The chain hash at position " + seq + " does not match entry " + entryId + " and the position before it"));
        }
    }

    /** Checks the link of a position that directly follows the one before it, and remembers the rest. */
    private void notePassing(long seq, byte[] previousChainHash, byte[] chainHash) {
        positions++;
        lowestSeq = Math.min(lowestSeq, seq);
        boolean wellFormed = chainHash.length == EntryHashes.HASH_LENGTH;
        if (seq == lastSeq + 1) {
            if (!Arrays.equals(lastChainHash, previousChainHash)) {
                linkFailedInPassing = true;
            }
        } else if (linksToLookUpCount <= MAX_LINKS_TO_LOOK_UP) {
            if (linksToLookUpCount == linksToLookUp.length) {
                linksToLookUp = Arrays.copyOf(linksToLookUp, linksToLookUp.length * 2);
            }
            linksToLookUp[linksToLookUpCount++] = seq;
        }
        if (!wellFormed) {
            linkFailedInPassing = true;
            return;
        }
        lastSeq = seq;
        System.arraycopy(chainHash, 0, lastChainHash, 0, EntryHashes.HASH_LENGTH);
        if (seq > highestSeq) {
            highestSeq = seq;
            System.arraycopy(chainHash, 0, highestChainHash, 0, EntryHashes.HASH_LENGTH);
        }
        if (isCheckpointed(seq)) {
            storedAtCheckpoints.put(seq, chainHash.clone());
        }
    }

    private void positionFailed(ChainBreak failure) {
        if (failure.seq() < lowestFailingSeq) {
            lowestFailingSeq = failure.seq();
            failuresAtLowest.clear();
        }
        failuresAtLowest.putIfAbsent(failure.entryId(), failure);
    }

    /**
     * Adds what another proof saw of other positions, so that positions can be read in parallel, each part
     * into a proof of its own; both must still be at the positions stage.
     */
    public void include(ChainProof part) {
        if (expectedSeq != 1 || part.expectedSeq != 1 || firstBreak != null || part.firstBreak != null) {
            throw new IllegalStateException("Only proofs still reading positions can be combined");
        }
        if (part.lowestFailingSeq < lowestFailingSeq) {
            lowestFailingSeq = part.lowestFailingSeq;
            failuresAtLowest.clear();
        }
        if (part.lowestFailingSeq == lowestFailingSeq) {
            part.failuresAtLowest.forEach(failuresAtLowest::putIfAbsent);
        }
        positions += part.positions;
        lowestSeq = Math.min(lowestSeq, part.lowestSeq);
        if (part.highestSeq > highestSeq) {
            highestSeq = part.highestSeq;
            System.arraycopy(part.highestChainHash, 0, highestChainHash, 0, EntryHashes.HASH_LENGTH);
        }
        linkFailedInPassing |= part.linkFailedInPassing;
        for (int i = 0; i < part.linksToLookUpCount && linksToLookUpCount <= MAX_LINKS_TO_LOOK_UP; i++) {
            if (linksToLookUpCount == linksToLookUp.length) {
                linksToLookUp = Arrays.copyOf(linksToLookUp, linksToLookUp.length * 2);
            }
            linksToLookUp[linksToLookUpCount++] = part.linksToLookUp[i];
        }
        if (part.linksToLookUpCount > MAX_LINKS_TO_LOOK_UP) {
            linksToLookUpCount = MAX_LINKS_TO_LOOK_UP + 1;
        }
        storedAtCheckpoints.putAll(part.storedAtCheckpoints);
    }

    /**
     * After every position: proves the links from what passed in order and a lookup of the few that did not.
     *
     * @param lookUp the stored links at the given positions (every row found, in any order)
     * @return true when every link is proven and every position sound; false when the links must be walked
     *         in chain order with {@link #link} to find exactly where the ledger breaks
     */
    public boolean proveLinks(Function<long[], List<Link>> lookUp) {
        if (firstBreak != null || lowestFailingSeq != Long.MAX_VALUE || linkFailedInPassing
                || linksToLookUpCount > MAX_LINKS_TO_LOOK_UP || positions != highestSeq
                || (positions > 0 && lowestSeq != 1)) {
            return false;
        }
        if (linksToLookUpCount > 0) {
            long[] wanted = new long[linksToLookUpCount * 2];
            int count = 0;
            for (int i = 0; i < linksToLookUpCount; i++) {
                wanted[count++] = linksToLookUp[i];
                if (linksToLookUp[i] > 1) {
                    wanted[count++] = linksToLookUp[i] - 1;
                }
            }
            long[] distinct = Arrays.stream(wanted, 0, count).sorted().distinct().toArray();
            Map<Long, Link> found = new HashMap<>();
            for (Link link : lookUp.apply(distinct)) {
                if (found.put(link.seq(), link) != null) {
                    return false;
                }
            }
            for (int i = 0; i < linksToLookUpCount; i++) {
                long seq = linksToLookUp[i];
                Link link = found.get(seq);
                byte[] before = seq == 1 ? EntryHashes.GENESIS : found.containsKey(seq - 1) ? found.get(seq - 1).chainHash() : null;
                if (link == null || before == null || !Arrays.equals(before, link.previousChainHash())) {
                    return false;
                }
            }
        }
        verified = positions;
        expectedSeq = highestSeq + 1;
        System.arraycopy(positions == 0 ? EntryHashes.GENESIS : highestChainHash, 0, previous, 0, EntryHashes.HASH_LENGTH);
        hashesAtCheckpoints.putAll(storedAtCheckpoints);
        return true;
    }

    /**
     * One chain position's link, in chain order, after its own position and every earlier one; used when
     * {@link #proveLinks} could not prove the links.
     *
     * @return false once the chain is broken; later links prove nothing and need not be read
     */
    public boolean link(long seq, long entryId, byte[] previousChainHash, byte[] chainHash) {
        if (firstBreak != null) {
            return false;
        }
        if (seq != expectedSeq) {
            return fail(new ChainBreak(ChainBreak.Kind.POSITION_MISSING, expectedSeq, null,
                    "Expected position " + expectedSeq + " but the next is " + seq));
        }
        ChainBreak here = seq == lowestFailingSeq ? failuresAtLowest.get(entryId) : null;
        if (here != null && here.kind() != ChainBreak.Kind.LINK_ALTERED) {
            return fail(here);
        }
        if (!Arrays.equals(previous, previousChainHash)) {
            return fail(new ChainBreak(ChainBreak.Kind.LINK_BROKEN, seq, entryId,
                    "Entry " + entryId + " at position " + seq + " does not follow position " + (seq - 1)));
        }
        if (here != null) {
            return fail(here);
        }
        // The position proved its own chain hash, so the stored hash is the one re-derived.
        System.arraycopy(chainHash, 0, previous, 0, EntryHashes.HASH_LENGTH);
        if (isCheckpointed(seq)) {
            hashesAtCheckpoints.put(seq, chainHash.clone());
        }
        expectedSeq++;
        verified++;
        return true;
    }

    /**
     * One signed checkpoint, in order of position, after the links.
     *
     * @return false once the ledger is broken
     */
    public boolean checkpoint(long checkpointId, long seq, byte[] signedChainHash, boolean signatureHolds) {
        if (!linksEnded()) {
            return false;
        }
        if (!signatureHolds) {
            return fail(new ChainBreak(ChainBreak.Kind.CHECKPOINT_SIGNATURE_INVALID, seq, null,
                    "Checkpoint " + checkpointId + " at position " + seq + " has an invalid signature"));
        }
        if (seq > head()) {
            return fail(new ChainBreak(ChainBreak.Kind.TRUNCATED, head() + 1, null,
                    "Checkpoint " + checkpointId + " was signed at position " + seq + " but the chain ends at position "
                            + head() + ": positions " + (head() + 1) + " to " + seq + " were removed"));
        }
        if (!Arrays.equals(hashesAtCheckpoints.get(seq), signedChainHash)) {
            return fail(new ChainBreak(ChainBreak.Kind.CHECKPOINT_MISMATCH, seq, null,
                    "The chain at position " + seq + " no longer matches checkpoint " + checkpointId
                            + ": an entry at a position from " + (lastSoundCheckpoint + 1) + " to " + seq
                            + " was rewritten together with every later hash"));
        }
        lastSoundCheckpoint = seq;
        checkpointsVerified++;
        return true;
    }

    /**
     * Last: every entry in the ledger must be in the chain or waiting to join it; anything else was slipped in.
     *
     * @param strayEntry the lowest id of an entry neither chained nor waiting, or 0 if none can be named;
     *                   asked only when the counts disagree
     */
    public boolean accountFor(long entriesInLedger, long awaitingChain, LongSupplier strayEntry) {
        if (!linksEnded()) {
            return false;
        }
        long accountedFor = verified + awaitingChain;
        if (entriesInLedger == accountedFor) {
            return true;
        }
        long stray = strayEntry.getAsLong();
        if (stray <= 0) {
            return fail(new ChainBreak(ChainBreak.Kind.UNCHAINED_ENTRY, 0, null,
                    "The ledger holds " + entriesInLedger + " entries but only " + accountedFor + " are accounted for"));
        }
        return fail(new ChainBreak(ChainBreak.Kind.UNCHAINED_ENTRY, 0, stray, "Entry " + stray + " is in the ledger but not in the chain"));
    }

    /** After the last link: a failed position whose link never came (impossible within one snapshot) still counts. */
    private boolean linksEnded() {
        if (firstBreak == null && !failuresAtLowest.isEmpty() && lowestFailingSeq >= expectedSeq) {
            firstBreak = failuresAtLowest.values().iterator().next();
        }
        return firstBreak == null;
    }

    private boolean fail(ChainBreak chainBreak) {
        firstBreak = chainBreak;
        return false;
    }

    public Optional<ChainBreak> firstBreak() {
        return Optional.ofNullable(firstBreak);
    }

    /** Positions proven, from the first. */
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

    public long checkpointsVerified() {
        return checkpointsVerified;
    }
}
