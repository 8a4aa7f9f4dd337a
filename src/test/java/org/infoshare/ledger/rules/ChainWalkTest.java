package org.infoshare.ledger.rules;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each kind of break, from chains tampered with in memory; see {@link ChainWalkPropertiesTest} for random ones. */
class ChainWalkTest {

    private final Random random = new Random(20261121);
    private final List<ChainedEntry> chain = SampleChains.soundChain(12, random);
    private final EntryHashes hashes = new EntryHashes();

    @Test
    void aSoundChainProvesItselfToTheEnd() {
        ChainWalk walk = SampleChains.walk(chain, Set.of(5L, 12L));
        assertThat(walk.firstBreak()).isEmpty();
        assertThat(walk.verified()).isEqualTo(12);
        assertThat(walk.head()).isEqualTo(12);
        assertThat(walk.headHash()).isEqualTo(HexFormat.of().formatHex(chain.get(11).chainHash()));
        assertThat(walk.checkpoint(1, 5, chain.get(4).chainHash(), true)).isTrue();
        assertThat(walk.checkpoint(2, 12, chain.get(11).chainHash(), true)).isTrue();
        assertThat(walk.accountFor(14, 2, SampleChains.none())).isTrue();
        assertThat(walk.checkpointsVerified()).isEqualTo(2);
        assertThat(walk.firstBreak()).isEmpty();
    }

    @Test
    void anEmptyLedgerIsIntact() {
        ChainWalk walk = new ChainWalk(Set.of());
        assertThat(walk.accountFor(0, 0, SampleChains.none())).isTrue();
        assertThat(walk.head()).isZero();
        assertThat(walk.headHash()).isEqualTo("0".repeat(64));
    }

    @Test
    void anEditedEntryIsAlteredAtItsPosition() {
        List<ChainedEntry> tampered = replace(chain, 6, with(chain.get(6)).details("{\"user\":\"someone-else\"}"));
        assertBreak(SampleChains.walk(tampered, Set.of()), ChainBreak.Kind.ENTRY_ALTERED, 7, chain.get(6).entryId());
        // Changing the stored hash instead of the content is the same break.
        tampered = replace(chain, 2, with(chain.get(2)).storedEntryHash(new byte[32]));
        assertBreak(SampleChains.walk(tampered, Set.of()), ChainBreak.Kind.ENTRY_ALTERED, 3, chain.get(2).entryId());
    }

    @Test
    void aDeletedEntryIsMissingAtItsPosition() {
        List<ChainedEntry> tampered = replace(chain, 4, with(chain.get(4)).absent());
        ChainWalk walk = SampleChains.walk(tampered, Set.of());
        assertBreak(walk, ChainBreak.Kind.ENTRY_MISSING, 5, chain.get(4).entryId());
        assertThat(walk.verified()).isEqualTo(4);
        assertThat(walk.headHash()).isEqualTo(HexFormat.of().formatHex(chain.get(3).chainHash()));
    }

    @Test
    void aRemovedPositionIsMissing() {
        List<ChainedEntry> tampered = new ArrayList<>(chain);
        tampered.remove(8);
        ChainWalk walk = SampleChains.walk(tampered, Set.of());
        assertThat(walk.firstBreak()).hasValueSatisfying(broken -> {
            assertThat(broken.kind()).isEqualTo(ChainBreak.Kind.POSITION_MISSING);
            assertThat(broken.seq()).isEqualTo(9);
            assertThat(broken.entryId()).isNull();
        });
        assertThat(walk.verified()).isEqualTo(8);
    }

