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

    public static double[][] levelFrequencies(PairComparator comparator, int samples, long seed) {
        Field[] fields = Field.values();
        long[][] counts = new long[fields.length][];
        for (int f = 0; f < fields.length; f++) {
            counts[f] = new long[fields[f].levelCount()];
        }
        int n = comparator.table().size();
        if (n >= 2) {
            SplittableRandom random = new SplittableRandom(seed);
            for (int s = 0; s < samples; s++) {
                int a = random.nextInt(n);
                int b = random.nextInt(n - 1);
                if (b >= a) {
                    b++;
                }
                int pattern = comparator.pattern(a, b);
                for (int f = 0; f < fields.length; f++) {
                    int level = Patterns.level(pattern, f);
                    if (level < fields[f].levelCount()) {
                        counts[f][level]++;
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
