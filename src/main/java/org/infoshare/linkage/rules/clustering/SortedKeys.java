package org.infoshare.linkage.rules.clustering;

import java.util.Arrays;

/**
 * The positions of the non-zero keys of an array, ordered so that equal keys are adjacent. Keys are
 * pseudonyms (already uniformly spread), so each is packed with its position into one long and millions sort as
 * primitives; the rare positions whose keys share the packed high bits but differ are put in key order after.
 */
final class SortedKeys {

    private SortedKeys() {
    }

    static int[] order(long[] keys) {
        int n = keys.length;
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        long mask = (1L << indexBits) - 1;
        long[] packed = new long[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (keys[i] != 0) {
                packed[count++] = (keys[i] & ~mask) | i;
            }
        }
        Arrays.sort(packed, 0, count);
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = (int) (packed[i] & mask);
        }
        int start = 0;
        while (start < count) {
            long high = packed[start] & ~mask;
            int end = start + 1;
            boolean mixed = false;
            while (end < count && (packed[end] & ~mask) == high) {
                mixed |= keys[order[end]] != keys[order[start]];
                end++;
            }
            if (mixed) {
                Integer[] run = new Integer[end - start];
                for (int k = start; k < end; k++) {
                    run[k - start] = order[k];
                }
                Arrays.sort(run, (x, y) -> Long.compare(keys[x], keys[y]));
                for (int k = start; k < end; k++) {
                    order[k] = run[k - start];
                }
            }
            start = end;
        }
        return order;
    }
}
