package org.infoshare.linkage.rules.clustering;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.infoshare.linkage.rules.matching.Links;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

class PersonClusteringTest {

    static Links links(double[][] rows) {
        Links links = new Links();
        for (double[] row : rows) {
            links.add((int) row[0], (int) row[1], 0, row[2]);
        }
        return links;
    }

    @Test
    void linksAboveTheThresholdJoinRecordsIntoPeople() {
        Links links = links(new double[][] {{0, 1, 10}, {1, 2, 8}, {3, 4, 5}, {5, 6, 20}});
        PersonClustering.Result result = PersonClustering.cluster(7, links, 6, PersonClustering.Decisions.NONE);
        Groups people = result.people();
        assertThat(people.groupOf(0)).isEqualTo(people.groupOf(2));
        assertThat(people.groupOf(3)).isNotEqualTo(people.groupOf(4));
        assertThat(people.count()).isEqualTo(4);
        assertThat(people.members(people.groupOf(5))).containsExactly(5, 6);
        assertThat(result.linksUsed()).isEqualTo(3);
        assertThat(people.groupOf(0)).isZero();
    }

    @Test
    void aConfirmedPairJoinsAndARejectedOneNeverDoesEvenThroughOthers() {
        Links links = links(new double[][] {{0, 1, 10}, {1, 2, 9}, {3, 4, 3}});
        PersonClustering.Decisions decisions = new PersonClustering.Decisions(Set.of(PairKey.of(3, 4)), Set.of(PairKey.of(0, 2)), Set.of());
        PersonClustering.Result result = PersonClustering.cluster(5, links, 6, decisions);
        Groups people = result.people();
        assertThat(people.groupOf(3)).isEqualTo(people.groupOf(4));
        assertThat(people.groupOf(0)).isEqualTo(people.groupOf(1));
        assertThat(people.groupOf(2)).isNotEqualTo(people.groupOf(0));
        assertThat(result.refused()).containsOnlyKeys(PairKey.of(1, 2));
    }

    @Test
    void aSplitKeepsTheSeparatedRecordsApart() {
        Links links = links(new double[][] {{0, 1, 10}, {1, 2, 9}, {2, 3, 9}});
        Set<Long> apart = PersonClustering.split(new int[] {2, 3}, new int[] {0, 1, 2, 3});
        PersonClustering.Result result = PersonClustering.cluster(4, links, 6, new PersonClustering.Decisions(Set.of(), Set.of(), apart));
        Groups people = result.people();
        assertThat(people.groupOf(2)).isEqualTo(people.groupOf(3));
        assertThat(people.groupOf(1)).isNotEqualTo(people.groupOf(2));
        assertThat(people.count()).isEqualTo(2);
        assertThat(apart).containsExactlyInAnyOrder(PairKey.of(0, 2), PairKey.of(1, 2), PairKey.of(0, 3), PairKey.of(1, 3));
    }

    /**
     * The properties of clustering: no two records kept apart are ever in one person; every accepted link not
     * refused lies within one person; every refused link would have joined records kept apart; and the same
     * inputs always give the same people.
     */
    @TestFactory
    Stream<DynamicTest> neverJoinsWhatPeopleKeptApartAndJoinsEverythingElse() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        return IntStream.range(0, 300).mapToObj(n -> DynamicTest.dynamicTest("case " + n + " (seed " + seed + ")", () -> {
            int records = 5 + random.nextInt(40);
            Links links = new Links();
            for (int i = random.nextInt(80); i > 0; i--) {
                int a = random.nextInt(records);
                int b = random.nextInt(records);
                if (a != b) {
                    links.add(a, b, 0, random.nextInt(20) - 5);
                }
            }
            Set<Long> rejected = new HashSet<>();
            Set<Long> apart = new HashSet<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                int a = random.nextInt(records);
                int b = random.nextInt(records);
                if (a != b) {
                    (random.nextBoolean() ? rejected : apart).add(PairKey.of(a, b));
                }
            }
            PersonClustering.Decisions decisions = new PersonClustering.Decisions(Set.of(), rejected, apart);
            PersonClustering.Result result = PersonClustering.cluster(records, links, 6, decisions);
            Groups people = result.people();
            for (long key : union(rejected, apart)) {
                assertThat(people.groupOf(PairKey.first(key))).isNotEqualTo(people.groupOf(PairKey.second(key)));
            }
            for (int l = 0; l < links.size(); l++) {
                long key = PairKey.of(links.first(l), links.second(l));
                if (links.weight(l) >= 6 && !rejected.contains(key) && !result.refused().containsKey(key)) {
                    assertThat(people.groupOf(links.first(l))).isEqualTo(people.groupOf(links.second(l)));
                }
            }
            assertThat(PersonClustering.cluster(records, links, 6, decisions).people().labels()).isEqualTo(people.labels());
        }));
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
