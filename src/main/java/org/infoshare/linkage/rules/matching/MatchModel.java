package org.infoshare.linkage.rules.matching;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The Fellegi–Sunter model a linkage scores with: for each field and level the m and u probabilities and the
 * resulting partial match weight log2(m/u), and the prior, the probability that two records drawn at random
 * are the same person. A pair's match weight is the prior's weight plus its fields' partial weights (a missing
 * field adds nothing); its match probability is 2^w / (1 + 2^w). Weights of every pattern are worked out once.
 */
public final class MatchModel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final double FLOOR = 1e-9;

    private final double[][] m;
    private final double[][] u;
    private final double prior;
    private final double[] patternWeights;

    public MatchModel(double[][] m, double[][] u, double prior) {
        Field[] fields = Field.values();
        if (m.length != fields.length || u.length != fields.length) {
            throw new IllegalArgumentException("A model has m and u probabilities for every field");
        }
        for (int f = 0; f < fields.length; f++) {
            if (m[f].length != fields[f].levelCount() || u[f].length != fields[f].levelCount()) {
                throw new IllegalArgumentException(fields[f].label() + " has " + fields[f].levelCount() + " levels");
            }
            for (int l = 0; l < m[f].length; l++) {
                probability(m[f][l], fields[f].label() + " m");
                probability(u[f][l], fields[f].label() + " u");
            }
        }
        if (!(prior > 0 && prior < 1)) {
            throw new IllegalArgumentException("The prior is a probability strictly between 0 and 1");
        }
        this.m = ExpectationMaximisation.copy(m);
        this.u = ExpectationMaximisation.copy(u);
        this.prior = prior;
        this.patternWeights = new double[Patterns.COUNT];
        double priorWeight = priorWeight();
        for (int p = 0; p < Patterns.COUNT; p++) {
            double weight = priorWeight;
            for (int f = 0; f < fields.length; f++) {
                int level = Patterns.level(p, f);
                if (level < fields[f].levelCount()) {
                    weight += partial(f, level);
                }
            }
            patternWeights[p] = weight;
        }
    }

    private static void probability(double value, String what) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be a probability");
        }
    }

    public double weight(int pattern) {
        return patternWeights[pattern];
    }

    public double priorWeight() {
        return log2(prior / (1 - prior));
    }

    public double prior() {
        return prior;
    }

    public double m(Field field, Level level) {
        return m[field.ordinal()][field.indexOf(level)];
    }

    public double u(Field field, Level level) {
        return u[field.ordinal()][field.indexOf(level)];
    }

    /** log2(m/u) for a level; zero for missing. */
    public double partialWeight(Field field, Level level) {
        return level == Level.MISSING ? 0 : partial(field.ordinal(), field.indexOf(level));
    }

    private double partial(int field, int level) {
        return log2(Math.max(m[field][level], FLOOR) / Math.max(u[field][level], FLOOR));
    }

    public static double probability(double weight) {
        return 1 / (1 + Math.pow(2, -weight));
    }

    public static double weightOf(double probability) {
        return log2(probability / (1 - probability));
    }

    /** The same model with one level's m and/or u set by the analyst (null keeps the learnt value). */
    public MatchModel withParameter(Field field, Level level, Double newM, Double newU) {
        double[][] m2 = ExpectationMaximisation.copy(m);
        double[][] u2 = ExpectationMaximisation.copy(u);
        int index = field.indexOf(level);
        if (index == field.levelCount()) {
            throw new IllegalArgumentException("Missing values have no parameters");
        }
        if (newM != null) {
            m2[field.ordinal()][index] = newM;
        }
        if (newU != null) {
            u2[field.ordinal()][index] = newU;
        }
        return new MatchModel(m2, u2, prior);
    }

    /** One row of the model, for showing and storing it. */
    public record Parameter(Field field, Level level, double m, double u, double partialWeight) implements Serializable {
    }

    public List<Parameter> parameters() {
        List<Parameter> rows = new ArrayList<>();
        for (Field field : Field.values()) {
            for (Level level : field.levels()) {
                rows.add(new Parameter(field, level, m(field, level), u(field, level), partialWeight(field, level)));
            }
        }
        return rows;
    }

    public double[][] mProbabilities() {
        return ExpectationMaximisation.copy(m);
    }

    public double[][] uProbabilities() {
        return ExpectationMaximisation.copy(u);
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
