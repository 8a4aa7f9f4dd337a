package org.infoshare.linkage.rules.matching;

import java.util.SplittableRandom;

/**
 * u probabilities from pairs drawn at random: almost none of them match, so how often each level occurs among
 * them is how often it occurs by chance. Laplace smoothing keeps a level never seen by chance (two random
 * records with one NHS number) from getting an infinite weight.
 */
public final class RandomPairs {

    private RandomPairs() {
    }

    /** Drawn in chunks, each with a seed of its own, so the result is the same on any number of threads. */
    static final int CHUNK = 100_000;

    public static double[][] levelFrequencies(PairComparator comparator, int samples, long seed) {
        return levelFrequencies(comparator, samples, seed, 1);
    }

    public static double[][] levelFrequencies(PairComparator comparator, int samples, long seed, int threads) {
        Field[] fields = Field.values();
        long[][] counts = new long[fields.length][];
        for (int f = 0; f < fields.length; f++) {
            counts[f] = new long[fields[f].levelCount()];
        }
        int n = comparator.table().size();
        if (n >= 2) {
            int chunks = (samples + CHUNK - 1) / CHUNK;
            long[][][] parts = new long[chunks][fields.length][];
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            Parallel.run(Math.max(1, Math.min(threads, chunks)), worker -> {
                int chunk;
                while ((chunk = next.getAndIncrement()) < chunks) {
                    long[][] mine = parts[chunk];
                    for (int f = 0; f < fields.length; f++) {
                        mine[f] = new long[fields[f].levelCount()];
                    }
                    SplittableRandom random = new SplittableRandom(seed * 31 + chunk);
                    for (int s = chunk * CHUNK, end = Math.min(samples, (chunk + 1) * CHUNK); s < end; s++) {
                        int a = random.nextInt(n);
                        int b = random.nextInt(n - 1);
                        if (b >= a) {
                            b++;
                        }
                        int pattern = comparator.pattern(a, b);
                        for (int f = 0; f < fields.length; f++) {
                            int level = Patterns.level(pattern, f);
                            if (level < fields[f].levelCount()) {
                                mine[f][level]++;
                            }
                        }
                    }
                }
            });
            for (long[][] part : parts) {
                for (int f = 0; f < fields.length; f++) {
                    for (int l = 0; l < counts[f].length; l++) {
                        counts[f][l] += part[f][l];
                    }
                }
            }
        }
        double[][] u = new double[fields.length][];
        for (int f = 0; f < fields.length; f++) {
            long total = 0;
            for (long c : counts[f]) {
                total += c;
            }
            u[f] = new double[fields[f].levelCount()];
            for (int l = 0; l < u[f].length; l++) {
                u[f][l] = (counts[f][l] + 1.0) / (total + u[f].length);
            }
        }
        return u;
    }
}
