package org.infoshare.ledger.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.LongSupplier;

/** Sound chains built in memory with the ledger's own hashing, and the two ways of proving them. */
final class SampleChains {

    private static final String[] ACTIONS = {"directory.user.created", "directory.token.issued", "access.signed-in",
            "audit.ledger.verified", "decision.recorded"};
    private static final String[] SUBJECT_TYPES = {"user", "organisation", "api-token", "ledger"};
    /** Awkward characters for details: quotes, backslashes, control characters, non-ASCII. */
    private static final String[] AWKWARD = {"\"", "\\", "\n", "\t", "\u0001", "é", "€", "日本", "\uD83D\uDE00", " ", ",", ":", "{", "}"};

    private SampleChains() {
    }

    static List<ChainedEntry> soundChain(int size, Random random) {
        EntryHashes hashes = new EntryHashes();
        List<ChainedEntry> chain = new ArrayList<>(size);
        byte[] previous = EntryHashes.GENESIS;
        long micros = 1_795_000_000_000_000L + random.nextInt(1_000_000);
        long entryId = 1 + random.nextInt(50);
        for (int seq = 1; seq <= size; seq++) {
            micros += random.nextInt(5_000_000);
            entryId += 1 + random.nextInt(3);
            UUID actor = random.nextInt(5) == 0 ? null : randomUuid(random);
            UUID organisation = random.nextInt(7) == 0 ? null : randomUuid(random);
            String action = ACTIONS[random.nextInt(ACTIONS.length)];
            String subjectType = SUBJECT_TYPES[random.nextInt(SUBJECT_TYPES.length)];
            String subjectId = random.nextBoolean() ? randomUuid(random).toString() : String.valueOf(random.nextInt(100_000));
            String details = EntryHashes.canonicalDetails(randomDetails(random));
            byte[] entryHash = hashes.entryHash(micros, action, actor, organisation, subjectType, subjectId, details);
            byte[] chainHash = hashes.chainHash(seq, previous, entryId, entryHash);
            chain.add(new ChainedEntry(seq, previous, chainHash, entryId, true, micros, action, actor, organisation,
                    subjectType, subjectId, details, entryHash));
            previous = chainHash;
        }
        return chain;
    }

    static UUID randomUuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }

    static Map<String, String> randomDetails(Random random) {
        Map<String, String> details = new TreeMap<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            details.put(randomText(random, 1 + random.nextInt(8)), randomText(random, random.nextInt(20)));
        }
        return details;
    }

    static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(6) == 0 ? AWKWARD[random.nextInt(AWKWARD.length)] : (char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    /** What a database reading "order by seq" returns: sorted by position, ties in their stored order. */
    static List<ChainedEntry> inChainOrder(List<ChainedEntry> rows) {
        List<ChainedEntry> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingLong(ChainedEntry::seq));
        return sorted;
    }

    /** The reference: walk the chain in order. */
    static ChainWalk walk(List<ChainedEntry> rows, Set<Long> checkpointSeqs) {
        ChainWalk walk = new ChainWalk(checkpointSeqs);
        for (ChainedEntry row : inChainOrder(rows)) {
            if (!walk.accept(row)) {
                break;
            }
        }
        return walk;
    }

    /**
     * What the database verifier does: every position in the given (any) order, then the links proven from a
     * lookup, or walked in chain order when that does not suffice.
     */
    static ChainProof proveInOrder(List<ChainedEntry> rows, List<ChainedEntry> arrivalOrder, Set<Long> checkpointSeqs) {
        return proveInParts(rows, List.of(arrivalOrder), checkpointSeqs);
    }

    /** As the database verifier reads a large ledger: each part of the positions into a proof of its own, then combined. */
    static ChainProof proveInParts(List<ChainedEntry> rows, List<List<ChainedEntry>> parts, Set<Long> checkpointSeqs) {
        ChainProof proof = new ChainProof(checkpointSeqs);
        for (List<ChainedEntry> part : parts) {
            ChainProof partProof = new ChainProof(checkpointSeqs);
            readPositions(partProof, part);
            proof.include(partProof);
        }
        return proveLinks(proof, rows);
    }

    private static void readPositions(ChainProof proof, List<ChainedEntry> arrivalOrder) {
        EntryHashes hashes = new EntryHashes();
        byte[] computed = new byte[EntryHashes.HASH_LENGTH];
        for (ChainedEntry row : arrivalOrder) {
            if (!proof.needs(row.seq())) {
                continue;
            }
            boolean matches = false;
            if (row.entryPresent()) {
                hashes.beginEntry(row.recordedAtMicros()).text(row.action()).uuid(row.actorId()).uuid(row.organisationId())
                        .text(row.subjectType()).text(row.subjectId()).text(row.details()).finishEntry(computed);
                matches = Arrays.equals(computed, row.storedEntryHash());
            }
            proof.position(row.seq(), row.entryId(), row.previousChainHash(), row.chainHash(), row.entryPresent(),
                    computed, matches, row.action());
        }
    }

    private static ChainProof proveLinks(ChainProof proof, List<ChainedEntry> rows) {
        boolean proven = proof.proveLinks(seqs -> rows.stream()
                .filter(row -> Arrays.stream(seqs).anyMatch(seq -> seq == row.seq()))
                .map(row -> new ChainProof.Link(row.seq(), row.previousChainHash(), row.chainHash()))
                .toList());
        if (!proven) {
            for (ChainedEntry row : inChainOrder(rows)) {
                if (!proof.link(row.seq(), row.entryId(), row.previousChainHash(), row.chainHash())) {
                    break;
                }
            }
        }
        return proof;
    }

    /** Arrival nearly in chain order, as entry-id order is: a few neighbours swapped. */
    static List<ChainedEntry> nearlyInOrder(List<ChainedEntry> rows, Random random) {
        List<ChainedEntry> order = new ArrayList<>(rows);
        for (int i = 0; i + 1 < order.size(); i++) {
            if (random.nextInt(8) == 0) {
                ChainedEntry swapped = order.get(i);
                order.set(i, order.get(i + 1));
                order.set(i + 1, swapped);
            }
        }
        return order;
    }

    static LongSupplier none() {
        return () -> 0;
    }
}
