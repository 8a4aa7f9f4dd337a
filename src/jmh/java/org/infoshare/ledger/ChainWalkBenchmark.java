package org.infoshare.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.infoshare.ledger.rules.ChainWalk;
import org.infoshare.ledger.rules.ChainedEntry;
import org.infoshare.ledger.rules.EntryHashes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The chain walk on its own, in plain Java: re-deriving every entry hash and chain hash of a pre-built,
 * sound chain of a million entries held in memory. Throughput is in entries per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(ChainWalkBenchmark.ENTRIES)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ChainWalkBenchmark {

    static final int ENTRIES = 1_000_000;

    private List<ChainedEntry> chain;

    @Setup(Level.Trial)
    public void buildChain() {
        chain = sampleChain(ENTRIES, new Random(20261121));
    }

    @Benchmark
    public long walk() {
        ChainWalk walk = new ChainWalk(Set.of());
        for (ChainedEntry position : chain) {
            if (!walk.accept(position)) {
                throw new IllegalStateException("The sample chain should be sound: " + walk.firstBreak());
            }
        }
        return walk.verified();
    }

    /** A sound chain of entries shaped like the application's: ids, codes, dates and digests. */
    static List<ChainedEntry> sampleChain(int size, Random random) {
        String[] actions = {"directory.token.issued", "directory.user.updated", "access.signed-in", "audit.ledger.verified"};
        UUID[] people = new UUID[50];
        for (int i = 0; i < people.length; i++) {
            people[i] = new UUID(random.nextLong(), random.nextLong());
        }
        UUID organisation = new UUID(random.nextLong(), random.nextLong());
        EntryHashes hashes = new EntryHashes();
        List<ChainedEntry> entries = new ArrayList<>(size);
        byte[] previous = EntryHashes.GENESIS;
        long micros = 1_795_000_000_000_000L;
        for (int i = 1; i <= size; i++) {
            micros += random.nextInt(1_000_000);
            UUID actor = people[random.nextInt(people.length)];
            TreeMap<String, String> details = new TreeMap<>();
            details.put("user", people[random.nextInt(people.length)].toString());
            details.put("expiresOn", "2027-11-" + (10 + random.nextInt(18)));
            String canonical = EntryHashes.canonicalDetails(details);
            String action = actions[random.nextInt(actions.length)];
            String subjectId = new UUID(random.nextLong(), random.nextLong()).toString();
            byte[] entryHash = hashes.entryHash(micros, action, actor, organisation, "api-token", subjectId, canonical);
            byte[] chainHash = hashes.chainHash(i, previous, i, entryHash);
            entries.add(new ChainedEntry(i, previous, chainHash, i, true, micros, action, actor, organisation,
                    "api-token", subjectId, canonical, entryHash));
            previous = chainHash;
        }
        return entries;
    }
}
