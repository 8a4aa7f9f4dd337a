package org.infoshare.linkage.rules.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.infoshare.linkage.rules.encoding.PersonIdentity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

class CandidatePairsTest {

    static List<PersonIdentity> people(Random random, int n) {
        String[] first = {"Ann", "Bob", "Cara", "Dev", "Eve"};
        String[] last = {"Lee", "Khan", "Smith", "Ng"};
        List<PersonIdentity> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people.add(new PersonIdentity(first[random.nextInt(first.length)], last[random.nextInt(last.length)],
                    random.nextInt(8) == 0 ? null : LocalDate.of(2000 + random.nextInt(3), 1 + random.nextInt(2), 1 + random.nextInt(3)),
                    "F", (1 + random.nextInt(4)) + " High Street", "WS1 " + random.nextInt(3) + "AB",
                    random.nextInt(3) == 0 ? String.valueOf(random.nextInt(6)) : null, null));
        }
        return people;
    }

    /**
     * The property of blocking: the pairs visited are exactly the pairs sharing at least one rule's key, each
     * visited once, under the first rule they share, whatever the number of threads.
     */
    @TestFactory
    Stream<DynamicTest> visitsEachPairSharingAKeyExactlyOnce() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        return IntStream.range(0, 40).mapToObj(n -> DynamicTest.dynamicTest("case " + n + " (seed " + seed + ")", () -> {
            RecordTable table = Tables.of(people(random, 20 + random.nextInt(60)));
            List<BlockingRule> rules = LinkageSettings.STANDARD_BLOCKING;
            Set<String> expected = new HashSet<>();
            for (int a = 0; a < table.size(); a++) {
                for (int b = a + 1; b < table.size(); b++) {
                    for (int r = 0; r < rules.size(); r++) {
                        if (rules.get(r).shared(table, a, b)) {
                            expected.add(a + "-" + b + "@" + r);
                            break;
                        }
                    }
                }
            }
            for (int threads : new int[] {1, 3}) {
                List<List<String>> seen = new CandidatePairs(table, rules, 10_000).visit(threads, () -> {
                    List<String> mine = new ArrayList<>();
                    return new Collector(mine);
                }).stream().map(c -> c.pairs).toList();
                List<String> all = seen.stream().flatMap(List::stream).toList();
                assertThat(all).doesNotHaveDuplicates();
                assertThat(new HashSet<>(all)).isEqualTo(expected);
            }
        }));
    }

    record Collector(List<String> pairs) implements PairVisitor {
        @Override
        public void visit(int a, int b, int rule) {
            assertThat(a).isLessThan(b);
            pairs.add(a + "-" + b + "@" + rule);
        }
    }

    @Test
    void blocksLargerThanTheLimitAreLeftOutAndCounted() {
        List<PersonIdentity> people = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            people.add(new PersonIdentity("Ann" + (char) ('a' + i % 26), "Lee", LocalDate.of(2000, 1, 1), "F", null, null, null, null));
        }
        CandidatePairs pairs = new CandidatePairs(Tables.of(people), List.of(BlockingRule.DATE_OF_BIRTH), 20);
        CandidatePairs.RuleStatistics stats = pairs.statistics().get(0);
        assertThat(stats.oversizedBlocks()).isEqualTo(1);
        assertThat(stats.recordsInOversizedBlocks()).isEqualTo(30);
        assertThat(pairs.pairsInBlocks()).isZero();
        assertThat(pairs.visit(2, () -> new Collector(new ArrayList<>())).stream().mapToInt(c -> c.pairs.size()).sum()).isZero();
    }

    @Test
    void recordsWithoutARulesFieldsTakeNoPartInIt() {
        List<PersonIdentity> people = List.of(
                new PersonIdentity("Ann", "Lee", null, "F", null, null, null, null),
                new PersonIdentity("Ann", "Lee", null, "F", null, null, null, null));
        CandidatePairs pairs = new CandidatePairs(Tables.of(people), List.of(BlockingRule.DATE_OF_BIRTH, BlockingRule.NHS_NUMBER), 100);
        assertThat(pairs.pairsInBlocks()).isZero();
    }
}