    @Test
    void reorderedPositionsBreakTheLinkAtTheFirstOfThem() {
        // Swap the positions of two chain rows: each keeps its entry and hashes but takes the other's place.
        List<ChainedEntry> tampered = new ArrayList<>(chain);
        tampered.set(3, with(chain.get(7)).seq(4));
        tampered.set(7, with(chain.get(3)).seq(8));
        assertBreak(SampleChains.walk(tampered, Set.of()), ChainBreak.Kind.LINK_BROKEN, 4, chain.get(7).entryId());
        // Swapping two entries' contents (each with its hash) leaves the links pointing at the wrong entries.
        tampered = new ArrayList<>(chain);
        tampered.set(3, withContentOf(chain.get(3), chain.get(7)));
        tampered.set(7, withContentOf(chain.get(7), chain.get(3)));
        assertBreak(SampleChains.walk(tampered, Set.of()), ChainBreak.Kind.LINK_ALTERED, 4, chain.get(3).entryId());
    }

    @Test
    void anAlteredChainHashIsAnAlteredLink() {
        List<ChainedEntry> tampered = replace(chain, 5, with(chain.get(5)).chainHash(new byte[32]));
        assertBreak(SampleChains.walk(tampered, Set.of()), ChainBreak.Kind.LINK_ALTERED, 6, chain.get(5).entryId());
        tampered = replace(chain, 5, with(chain.get(5)).previousChainHash(new byte[32]));
        assertBreak(SampleChains.walk(tampered, Set.of()), ChainBreak.Kind.LINK_BROKEN, 6, chain.get(5).entryId());
    }

    @Test
    void aCheckpointWithABadSignatureIsNamed() {
        ChainWalk walk = SampleChains.walk(chain, Set.of(4L, 9L));
        assertThat(walk.checkpoint(1, 4, chain.get(3).chainHash(), true)).isTrue();
        assertThat(walk.checkpoint(2, 9, chain.get(8).chainHash(), false)).isFalse();
        assertBreak(walk, ChainBreak.Kind.CHECKPOINT_SIGNATURE_INVALID, 9, null);
        assertThat(walk.checkpointsVerified()).isEqualTo(1);
    }

    @Test
    void historyRewrittenConsistentlyNoLongerMatchesTheCheckpoint() {
        List<ChainedEntry> rewritten = rewriteFrom(chain, 6, "{\"user\":\"someone-else\"}");
        ChainWalk walk = SampleChains.walk(rewritten, Set.of(3L, 10L));
        assertThat(walk.firstBreak()).as("the rewritten chain is consistent in itself").isEmpty();
        assertThat(walk.checkpoint(1, 3, chain.get(2).chainHash(), true)).isTrue();
        assertThat(walk.checkpoint(2, 10, chain.get(9).chainHash(), true)).isFalse();
        assertBreak(walk, ChainBreak.Kind.CHECKPOINT_MISMATCH, 10, null);
        assertThat(walk.firstBreak().orElseThrow().explanation()).contains("from 4 to 10");
    }

    @Test
    void removingTheTailCoveredByACheckpointIsTruncation() {
        List<ChainedEntry> truncated = chain.subList(0, 7);
        ChainWalk walk = SampleChains.walk(truncated, Set.of(9L));
        assertThat(walk.firstBreak()).isEmpty();
        assertThat(walk.checkpoint(1, 9, chain.get(8).chainHash(), true)).isFalse();
        assertBreak(walk, ChainBreak.Kind.TRUNCATED, 8, null);
        assertThat(walk.accountFor(7, 0, SampleChains.none())).isFalse();
    }

    @Test
    void anEntryOutsideTheChainIsNamed() {
        ChainWalk walk = SampleChains.walk(chain, Set.of());
        assertThat(walk.accountFor(14, 1, () -> 99)).isFalse();
        assertBreak(walk, ChainBreak.Kind.UNCHAINED_ENTRY, 0, 99L);
        ChainWalk unnamed = SampleChains.walk(chain, Set.of());
        assertThat(unnamed.accountFor(11, 0, SampleChains.none())).isFalse();
        assertThat(unnamed.firstBreak().orElseThrow().explanation()).contains("holds 11 entries but only 12");
    }

