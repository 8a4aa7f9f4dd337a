package org.infoshare.linkage.rules.matching;

import java.io.Serializable;
import java.util.List;

/**
 * A linkage from encoded records to scored links: blocking, learning the model (unless one is given),
 * comparing every candidate pair and keeping those at or above the review threshold. Clustering the links into
 * people is the next step ({@code clustering.PersonClustering}).
 */
public final class Linkage {

    private Linkage() {
    }

    /** Counts for the run's report: how much blocking saved, how many comparisons were made. */
    public record Statistics(long records, long pairsInBlocks, long comparisons, long linksKept, long aboveMatch, long held,
                             List<CandidatePairs.RuleStatistics> rules) implements Serializable {
    }

    public record Result(MatchModel model, Training.Report training, Links links, Statistics statistics) {
    }

    public static Result run(RecordTable table, LinkageSettings settings, int threads) {
        PairComparator comparator = new PairComparator(table, settings.comparison());
        Training.Trained trained = Training.train(comparator, settings, threads);
        return score(comparator, trained.model(), trained.report(), settings, threads);
    }

    /** With a model already learnt (a re-run after reviews, or one the analyst fixed). */
    public static Result run(RecordTable table, LinkageSettings settings, MatchModel model, int threads) {
        return score(new PairComparator(table, settings.comparison()), model, null, settings, threads);
    }

    private static Result score(PairComparator comparator, MatchModel model, Training.Report report, LinkageSettings settings, int threads) {
        CandidatePairs candidates = new CandidatePairs(comparator.table(), settings.blocking(), settings.maxBlockSize());
        List<Scorer> scorers = candidates.visit(threads, () -> new Scorer(comparator, model, settings.reviewWeight(), settings.matchWeight()));
        Links links = Links.join(scorers.stream().map(s -> s.links).toList());
        long comparisons = scorers.stream().mapToLong(s -> s.comparisons).sum();
        long above = scorers.stream().mapToLong(s -> s.aboveMatch).sum();
        long held = scorers.stream().mapToLong(s -> s.held).sum();
        return new Result(model, report, links, new Statistics(comparator.table().size(), candidates.pairsInBlocks(), comparisons,
                links.size(), above, held, candidates.statistics()));
    }

    static final class Scorer implements PairVisitor {
        private final PairComparator comparator;
        private final MatchModel model;
        private final double keepFrom;
        private final double matchFrom;
        final Links links = new Links();
        long comparisons;
        long aboveMatch;
        long held;

        Scorer(PairComparator comparator, MatchModel model, double keepFrom, double matchFrom) {
            this.comparator = comparator;
            this.model = model;
            this.keepFrom = keepFrom;
            this.matchFrom = matchFrom;
        }

        @Override
        public void visit(int a, int b, int rule) {
            comparisons++;
            int pattern = comparator.pattern(a, b);
            double weight = model.weight(pattern);
            if (weight >= keepFrom) {
                links.add(a, b, pattern, weight);
                if (weight >= matchFrom) {
                    aboveMatch++;
                    if (Hold.of(pattern) != null) {
                        held++;
                    }
                }
            }
        }
    }
}
