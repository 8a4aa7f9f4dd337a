package org.infoshare.linkage.synthetic;

import java.util.*;
import org.infoshare.linkage.rules.matching.*;
import org.infoshare.linkage.rules.clustering.*;
import org.junit.jupiter.api.Test;

class DiagnosticTmpTest {
    @Test
    void diagnose() {
        SyntheticPartnership.Settings settings = SyntheticPartnership.Settings.of(20_261_121L, 20_000);
        List<SyntheticPartnership.Record> records = SyntheticRun.generate(settings);
        SyntheticRun.Prepared prepared = SyntheticRun.prepare(settings, records, 2);
        SyntheticRun.Report report = SyntheticRun.link(prepared, LinkageSettings.STANDARD.withThresholds(9, -5), settings.today(), 2);
        Links links = report.result().linkage().links();
        for (double t = 0; t <= 14; t += 1) {
            var people = PersonClustering.cluster(records.size(), links, t, PersonClustering.Decisions.NONE);
            System.out.println("threshold " + t + ": " + PairwiseAccuracy.of(people.people().labels(), prepared.truePerson()));
        }
        // misses at threshold 9: true pairs compared but below, by pattern
        Map<Long, Integer> found = new HashMap<>();
        for (int l = 0; l < links.size(); l++) found.put(PairKey.of(links.first(l), links.second(l)), l);
        Map<Integer, List<Integer>> byPerson = new HashMap<>();
        for (int i = 0; i < records.size(); i++) byPerson.computeIfAbsent(prepared.truePerson()[i], k -> new ArrayList<>()).add(i);
        Map<String, Integer> missReasons = new TreeMap<>();
        int notCandidate = 0, below = 0, shown = 0;
        PairComparator cmp = new PairComparator(report.result().table(), ComparisonSettings.STANDARD);
        for (List<Integer> rs : byPerson.values()) for (int x = 0; x < rs.size(); x++) for (int y = x + 1; y < rs.size(); y++) {
            int a = rs.get(x), b = rs.get(y);
            Integer l = found.get(PairKey.of(a, b));
            int pattern = cmp.pattern(a, b);
            double w = report.result().model().weight(pattern);
            if (w >= 9) continue;
            StringBuilder key = new StringBuilder();
            for (Field f : Field.values()) key.append(f.name().charAt(0)).append(':').append(Patterns.levelOf(pattern, f)).append(' ');
            missReasons.merge((l == null ? "NOT-CANDIDATE " : "") + key, 1, Integer::sum);
            if (key.toString().startsWith("F:DIFFERENT L:DIFFERENT D:EXACT S:EXACT A:SAME") && shown++ < 10) System.out.println("miss w=" + String.format("%.1f", w) + " " + records.get(a).identity() + " | " + records.get(b).identity());
        }
        missReasons.entrySet().stream().sorted((p, q) -> q.getValue() - p.getValue()).limit(30).forEach(e -> System.out.println(e.getValue() + "  " + e.getKey()));
        // false positives
        int fp = 0;
        for (int l = 0; l < links.size() && fp < 25; l++) {
            if (links.weight(l) >= 5 && links.weight(l) < 10 && links.hold(l) == null && prepared.truePerson()[links.first(l)] != prepared.truePerson()[links.second(l)]) {
                fp++;
                System.out.println("FP w=" + links.weight(l) + " " + Patterns.levelOf(links.pattern(l), Field.FIRST_NAME) + "/" + Patterns.levelOf(links.pattern(l), Field.LAST_NAME)+ "/" + Patterns.levelOf(links.pattern(l), Field.DATE_OF_BIRTH)+ "/" + Patterns.levelOf(links.pattern(l), Field.ADDRESS) + " " + records.get(links.first(l)).identity() + " | " + records.get(links.second(l)).identity());
            }
        }
    }
}
