package org.infoshare.ledger.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over seeded random chains. Each test's name carries its seed: to replay a failure, run
 * {@code cases(seed)} for that seed (set {@code -Dledger.seed=<seed>} to start the series there).
 */
class ChainWalkPropertiesTest {

    private static final int CASES = 400;

    /** Every field a chain position and its entry hold, as read back from storage. */
    enum Field {
        SEQ, PREVIOUS_CHAIN_HASH, CHAIN_HASH, ENTRY_ID, ENTRY_PRESENT, RECORDED_AT, ACTION, ACTOR, ORGANISATION,
        SUBJECT_TYPE, SUBJECT_ID, DETAILS, STORED_ENTRY_HASH;

        ChainBreak.Kind expected() {
            return switch (this) {
                case SEQ -> ChainBreak.Kind.POSITION_MISSING;
                case PREVIOUS_CHAIN_HASH -> ChainBreak.Kind.LINK_BROKEN;
                case CHAIN_HASH, ENTRY_ID -> ChainBreak.Kind.LINK_ALTERED;
                case ENTRY_PRESENT -> ChainBreak.Kind.ENTRY_MISSING;
                default -> ChainBreak.Kind.ENTRY_ALTERED;
            };
        }
    }

    private static long firstSeed() {
        return Long.getLong("ledger.seed", 20261121L);
    }

