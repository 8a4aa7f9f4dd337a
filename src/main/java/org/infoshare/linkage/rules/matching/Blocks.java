package org.infoshare.linkage.rules.matching;

import java.util.Arrays;

/**
 * The blocks of one rule: record numbers sorted by key, and where each block of two or more records starts.
 * Sorting packs a mixed 64-bit key's high bits with the record number into one long, so two million records sort
 * as primitives. Two keys that share those high bits land in one run; comparisons check the full key, so such a
 * run costs a few comparisons and never makes a false candidate. Blocks larger than the limit are left out and
 * counted: a key shared by thousands of records would cost millions of comparisons and tell nothing.
 */
final class Blocks {

    final BlockingRule rule;
    final int[] order;
    final int[] starts;
    final int blocks;
    final int oversizedBlocks;
    final long oversizedRecords;
    final long pairs;

    private Blocks(BlockingRule rule, int[] order, int[] starts, int blocks, int oversizedBlocks, long oversizedRecords, long pairs) {
        this.rule = rule;
        this.order = order;
        this.starts = starts;
        this.blocks = blocks;
        this.oversizedBlocks = oversizedBlocks;
        this.oversizedRecords = oversizedRecords;
        this.pairs = pairs;
    }

    static Blocks build(RecordTable table, BlockingRule rule, int maxBlockSize) {
        int n = table.size();
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        long indexMask = (1L << indexBits) - 1;
        long[] packed = new long[n];
        int count = 0;
        for (int r = 0; r < n; r++) {
            long key = rule.key(table, r);
            if (key != 0) {
                packed[count++] = (BlockingRule.mix(key) & ~indexMask) | r;
            }
        }
        Arrays.sort(packed, 0, count);
        int[] order = new int[count];
        int[] starts = new int[count + 1];
        int blocks = 0;
        int oversized = 0;
        long oversizedRecords = 0;
        long pairs = 0;
        int kept = 0;
        int i = 0;
        while (i < count) {
            long high = packed[i] & ~indexMask;
            int j = i + 1;
            while (j < count && (packed[j] & ~indexMask) == high) {
                j++;
            }
            int size = j - i;
            if (size > maxBlockSize) {
                oversized++;
                oversizedRecords += size;
            } else if (size >= 2) {
                starts[blocks++] = kept;
                for (int k = i; k < j; k++) {
                    order[kept++] = (int) (packed[k] & indexMask);
                }
                pairs += (long) size * (size - 1) / 2;
            }
            i = j;
        }
        starts[blocks] = kept;
        return new Blocks(rule, Arrays.copyOf(order, kept), Arrays.copyOf(starts, blocks + 1), blocks, oversized, oversizedRecords, pairs);
    }

    int size(int block) {
        return starts[block + 1] - starts[block];
    }
}