    @Test
    void nothingAfterTheFirstBreakCounts() {
        List<ChainedEntry> tampered = replace(chain, 2, with(chain.get(2)).absent());
        tampered = replace(tampered, 9, with(chain.get(9)).chainHash(new byte[32]));
        ChainWalk walk = SampleChains.walk(tampered, Set.of());
        assertBreak(walk, ChainBreak.Kind.ENTRY_MISSING, 3, chain.get(2).entryId());
        assertThat(walk.accept(chain.get(3))).isFalse();
        assertThat(walk.checkpoint(1, 1, chain.get(0).chainHash(), false)).isFalse();
        assertThat(walk.firstBreak().orElseThrow().kind()).isEqualTo(ChainBreak.Kind.ENTRY_MISSING);
    }

    @Test
    void aPositionGivenAfterItsLinkIsAMistakeOfTheCaller() {
        ChainProof proof = new ChainProof(Set.of());
        ChainedEntry first = chain.get(0);
        proof.link(1, first.entryId(), first.previousChainHash(), first.chainHash());
        assertThatThrownBy(() -> proof.position(1, first.entryId(), first.previousChainHash(), first.chainHash(), true,
                first.storedEntryHash(), true, first.action())).isInstanceOf(IllegalStateException.class);
    }

    // --- helpers ---

    static void assertBreak(ChainWalk walk, ChainBreak.Kind kind, long seq, Long entryId) {
        assertThat(walk.firstBreak()).hasValueSatisfying(broken -> {
            assertThat(broken.kind()).isEqualTo(kind);
            assertThat(broken.seq()).isEqualTo(seq);
            assertThat(broken.entryId()).isEqualTo(entryId);
            assertThat(broken.explanation()).isNotBlank();
        });
        assertThat(kind.meaning()).isNotBlank();
    }

    private static List<ChainedEntry> replace(List<ChainedEntry> chain, int index, ChainedEntry entry) {
        List<ChainedEntry> copy = new ArrayList<>(chain);
        copy.set(index, entry);
        return copy;
    }

    /** The position keeps its place and link; its entry's content and stored hash come from another. */
    private static ChainedEntry withContentOf(ChainedEntry position, ChainedEntry content) {
        return new ChainedEntry(position.seq(), position.previousChainHash(), position.chainHash(), position.entryId(), true,
                content.recordedAtMicros(), content.action(), content.actorId(), content.organisationId(),
                content.subjectType(), content.subjectId(), content.details(), content.storedEntryHash());
    }

    /** Edits the entry at index and recomputes its hash and every later chain hash: a consistent forgery. */
    private List<ChainedEntry> rewriteFrom(List<ChainedEntry> chain, int index, String details) {
        List<ChainedEntry> copy = new ArrayList<>(chain.subList(0, index));
        byte[] previous = chain.get(index - 1).chainHash();
        for (int i = index; i < chain.size(); i++) {
            ChainedEntry e = chain.get(i);
            String content = i == index ? details : e.details();
            byte[] entryHash = hashes.entryHash(e.recordedAtMicros(), e.action(), e.actorId(), e.organisationId(),
                    e.subjectType(), e.subjectId(), content);
            byte[] chainHash = hashes.chainHash(e.seq(), previous, e.entryId(), entryHash);
            copy.add(new ChainedEntry(e.seq(), previous, chainHash, e.entryId(), true, e.recordedAtMicros(), e.action(),
                    e.actorId(), e.organisationId(), e.subjectType(), e.subjectId(), content, entryHash));
            previous = chainHash;
        }
        return copy;
    }

    static Edit with(ChainedEntry entry) {
        return new Edit(entry);
    }

    /** Copies of a position with one field changed. */
    record Edit(ChainedEntry e) {
        ChainedEntry seq(long seq) {
            return new ChainedEntry(seq, e.previousChainHash(), e.chainHash(), e.entryId(), e.entryPresent(), e.recordedAtMicros(),
                    e.action(), e.actorId(), e.organisationId(), e.subjectType(), e.subjectId(), e.details(), e.storedEntryHash());
        }

