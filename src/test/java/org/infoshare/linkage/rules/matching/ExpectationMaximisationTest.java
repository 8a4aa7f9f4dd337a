package org.infoshare.linkage.rules.matching;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExpectationMaximisationTest {

    /** The parameters pairs are drawn from: matches agree strongly, non-matches rarely. */
    static double[][] trueM() {
        return new double[][] {{0.85, 0.04, 0.04, 0.04, 0.03}, {0.88, 0.05, 0.04, 0.03}, {0.9, 0.02, 0.04, 0.04}, {0.98, 0.02},
                {0.8, 0.05, 0.05, 0.02, 0.08}, {0.97, 0.03}};
    }

    static double[][] trueU() {
        return new double[][] {{0.02, 0.005, 0.01, 0.03, 0.935}, {0.01, 0.005, 0.02, 0.965}, {0.001, 0.001, 0.05, 0.948}, {0.5, 0.5},
                {0.001, 0.002, 0.01, 0.1, 0.887}, {0.0001, 0.9999}};
    }

    /** Pairs drawn under conditional independence, with a field now and then missing. */
    static long[] histogram(double lambda, int pairs, Random random) {
        Field[] fields = Field.values();
        double[][] m = trueM();
        double[][] u = trueU();
        long[] counts = new long[Patterns.COUNT];
        for (int n = 0; n < pairs; n++) {
            boolean match = random.nextDouble() < lambda;
            int[] levels = new int[fields.length];
            for (int f = 0; f < fields.length; f++) {
                if (random.nextDouble() < 0.1) {
                    levels[f] = fields[f].levelCount();
                    continue;
                }
                double[] p = match ? m[f] : u[f];
                double x = random.nextDouble();
                int l = 0;
                while (l < p.length - 1 && x >= p[l]) {
                    x -= p[l];
                    l++;
                }
                levels[f] = l;
            }
            counts[Patterns.of(levels)]++;
        }
        return counts;
    }

    @Test
    void recoversTheParametersThePairsWereDrawnFrom() {
        long seed = new Random().nextLong();
        long[] counts = histogram(0.2, 200_000, new Random(seed));
        double[][] flatU = new double[Field.values().length][];
        for (Field field : Field.values()) {
            flatU[field.ordinal()] = new double[field.levelCount()];
            java.util.Arrays.fill(flatU[field.ordinal()], 1.0 / field.levelCount());
        }
        ExpectationMaximisation.Fit fit = ExpectationMaximisation.fit(counts, Set.of(), null, Training.startingM(), flatU, 0.5, 500, 1e-7);
        assertThat(fit.converged()).as("seed " + seed).isTrue();
        assertThat(fit.lambda()).as("seed " + seed).isCloseTo(0.2, within(0.01));
        for (Field field : Field.values()) {
            for (int l = 0; l < field.levelCount(); l++) {
                assertThat(fit.m()[field.ordinal()][l]).as(field + " m" + l + " seed " + seed).isCloseTo(trueM()[field.ordinal()][l], within(0.02));
                assertThat(fit.u()[field.ordinal()][l]).as(field + " u" + l + " seed " + seed).isCloseTo(trueU()[field.ordinal()][l], within(0.02));
            }
        }
        assertThat(fit.pairs()).isEqualTo(200_000);
    }

    @Test
    void withUHeldLearnsMAndLeavesExcludedFieldsAlone() {
        long seed = new Random().nextLong();
        long[] counts = histogram(0.05, 200_000, new Random(seed));
        double[][] start = Training.startingM();
        ExpectationMaximisation.Fit fit = ExpectationMaximisation.fit(counts, EnumSet.of(Field.DATE_OF_BIRTH), trueU(), start, trueU(), 0.3, 500, 1e-7);
        assertThat(fit.lambda()).as("seed " + seed).isCloseTo(0.05, within(0.01));
        assertThat(fit.m()[Field.LAST_NAME.ordinal()][0]).as("seed " + seed).isCloseTo(0.88, within(0.03));
        assertThat(fit.m()[Field.DATE_OF_BIRTH.ordinal()]).isEqualTo(start[Field.DATE_OF_BIRTH.ordinal()]);
        assertThat(fit.u()).isEqualTo(trueU());
    }

    @Test
    void nothingToLearnFromReturnsTheStartingValues() {
        ExpectationMaximisation.Fit fit = ExpectationMaximisation.fit(new long[Patterns.COUNT], Set.of(), null, Training.startingM(),
                trueU(), 0.3, 10, 1e-6);
        assertThat(fit.pairs()).isZero();
        assertThat(fit.converged()).isFalse();
        assertThat(fit.m()).isEqualTo(Training.startingM());
    }
}
