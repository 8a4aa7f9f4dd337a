package org.infoshare.linkage.rules.matching;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/**
 * Learns the model from the data, as Splink does: u from random pairs; m by expectation–maximisation in two
 * sessions, each over pairs selected by a rule whose own fields are left out (pairs with the same date of birth
 * teach the names, address, sex and NHS number; pairs with the same names teach the date of birth); and the
 * prior from the first session's share of matches. A session with too few pairs to learn from keeps the standard
 * starting values, and says so.
 */
public final class Training {

    /** Below this many pairs a session's estimates are not trusted. */
    public static final long MIN_SESSION_PAIRS = 2_000;
    static final int NAME_SESSION_MAX_BLOCK = 300;

    private Training() {
    }

    /** How the model was learnt: for the run's report and the ledger. */
    public record Report(int randomPairs, long dateSessionPairs, long nameSessionPairs, ExpectationMaximisation.Fit dateSession,
                         ExpectationMaximisation.Fit nameSession, boolean standardValuesUsed, double prior) implements Serializable {
    }

    public record Trained(MatchModel model, Report report) {
    }

    /** Starting m values: each field's strongest level likely among matches, the rest less and less so. */
    static double[][] startingM() {
        Field[] fields = Field.values();
        double[][] m = new double[fields.length][];
        for (int f = 0; f < fields.length; f++) {
            int levels = fields[f].levelCount();
            m[f] = new double[levels];
            double rest = 0.1;
            m[f][0] = 0.9;
            for (int l = 1; l < levels; l++) {
                m[f][l] = l == levels - 1 ? rest : rest / 2;
                rest -= m[f][l];
            }
        }
        return m;
    }

    public static Trained train(PairComparator comparator, LinkageSettings settings, int threads) {
        RecordTable table = comparator.table();
        double[][] u = RandomPairs.levelFrequencies(comparator, settings.randomPairs(), settings.seed(), threads);

        CandidatePairs sameDate = new CandidatePairs(table, List.of(BlockingRule.DATE_OF_BIRTH), settings.maxBlockSize());
        long[] dateCounts = Histogram.sum(sameDate.visit(threads, () -> new Histogram(comparator)));
        CandidatePairs sameNames = new CandidatePairs(table, List.of(BlockingRule.FULL_NAME), NAME_SESSION_MAX_BLOCK);
        long[] nameCounts = Histogram.sum(sameNames.visit(threads, () -> new Histogram(comparator)));

        double[][] start = startingM();
        ExpectationMaximisation.Fit dates = ExpectationMaximisation.fit(dateCounts, EnumSet.of(Field.DATE_OF_BIRTH),
                settings.learnU() ? null : u, start, u, 0.3, settings.maxIterations(), 1e-6);
        ExpectationMaximisation.Fit names = ExpectationMaximisation.fit(nameCounts, EnumSet.of(Field.FIRST_NAME, Field.LAST_NAME),
                settings.learnU() ? null : u, start, u, 0.3, settings.maxIterations(), 1e-6);

        boolean datesUsable = dates.pairs() >= MIN_SESSION_PAIRS;
        boolean namesUsable = names.pairs() >= MIN_SESSION_PAIRS;
        double[][] m = ExpectationMaximisation.copy(start);
        double[][] uLearnt = ExpectationMaximisation.copy(u);
        for (Field field : Field.values()) {
            int f = field.ordinal();
            boolean fromDates = datesUsable && field != Field.DATE_OF_BIRTH;
            boolean fromNames = namesUsable && field != Field.FIRST_NAME && field != Field.LAST_NAME;
            for (int l = 0; l < field.levelCount(); l++) {
                if (fromDates && fromNames) {
                    m[f][l] = (dates.m()[f][l] + names.m()[f][l]) / 2;
                    uLearnt[f][l] = (dates.u()[f][l] + names.u()[f][l]) / 2;
                } else if (fromDates) {
                    m[f][l] = dates.m()[f][l];
                    uLearnt[f][l] = dates.u()[f][l];
                } else if (fromNames) {
                    m[f][l] = names.m()[f][l];
                    uLearnt[f][l] = names.u()[f][l];
                }
            }
        }
        double prior = prior(table, dates, datesUsable, m);
        MatchModel model = new MatchModel(m, settings.learnU() ? uLearnt : u, prior);
        for (LinkageSettings.Override override : settings.overrides()) {
            model = model.withParameter(override.field(), override.level(), override.m(), override.u());
        }
        return new Trained(model, new Report(settings.randomPairs(), dates.pairs(), names.pairs(), dates, names,
                !datesUsable || !namesUsable, prior));
    }

    /**
     * Matches among pairs with the same date of birth, divided by the share of matches whose dates agree exactly
     * (both known), estimate all the matches; over all pairs of records, the prior.
     */
    private static double prior(RecordTable table, ExpectationMaximisation.Fit dates, boolean usable, double[][] m) {
        double n = table.size();
        double allPairs = Math.max(1, n * (n - 1) / 2);
        double expected;
        if (usable) {
            double known = table.presence(org.infoshare.linkage.rules.encoding.Pseudonym.DATE_OF_BIRTH);
            double exactAmongMatches = Math.max(0.05, m[Field.DATE_OF_BIRTH.ordinal()][0]) * Math.max(0.05, known * known);
            expected = dates.lambda() * dates.pairs() / exactAmongMatches;
        } else {
            // Without enough pairs to learn from, assume each record has about one other record of the same person.
            expected = n / 2;
        }
        return Math.min(0.5, Math.max(1e-12, expected / allPairs));
    }

    /** Counts the patterns of the pairs a thread visits. */
    static final class Histogram implements PairVisitor {
        private final PairComparator comparator;
        final long[] counts = new long[Patterns.COUNT];

        Histogram(PairComparator comparator) {
            this.comparator = comparator;
        }

        @Override
        public void visit(int a, int b, int rule) {
            counts[comparator.pattern(a, b)]++;
        }

        static long[] sum(List<Histogram> parts) {
            long[] total = new long[Patterns.COUNT];
            for (Histogram part : parts) {
                for (int p = 0; p < total.length; p++) {
                    total[p] += part.counts[p];
                }
            }
            return total;
        }
    }
}