        ChainedEntry previousChainHash(byte[] hash) {
            return new ChainedEntry(e.seq(), hash, e.chainHash(), e.entryId(), e.entryPresent(), e.recordedAtMicros(),
                    e.action(), e.actorId(), e.organisationId(), e.subjectType(), e.subjectId(), e.details(), e.storedEntryHash());
        }

        ChainedEntry chainHash(byte[] hash) {
            return new ChainedEntry(e.seq(), e.previousChainHash(), hash, e.entryId(), e.entryPresent(), e.recordedAtMicros(),
                    e.action(), e.actorId(), e.organisationId(), e.subjectType(), e.subjectId(), e.details(), e.storedEntryHash());
        }

        ChainedEntry entryId(long id) {
            return new ChainedEntry(e.seq(), e.previousChainHash(), e.chainHash(), id, e.entryPresent(), e.recordedAtMicros(),
                    e.action(), e.actorId(), e.organisationId(), e.subjectType(), e.subjectId(), e.details(), e.storedEntryHash());
        }

        ChainedEntry absent() {
            return new ChainedEntry(e.seq(), e.previousChainHash(), e.chainHash(), e.entryId(), false, 0,
                    null, null, null, null, null, null, null);
        }

        ChainedEntry recordedAt(long micros) {
            return new ChainedEntry(e.seq(), e.previousChainHash(), e.chainHash(), e.entryId(), true, micros,
                    e.action(), e.actorId(), e.organisationId(), e.subjectType(), e.subjectId(), e.details(), e.storedEntryHash());
        }

        ChainedEntry action(String action) {
            return new ChainedEntry(e.seq(), e.previousChainHash(), e.chainHash(), e.entryId(), true, e.recordedAtMicros(),
                    action, e.actorId(), e.organisationId(), e.subjectType(), e.subjectId(), e.details(), e.storedEntryHash());
        }

        ChainedEntry actor(java.util.UUID actor) {
            return new ChainedEntry(e.seq(), e.previousChainHash(), e.chainHash(), e.entryId(), true, e.recordedAtMicros(),
                    e.action(), actor, e.organisationId(), e.subjectType(), e.subjectId(), e.details(), e.storedEntryHash());
        }

        ChainedEntry organisation(java.util.UUID organisation) {
            return new ChainedEntry(e.seq(), e.previousChainHash(), e.chainHash(), e.entryId(), true, e.recordedAtMicros(),
                    e.action(), e.actorId(), organisation, e.subjectType(), e.subjectId(), e.details(), e.storedEntryHash());
        }

        ChainedEntry subjectType(String type) {
            return new ChainedEntry(e.seq(), e.previousChainHash(), e.chainHash(), e.entryId(), true, e.recordedAtMicros(),
                    e.action(), e.actorId(), e.organisationId(), type, e.subjectId(), e.details(), e.storedEntryHash());
        }

        ChainedEntry subjectId(String id) {
            return new ChainedEntry(e.seq(), e.previousChainHash(), e.chainHash(), e.entryId(), true, e.recordedAtMicros(),
                    e.action(), e.actorId(), e.organisationId(), e.subjectType(), id, e.details(), e.storedEntryHash());
        }

        ChainedEntry details(String details) {
            return new ChainedEntry(e.seq(), e.previousChainHash(), e.chainHash(), e.entryId(), true, e.recordedAtMicros(),
                    e.action(), e.actorId(), e.organisationId(), e.subjectType(), e.subjectId(), details, e.storedEntryHash());
        }

        ChainedEntry storedEntryHash(byte[] hash) {
            return new ChainedEntry(e.seq(), e.previousChainHash(), e.chainHash(), e.entryId(), true, e.recordedAtMicros(),
                    e.action(), e.actorId(), e.organisationId(), e.subjectType(), e.subjectId(), e.details(), hash);
        }
    }
}