    @TestFactory
    Stream<DynamicTest> anySingleAlterationIsReportedAtExactlyItsPosition() {
        return LongStream.range(firstSeed(), firstSeed() + CASES).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Random random = new Random(seed);
            List<ChainedEntry> chain = SampleChains.soundChain(1 + random.nextInt(40), random);
            int index = random.nextInt(chain.size());
            Field field = Field.values()[random.nextInt(Field.values().length)];
            ChainedEntry original = chain.get(index);
            List<ChainedEntry> tampered = new ArrayList<>(chain);
            tampered.set(index, alter(original, field, chain.size(), random));

            ChainWalk walk = SampleChains.walk(tampered, Set.of());
            String replay = "seed " + seed + ": " + field + " at position " + original.seq() + " of " + chain.size();
            assertThat(walk.firstBreak()).as(replay).isPresent();
            ChainBreak broken = walk.firstBreak().get();
            assertThat(broken.kind()).as(replay).isEqualTo(field.expected());
            assertThat(broken.seq()).as(replay).isEqualTo(original.seq());
            if (field != Field.SEQ) {
                assertThat(broken.entryId()).as(replay).isEqualTo(field == Field.ENTRY_ID ? tampered.get(index).entryId() : original.entryId());
            }
            assertThat(walk.verified()).as(replay).isEqualTo(original.seq() - 1);

            assertSameProof(tampered, random, replay);
        }));
    }

    @TestFactory
    Stream<DynamicTest> readingInAnyOrderProvesExactlyWhatWalkingInOrderDoes() {
        return LongStream.range(firstSeed(), firstSeed() + CASES).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Random random = new Random(seed);
            List<ChainedEntry> chain = SampleChains.soundChain(random.nextInt(60), random);
            List<ChainedEntry> tampered = new ArrayList<>(chain);
            int alterations = chain.isEmpty() ? 0 : random.nextInt(4);
            List<String> done = new ArrayList<>();
            for (int i = 0; i < alterations; i++) {
                int index = random.nextInt(tampered.size());
                switch (random.nextInt(4)) {
                    case 0 -> {
                        Field field = Field.values()[random.nextInt(Field.values().length)];
                        tampered.set(index, alter(tampered.get(index), field, chain.size(), random));
                        done.add(field + "@" + index);
                    }
                    case 1 -> {
                        tampered.remove(index);
                        done.add("remove@" + index);
                    }
                    case 2 -> {
                        int other = random.nextInt(tampered.size());
                        ChainedEntry a = tampered.get(index);
                        ChainedEntry b = tampered.get(other);
                        tampered.set(index, ChainWalkTest.with(b).seq(a.seq()));
                        tampered.set(other, ChainWalkTest.with(a).seq(b.seq()));
                        done.add("swap@" + index + "," + other);
                    }
                    default -> {
                        tampered.subList(index, tampered.size()).clear();
                        done.add("truncate@" + index);
                    }
                }
                if (tampered.isEmpty()) {
                    break;
                }
            }
            String replay = "seed " + seed + ": " + done;
            assertSameProof(tampered, random, replay);
        }));
    }

    /**
     * The database verifier's way (positions in any order, maybe in parallel parts, then links) names the same
     * break as the walk, and both judge the same signed checkpoints alike.
     */
    private static void assertSameProof(List<ChainedEntry> rows, Random random, String scenario) {
        List<long[]> signed = new ArrayList<>();
        java.util.Set<Long> checkpointSeqs = new java.util.HashSet<>();
        for (ChainedEntry row : SampleChains.inChainOrder(rows)) {
            if (random.nextInt(6) == 0 && checkpointSeqs.add(row.seq())) {
                signed.add(new long[] {row.seq(), signed.size() + 1L});
            }
        }
        java.util.Map<Long, byte[]> signedHashes = new java.util.HashMap<>();
        rows.forEach(row -> signedHashes.putIfAbsent(row.seq(), random.nextInt(10) == 0 ? new byte[32] : row.chainHash()));
        ChainWalk walk = SampleChains.walk(rows, checkpointSeqs);

        List<ChainedEntry> arrival = random.nextBoolean() ? SampleChains.nearlyInOrder(rows, random) : shuffled(rows, random);
        // Read as one stream, or in parallel parts (contiguous ranges, as the verifier splits by entry id).
        int partCount = 1 + random.nextInt(3);
        List<List<ChainedEntry>> parts = new ArrayList<>();
        int size = Math.max(1, (arrival.size() + partCount - 1) / partCount);
        for (int from = 0; from < arrival.size(); from += size) {
            parts.add(arrival.subList(from, Math.min(arrival.size(), from + size)));
        }
        ChainProof proof = SampleChains.proveInParts(rows, parts, checkpointSeqs);
        String replay = scenario + " in " + parts.size() + " part(s), checkpoints " + checkpointSeqs;

        assertThat(proof.firstBreak()).as(replay).isEqualTo(walk.firstBreak());
        assertThat(proof.verified()).as(replay).isEqualTo(walk.verified());
        assertThat(proof.head()).as(replay).isEqualTo(walk.head());
        assertThat(proof.headHash()).as(replay).isEqualTo(walk.headHash());
        for (long[] checkpoint : signed) {
            boolean signatureHolds = random.nextInt(20) != 0;
            byte[] hash = signedHashes.get(checkpoint[0]);
            assertThat(proof.checkpoint(checkpoint[1], checkpoint[0], hash, signatureHolds)).as(replay)
                    .isEqualTo(walk.checkpoint(checkpoint[1], checkpoint[0], hash, signatureHolds));
        }
        assertThat(proof.checkpointsVerified()).as(replay).isEqualTo(walk.checkpointsVerified());
        long entries = rows.size() + random.nextInt(2);
        assertThat(proof.accountFor(entries, 0, () -> 7)).as(replay).isEqualTo(walk.accountFor(entries, 0, () -> 7));
        assertThat(proof.firstBreak()).as(replay).isEqualTo(walk.firstBreak());
    }

    private static List<ChainedEntry> shuffled(List<ChainedEntry> rows, Random random) {
        List<ChainedEntry> order = new ArrayList<>(rows);
        Collections.shuffle(order, random);
        return order;
    }

    /** The position with one field changed to a different value. */
    static ChainedEntry alter(ChainedEntry e, Field field, int chainSize, Random random) {
        ChainWalkTest.Edit edit = ChainWalkTest.with(e);
        if (!e.entryPresent() && field.ordinal() >= Field.RECORDED_AT.ordinal()) {
            return e;
        }
        return switch (field) {
            // A position no other row holds (the database keeps positions unique).
            case SEQ -> edit.seq(chainSize + 1 + random.nextInt(5));
            case PREVIOUS_CHAIN_HASH -> edit.previousChainHash(flip(e.previousChainHash(), random));
            case CHAIN_HASH -> edit.chainHash(flip(e.chainHash(), random));
            case ENTRY_ID -> edit.entryId(e.entryId() + 1 + random.nextInt(1_000));
            case ENTRY_PRESENT -> edit.absent();
            case RECORDED_AT -> edit.recordedAt(e.recordedAtMicros() + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(1_000_000)));
            case ACTION -> edit.action(different(e.action(), random));
            case ACTOR -> edit.actor(e.actorId() == null || random.nextBoolean() ? SampleChains.randomUuid(random) : null);
            case ORGANISATION -> edit.organisation(e.organisationId() == null || random.nextBoolean() ? SampleChains.randomUuid(random) : null);
            case SUBJECT_TYPE -> edit.subjectType(different(e.subjectType(), random));
            case SUBJECT_ID -> edit.subjectId(different(e.subjectId(), random));
            case DETAILS -> edit.details(different(e.details(), random));
            case STORED_ENTRY_HASH -> edit.storedEntryHash(flip(e.storedEntryHash(), random));
        };
    }

    private static byte[] flip(byte[] hash, Random random) {
        byte[] copy = hash.clone();
        copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
        return copy;
    }

    private static String different(String value, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> value + SampleChains.randomText(random, 1);
            case 1 -> value.isEmpty() ? "x" : value.substring(0, value.length() - 1);
            default -> {
                String other = SampleChains.randomText(random, 1 + random.nextInt(12));
                yield other.equals(value) ? value + "!" : other;
            }
        };
    }
}
