package org.infoshare.linkage.rules.matching;

import java.io.Serializable;
import java.util.List;

/**
 * What the analyst configures for a linkage run. Thresholds are match weights (log2 odds): at or above
 * {@code matchWeight} a pair is linked; from {@code reviewWeight} up to it, a person reviews it (the clerical
 * band); below, it is not linked. {@code overrides} set m or u for a level by hand in place of the learnt value.
 *
 * @param randomPairs pairs drawn at random to estimate u probabilities
 * @param learnU      learn u by EM too, instead of holding the random-pair estimates
 * @param seed        for the random pairs, so that a run can be repeated exactly
 */
public record LinkageSettings(
        List<BlockingRule> blocking,
        int maxBlockSize,
        ComparisonSettings comparison,
        double matchWeight,
        double reviewWeight,
        int randomPairs,
        boolean learnU,
        int maxIterations,
        long seed,
        List<Override> overrides) implements Serializable {

    public static final List<BlockingRule> STANDARD_BLOCKING = List.of(BlockingRule.NHS_NUMBER, BlockingRule.DATE_OF_BIRTH,
            BlockingRule.NAMES_AND_BIRTH_YEAR, BlockingRule.PROPERTY, BlockingRule.UPRN);

    public static final LinkageSettings STANDARD = new LinkageSettings(STANDARD_BLOCKING, 2_000, ComparisonSettings.STANDARD,
            6.0, 2.0, 1_000_000, false, 100, 20_261_121L, List.of());

    /** An analyst's value for one level (either may be null, keeping the learnt one). */
    public record Override(Field field, Level level, Double m, Double u) implements Serializable {
    }

    public LinkageSettings {
        blocking = List.copyOf(blocking);
        overrides = List.copyOf(overrides);
        if (blocking.isEmpty()) {
            throw new IllegalArgumentException("A linkage needs at least one blocking rule");
        }
        if (blocking.contains(BlockingRule.FULL_NAME)) {
            throw new IllegalArgumentException("The full-name rule is for learning weights, not for blocking");
        }
        if (maxBlockSize < 2) {
            throw new IllegalArgumentException("A block holds at least two records");
        }
        if (reviewWeight > matchWeight) {
            throw new IllegalArgumentException("The review band starts at or below the match threshold");
        }
        if (randomPairs < 1000 || maxIterations < 1) {
            throw new IllegalArgumentException("At least 1,000 random pairs and one iteration");
        }
    }

    public LinkageSettings withThresholds(double match, double review) {
        return new LinkageSettings(blocking, maxBlockSize, comparison, match, review, randomPairs, learnU, maxIterations, seed, overrides);
    }

    public LinkageSettings withBlocking(List<BlockingRule> rules) {
        return new LinkageSettings(rules, maxBlockSize, comparison, matchWeight, reviewWeight, randomPairs, learnU, maxIterations, seed, overrides);
    }

    public LinkageSettings withMaxBlockSize(int size) {
        return new LinkageSettings(blocking, size, comparison, matchWeight, reviewWeight, randomPairs, learnU, maxIterations, seed, overrides);
    }

    public LinkageSettings withOverrides(List<Override> values) {
        return new LinkageSettings(blocking, maxBlockSize, comparison, matchWeight, reviewWeight, randomPairs, learnU, maxIterations, seed, values);
    }
}
