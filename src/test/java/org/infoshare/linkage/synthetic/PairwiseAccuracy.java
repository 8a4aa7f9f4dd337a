package org.infoshare.linkage.synthetic;

import java.util.HashMap;
import java.util.Map;

/**
 * Precision, recall and F1 of a grouping against the truth, counted over pairs of records: a pair is predicted
 * when both records are in one predicted group, true when both belong to one true group (person or family).
 */
public record PairwiseAccuracy(long truePairs, long predictedPairs, long correctPairs) {

    public static PairwiseAccuracy of(int[] predicted, int[] truth) {
        Map<Integer, Long> byPredicted = new HashMap<>();
        Map<Integer, Long> byTruth = new HashMap<>();
        Map<Long, Long> byBoth = new HashMap<>();
        for (int i = 0; i < predicted.length; i++) {
            byPredicted.merge(predicted[i], 1L, Long::sum);
            byTruth.merge(truth[i], 1L, Long::sum);
            byBoth.merge(((long) predicted[i] << 32) | (truth[i] & 0xFFFFFFFFL), 1L, Long::sum);
        }
        return new PairwiseAccuracy(pairs(byTruth), pairs(byPredicted), pairs(byBoth));
    }

    private static long pairs(Map<?, Long> sizes) {
        long total = 0;
        for (long n : sizes.values()) {
            total += n * (n - 1) / 2;
        }
        return total;
    }

    public double precision() {
        return predictedPairs == 0 ? 1 : correctPairs / (double) predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1 : correctPairs / (double) truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("precision %.4f, recall %.4f, F1 %.4f (%,d true pairs, %,d predicted, %,d correct)",
                precision(), recall(), f1(), truePairs, predictedPairs, correctPairs);
    }
}
