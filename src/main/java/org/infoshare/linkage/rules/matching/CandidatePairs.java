package org.infoshare.linkage.rules.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The pairs the blocking rules make candidates, each visited once: a pair that shares the keys of several rules
 * is visited under the first of them only (as Splink does), so a union of rules costs no duplicate comparisons.
 * Visiting is spread over threads by runs of blocks of roughly equal numbers of pairs.
 */
public final class CandidatePairs {

    private static final long PAIRS_PER_UNIT = 250_000;

    private final RecordTable table;
    private final List<BlockingRule> rules;
    private final List<Blocks> blocks = new ArrayList<>();
    private final List<int[]> units = new ArrayList<>();

    /** What blocking produced, per rule: for the run's report. */
    public record RuleStatistics(BlockingRule rule, int blocks, long pairsInBlocks, int oversizedBlocks, long recordsInOversizedBlocks) {
    }

    public CandidatePairs(RecordTable table, List<BlockingRule> rules, int maxBlockSize) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("A linkage needs at least one blocking rule");
        }
        this.table = table;
        this.rules = List.copyOf(rules);
        for (int r = 0; r < this.rules.size(); r++) {
            Blocks built = Blocks.build(table, this.rules.get(r), maxBlockSize);
            blocks.add(built);
            int start = 0;
            long pairs = 0;
            for (int b = 0; b < built.blocks; b++) {
                int size = built.size(b);
                pairs += (long) size * (size - 1) / 2;
                if (pairs >= PAIRS_PER_UNIT) {
                    units.add(new int[] {r, start, b + 1});
                    start = b + 1;
                    pairs = 0;
                }
            }
            if (start < built.blocks) {
                units.add(new int[] {r, start, built.blocks});
            }
        }
    }

    public List<BlockingRule> rules() {
        return rules;
    }

    public List<RuleStatistics> statistics() {
        return blocks.stream().map(b -> new RuleStatistics(b.rule, b.blocks, b.pairs, b.oversizedBlocks, b.oversizedRecords)).toList();
    }

    /** Pairs in all blocks, before pairs shared by several rules are counted once. */
    public long pairsInBlocks() {
        return blocks.stream().mapToLong(b -> b.pairs).sum();
    }

    /**
     * Visits every candidate pair once, on {@code threads} threads (the caller's among them), each with a
     * visitor of its own; returns the visitors, whose results the caller merges.
     */
    public <V extends PairVisitor> List<V> visit(int threads, Supplier<V> visitors) {
        int workers = Math.max(1, Math.min(threads, units.size()));
        List<V> made = new ArrayList<>();
        for (int t = 0; t < workers; t++) {
            made.add(visitors.get());
        }
        AtomicInteger next = new AtomicInteger();
        Parallel.run(workers, worker -> {
            V visitor = made.get(worker);
            int unit;
            while ((unit = next.getAndIncrement()) < units.size()) {
                int[] range = units.get(unit);
                visitUnit(range[0], range[1], range[2], visitor);
            }
        });
        return made;
    }

    private void visitUnit(int ruleIndex, int fromBlock, int toBlock, PairVisitor visitor) {
        Blocks rule = blocks.get(ruleIndex);
        int[] order = rule.order;
        for (int block = fromBlock; block < toBlock; block++) {
            int start = rule.starts[block];
            int end = rule.starts[block + 1];
            for (int x = start; x < end; x++) {
                int i = order[x];
                long key = rule.rule.key(table, i);
                for (int y = x + 1; y < end; y++) {
                    int j = order[y];
                    if (rule.rule.key(table, j) != key || sharedEarlier(ruleIndex, i, j)) {
                        continue;
                    }
                    if (i < j) {
                        visitor.visit(i, j, ruleIndex);
                    } else {
                        visitor.visit(j, i, ruleIndex);
                    }
                }
            }
        }
    }

    private boolean sharedEarlier(int ruleIndex, int a, int b) {
        for (int r = 0; r < ruleIndex; r++) {
            if (rules.get(r).shared(table, a, b)) {
                return true;
            }
        }
        return false;
    }
}
