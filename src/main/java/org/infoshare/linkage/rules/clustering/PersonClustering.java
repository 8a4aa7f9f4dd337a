package org.infoshare.linkage.rules.clustering;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.infoshare.linkage.rules.matching.Links;

/**
 * Records into people: the links at or above the match threshold (unless held for review, see
 * {@link org.infoshare.linkage.rules.matching.Hold}), and the pairs a reviewer confirmed, joined
 * into connected components, strongest first. Pairs a reviewer rejected, and records an analyst split apart,
 * are constraints, never silently overridden: a link that would put two such records in one person is refused
 * and reported, whatever chain of other links leads there. Re-running with the same inputs gives the same
 * people, numbered by their lowest record.
 */
public final class PersonClustering {

    private PersonClustering() {
    }

    /**
     * What people decided about pairs.
     *
     * @param confirmed pairs in the review band a reviewer said are the same person ({@link PairKey})
     * @param rejected  pairs a reviewer said are not the same person: never joined
     * @param apart     pairs an analyst's split keeps apart: never joined
     */
    public record Decisions(Set<Long> confirmed, Set<Long> rejected, Set<Long> apart) implements Serializable {
        public static final Decisions NONE = new Decisions(Set.of(), Set.of(), Set.of());

        public Decisions {
            confirmed = Set.copyOf(confirmed);
            rejected = Set.copyOf(rejected);
            apart = Set.copyOf(apart);
        }
    }

    /**
     * @param people  each record's person
     * @param refused links (pair keys) that would have joined records kept apart, with the weight they had
     */
    public record Result(Groups people, Map<Long, Double> refused, long linksUsed) {
    }

    public static Result cluster(int records, Links links, double matchWeight, Decisions decisions) {
        UnionFind sets = new UnionFind(records);
        Map<Integer, List<Integer>> partners = new HashMap<>();
        for (Set<Long> constraint : List.of(decisions.rejected(), decisions.apart())) {
            for (long key : constraint) {
                int a = PairKey.first(key);
                int b = PairKey.second(key);
                if (a < records && b < records) {
                    partners.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
                    partners.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
                }
            }
        }
        // Members with constraints, per set root: the only records a join must check.
        Map<Integer, List<Integer>> constrained = new HashMap<>();
        partners.keySet().forEach(r -> constrained.computeIfAbsent(r, k -> new ArrayList<>()).add(r));

        Map<Long, Double> refused = new HashMap<>();
        long used = 0;
        for (long key : decisions.confirmed().stream().sorted().toList()) {
            if (!decisions.rejected().contains(key) && join(sets, constrained, partners, PairKey.first(key), PairKey.second(key))) {
                used++;
            } else if (sets.find(PairKey.first(key)) != sets.find(PairKey.second(key))) {
                refused.put(key, Double.POSITIVE_INFINITY);
            }
        }
        for (int link : links.strongestFirst()) {
            double weight = links.weight(link);
            if (weight < matchWeight) {
                break;
            }
            int a = links.first(link);
            int b = links.second(link);
            long key = PairKey.of(a, b);
            if (decisions.rejected().contains(key) || links.hold(link) != null) {
                continue;
            }
            if (join(sets, constrained, partners, a, b)) {
                used++;
            } else if (sets.find(a) != sets.find(b)) {
                refused.put(key, weight);
            }
        }
        return new Result(new Groups(sets.labels()), refused, used);
    }

    /** Joins the sets of a and b unless that would put a constrained pair together; false if not joined. */
    private static boolean join(UnionFind sets, Map<Integer, List<Integer>> constrained, Map<Integer, List<Integer>> partners, int a, int b) {
        int ra = sets.find(a);
        int rb = sets.find(b);
        if (ra == rb) {
            return false;
        }
        List<Integer> ca = constrained.get(ra);
        List<Integer> cb = constrained.get(rb);
        if (ca != null && cb != null) {
            List<Integer> smaller = ca.size() <= cb.size() ? ca : cb;
            int other = smaller == ca ? rb : ra;
            for (int member : smaller) {
                for (int partner : partners.get(member)) {
                    if (sets.find(partner) == other) {
                        return false;
                    }
                }
            }
        }
        int root = sets.unionRoots(ra, rb);
        if (ca != null || cb != null) {
            List<Integer> merged = new ArrayList<>();
            if (ca != null) {
                merged.addAll(ca);
            }
            if (cb != null) {
                merged.addAll(cb);
            }
            constrained.remove(ra);
            constrained.remove(rb);
            constrained.put(root, merged);
        }
        return true;
    }

    /**
     * The constraints an analyst's split of a person makes: each record separated kept apart from each of the
     * person's other records (the separated records stay together).
     */
    public static Set<Long> split(int[] separated, int[] person) {
        Set<Integer> moving = new java.util.HashSet<>();
        for (int s : separated) {
            moving.add(s);
        }
        Set<Long> apart = new java.util.HashSet<>();
        for (int s : separated) {
            for (int r : person) {
                if (!moving.contains(r)) {
                    apart.add(PairKey.of(s, r));
                }
            }
        }
        return apart;
    }
}
