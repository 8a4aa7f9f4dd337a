package org.infoshare.linkage.rules.matching;

import java.util.Set;

/**
 * Fellegi–Sunter parameters learnt by expectation–maximisation from a histogram of comparison patterns,
 * assuming fields agree independently within matches and within non-matches. {@code m[f][l]} is the
 * probability of level l of field f among matching pairs, {@code u[f][l]} among non-matching ones, both among
 * pairs where the field is known; {@code lambda} is the share of matches among the pairs counted.
 *
 * <p>Fields the pairs were selected on (the training blocking rule's) are excluded: they agree by
 * construction and say nothing. With {@code fixedU} the u probabilities are held at those given (estimated from
 * random pairs), as Splink does, and only m and lambda are learnt.
 */
public final class ExpectationMaximisation {

    private static final double FLOOR = 1e-9;

    private ExpectationMaximisation() {
    }

    /** The learnt parameters, with how the iteration ended. */
    public record Fit(double lambda, double[][] m, double[][] u, int iterations, boolean converged, long pairs) {
    }

    public static Fit fit(long[] counts, Set<Field> excluded, double[][] fixedU, double[][] initialM, double[][] initialU,
                          double initialLambda, int maxIterations, double tolerance) {
        Field[] fields = Field.values();
        int distinct = 0;
        for (long count : counts) {
            if (count > 0) {
                distinct++;
            }
        }
        int[][] levels = new int[distinct][fields.length];
        double[] weights = new double[distinct];
        long pairs = 0;
        int k = 0;
        for (int p = 0; p < counts.length; p++) {
            if (counts[p] > 0) {
                for (int f = 0; f < fields.length; f++) {
                    levels[k][f] = Patterns.level(p, f);
                }
                weights[k++] = counts[p];
                pairs += counts[p];
            }
        }
        double[][] m = copy(initialM);
        double[][] u = copy(fixedU != null ? fixedU : initialU);
        double lambda = initialLambda;
        boolean[] skip = new boolean[fields.length];
        for (Field field : excluded) {
            skip[field.ordinal()] = true;
        }
        if (pairs == 0) {
            return new Fit(lambda, m, u, 0, false, 0);
        }
        int iteration = 0;
        boolean converged = false;
        while (iteration < maxIterations && !converged) {
            iteration++;
            double[][] mSum = new double[fields.length][];
            double[][] uSum = new double[fields.length][];
            for (int f = 0; f < fields.length; f++) {
                mSum[f] = new double[fields[f].levelCount()];
                uSum[f] = new double[fields[f].levelCount()];
            }
            double matchTotal = 0;
            for (int i = 0; i < distinct; i++) {
                double pm = lambda;
                double pu = 1 - lambda;
                for (int f = 0; f < fields.length; f++) {
                    int level = levels[i][f];
                    if (skip[f] || level == fields[f].levelCount()) {
                        continue;
                    }
                    pm *= Math.max(m[f][level], FLOOR);
                    pu *= Math.max(u[f][level], FLOOR);
                }
                double posterior = pm / (pm + pu);
                double matched = weights[i] * posterior;
                double unmatched = weights[i] - matched;
                matchTotal += matched;
                for (int f = 0; f < fields.length; f++) {
                    int level = levels[i][f];
                    if (skip[f] || level == fields[f].levelCount()) {
                        continue;
                    }
                    mSum[f][level] += matched;
                    uSum[f][level] += unmatched;
                }
            }
            double change = Math.abs(matchTotal / pairs - lambda);
            lambda = Math.min(1 - FLOOR, Math.max(FLOOR, matchTotal / pairs));
            for (int f = 0; f < fields.length; f++) {
                if (skip[f]) {
                    continue;
                }
                change = Math.max(change, normaliseInto(mSum[f], m[f]));
                if (fixedU == null) {
                    change = Math.max(change, normaliseInto(uSum[f], u[f]));
                }
            }
            converged = change < tolerance;
        }
        return new Fit(lambda, m, u, iteration, converged, pairs);
    }

    /** Writes the sums as probabilities into {@code target} and returns the largest change. */
    private static double normaliseInto(double[] sums, double[] target) {
        double total = 0;
        for (double sum : sums) {
            total += sum;
        }
        if (total <= 0) {
            return 0;
        }
        double change = 0;
        for (int l = 0; l < sums.length; l++) {
            double next = sums[l] / total;
            change = Math.max(change, Math.abs(next - target[l]));
            target[l] = next;
        }
        return change;
    }

    static double[][] copy(double[][] values) {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return copy;
    }
}
