package org.infoshare.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.infoshare.linkage.rules.clustering.Groups;
import org.infoshare.linkage.rules.clustering.PairKey;
import org.infoshare.linkage.rules.clustering.PersonClustering;
import org.infoshare.linkage.rules.clustering.PersonFlag;
import org.infoshare.linkage.rules.matching.Hold;
import org.infoshare.linkage.rules.matching.Links;
import org.infoshare.linkage.rules.outcomes.Evidence;
import org.infoshare.linkage.rules.outcomes.Fact;
import org.infoshare.linkage.rules.outcomes.FamilyAssessment;
import org.infoshare.linkage.rules.outcomes.HeadlineArea;
import org.infoshare.linkage.rules.outcomes.Member;
import org.infoshare.linkage.rules.outcomes.OutcomesPlan;
import org.infoshare.linkage.rules.outcomes.Progress;
import org.infoshare.linkage.rules.outcomes.ProgressAssessment;
import org.infoshare.linkage.rules.pipeline.LinkagePipeline;

/**
 * A finished run's results in their stored shapes: the pairs left for review, the people flagged, the families
 * meeting an area with their members and evidence, and the programme families' progress. Records are named by
 * their keys (organisation and reference), never by this run's numbers, which mean nothing to the next run.
 */
final class RunResults {

    /** Pairs kept for review, strongest first; more are counted in the summary. */
    static final int MAX_PAIRS = 20_000;

    private final RunInput run;
    private final LinkagePipeline.Result result;
    private final PersonClustering.Decisions decisions;

    RunResults(RunInput run, LinkagePipeline.Result result, PersonClustering.Decisions decisions) {
        this.run = run;
        this.result = result;
        this.decisions = decisions;
    }

    Groups people() {
        return result.people().people();
    }

    Groups familyGroups() {
        return result.families().families();
    }

    /**
     * Uncertain pairs nobody has decided on whose records ended in different people: in the review band, or held
     * above it (possible twins).
     */
    List<LinkageRunStore.StoredPair> pairs(double reviewWeight, double matchWeight) {
        Links links = result.linkage().links();
        Groups people = people();
        List<Integer> chosen = new ArrayList<>();
        for (int l = 0; l < links.size(); l++) {
            double weight = links.weight(l);
            int a = links.first(l);
            int b = links.second(l);
            boolean uncertain = (weight >= reviewWeight && weight < matchWeight) || (weight >= matchWeight && links.hold(l) != null);
            long key = PairKey.of(a, b);
            if (uncertain && people.groupOf(a) != people.groupOf(b) && !decisions.confirmed().contains(key)
                    && !decisions.rejected().contains(key)) {
                chosen.add(l);
            }
        }
        chosen.sort(Comparator.comparingDouble((Integer l) -> -links.weight(l)).thenComparingInt(l -> l));
        List<LinkageRunStore.StoredPair> pairs = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_PAIRS, chosen.size()); i++) {
            int l = chosen.get(i);
            Hold hold = links.hold(l);
            pairs.add(new LinkageRunStore.StoredPair(i, links.weight(l), links.pattern(l), links.weight(l) >= matchWeight ? hold : null,
                    run.keys.get(links.first(l)), run.keys.get(links.second(l))));
        }
        return pairs;
    }

    List<LinkageRunStore.StoredPerson> flagged() {
        List<LinkageRunStore.StoredPerson> flagged = new ArrayList<>();
        result.flags().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> flagged.add(
                new LinkageRunStore.StoredPerson(e.getKey(), e.getValue().isEmpty() ? EnumSet.noneOf(PersonFlag.class) : EnumSet.copyOf(e.getValue()),
                        records(e.getKey()))));
        return flagged;
    }

    List<RecordKey> records(int person) {
        List<RecordKey> keys = new ArrayList<>();
        for (int record : people().members(person)) {
            keys.add(run.keys.get(record));
        }
        return keys;
    }

    /** Families meeting at least one headline area, as stored. */
    List<WorklistStore.StoredFamily> families() {
        List<WorklistStore.StoredFamily> stored = new ArrayList<>();
        result.assessments().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            int family = e.getKey();
            FamilyAssessment assessment = e.getValue();
            List<Member> members = LinkagePipeline.members(run.input, people(), familyGroups(), family);
            List<StoredShapes.Result> results = assessment.results().stream()
                    .map(r -> new StoredShapes.Result(r.code(), r.area().name(), r.met(), r.reason(), evidence(r.evidence()))).toList();
            LocalDate latest = results.stream().flatMap(r -> r.evidence().stream()).map(StoredShapes.Evidence::date)
                    .max(Comparator.naturalOrder()).orElse(null);
            stored.add(new WorklistStore.StoredFamily(family, assessment.eligible(), assessment.areasMet().size(), members.size(), latest,
                    new StoredShapes.Family(StoredShapes.SHAPE, members.stream().map(m -> new StoredShapes.Member(m.person(),
                            m.ageGroup().name(), LinkageRunStore.refsOf(records(m.person())))).toList(),
                            StoredShapes.names(assessment.areasMet()), assessment.eligible(), assessment.reason(), results)));
        });
        return stored;
    }

    List<StoredShapes.Evidence> evidence(List<Evidence> evidence) {
        return evidence.stream().map(x -> new StoredShapes.Evidence(x.person(), run.organisation(x.source()), x.indicator().name(), x.date(),
                x.value())).toList();
    }

    /** A programme family as this run finds it: every family now holding any of its members' records, merged. */
    record Found(int familyNo, List<Member> members, List<StoredShapes.Evidence> facts) {
    }

    Found find(List<RecordKey> memberRecords) {
        Map<Integer, Integer> hits = new HashMap<>();
        for (RecordKey key : memberRecords) {
            Integer record = run.number(key);
            if (record != null) {
                hits.merge(familyGroups().groupOf(people().groupOf(record)), 1, Integer::sum);
            }
        }
        if (hits.isEmpty()) {
            return null;
        }
        int main = hits.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.<Integer, Integer>comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        Set<Integer> familyNumbers = new LinkedHashSet<>(hits.keySet());
        List<Member> members = new ArrayList<>();
        List<StoredShapes.Evidence> facts = new ArrayList<>();
        for (int family : familyNumbers) {
            for (Member member : LinkagePipeline.members(run.input, people(), familyGroups(), family)) {
                members.add(member);
                for (Fact fact : member.facts()) {
                    facts.add(new StoredShapes.Evidence(member.person(), run.organisation(fact.source()), fact.indicator().name(), fact.date(),
                            fact.value()));
                }
            }
        }
        return new Found(main, members, facts);
    }

    static ProgressAssessment progress(OutcomesPlan plan, Found found, LocalDate baseline, Set<HeadlineArea> atBaseline, LocalDate asOf) {
        return Progress.assess(plan, found.members(), baseline, atBaseline, asOf);
    }
}
