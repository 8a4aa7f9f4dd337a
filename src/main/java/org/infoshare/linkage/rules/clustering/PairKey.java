package org.infoshare.linkage.rules.clustering;

/** Two record numbers as one long, lower first, so a pair has one key whichever way round it is named. */
public final class PairKey {

    private PairKey() {
    }

    public static long of(int a, int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        return ((long) low << 32) | (high & 0xFFFFFFFFL);
    }

    public static int first(long key) {
        return (int) (key >>> 32);
    }

    public static int second(long key) {
        return (int) key;
    }
}
