package org.infoshare.linkage.rules.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.infoshare.linkage.rules.clustering.FamilyFormation;
import org.infoshare.linkage.rules.clustering.Groups;
import org.infoshare.linkage.rules.clustering.PersonChecks;
import org.infoshare.linkage.rules.clustering.PersonClustering;
import org.infoshare.linkage.rules.clustering.PersonFlag;
import org.infoshare.linkage.rules.matching.Linkage;
import org.infoshare.linkage.rules.matching.LinkageSettings;
import org.infoshare.linkage.rules.matching.MatchModel;
import org.infoshare.linkage.rules.matching.PairComparator;
import org.infoshare.linkage.rules.matching.Parallel;
import org.infoshare.linkage.rules.matching.RecordTable;
import org.infoshare.linkage.rules.outcomes.AgeGroup;
import org.infoshare.linkage.rules.outcomes.FamilyAssessment;
import org.infoshare.linkage.rules.outcomes.Fact;
import org.infoshare.linkage.rules.outcomes.Member;
import org.infoshare.linkage.rules.outcomes.OutcomesEvaluator;
import org.infoshare.linkage.rules.outcomes.OutcomesPlan;

/**
 * A whole run, from the hub's encoded records to families assessed against the outcomes plan: linkage (blocking,
 * learning, scoring), people (clustering under the reviewers' and analyst's decisions, with checks), families,
 * and each family's assessment. Times each step, for the run's report and the benchmark.
 */
public final class LinkagePipeline {

    /** People with more records than this are flagged rather than checked pair by pair. */
    static final int MANY_RECORDS = 12;
    /** An address shared by more people than this is communal and forms no family. */
    public static final int MAX_AT_ADDRESS = 12;

    private LinkagePipeline() {
    }

    public record Timings(long linkMillis, long clusterMillis, long familyMillis, long outcomesMillis) {
        public long totalMillis() {
            return linkMillis + clusterMillis + familyMillis + outcomesMillis;
        }
    }

    /**
     * @param assessments the assessment of every family that meets at least one headline area, by family number
     */
    public record Result(RecordTable table, Linkage.Result linkage, PersonClustering.Result people, Map<Integer, Set<PersonFlag>> flags,
                         FamilyFormation.Result families, Map<Integer, FamilyAssessment> assessments, Timings timings) {

        public MatchModel model() {
            return linkage.model();
        }
    }

    public static Result run(LinkageInput input, LinkageSettings settings, MatchModel model, PersonClustering.Decisions decisions,
                             OutcomesPlan plan, LocalDate asOf, int threads) {
        long t0 = System.nanoTime();
        RecordTable table = input.table();
        Linkage.Result linkage = model == null ? Linkage.run(table, settings, threads) : Linkage.run(table, settings, model, threads);
        long t1 = System.nanoTime();
        PersonClustering.Result people = PersonClustering.cluster(table.size(), linkage.links(), settings.matchWeight(), decisions);
        Map<Integer, Set<PersonFlag>> flags = PersonChecks.check(people.people(), new PairComparator(table, settings.comparison()),
                linkage.model(), settings.reviewWeight(), MANY_RECORDS);
        long t2 = System.nanoTime();
        FamilyFormation.Result families = FamilyFormation.form(people.people(), table, input.households(), MAX_AT_ADDRESS);
        long t3 = System.nanoTime();
        Map<Integer, FamilyAssessment> assessments = assess(input, people.people(), families.families(), plan, asOf, threads);
        long t4 = System.nanoTime();
        return new Result(table, linkage, people, flags, families, assessments,
                new Timings(millis(t1 - t0), millis(t2 - t1), millis(t3 - t2), millis(t4 - t3)));
    }

    /** Each family's members with their facts, and its assessment when it meets any area. */
    static Map<Integer, FamilyAssessment> assess(LinkageInput input, Groups people, Groups families, OutcomesPlan plan, LocalDate asOf,
                                                 int threads) {
        int workers = Math.max(1, threads);
        List<Map<Integer, FamilyAssessment>> parts = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            parts.add(new HashMap<>());
        }
        Parallel.run(workers, worker -> {
            Map<Integer, FamilyAssessment> mine = parts.get(worker);
            for (int family = worker; family < families.count(); family += workers) {
                List<Member> members = members(input, people, families, family);
                if (members.stream().allMatch(m -> m.facts().isEmpty())) {
                    continue;
                }
                FamilyAssessment assessment = OutcomesEvaluator.assess(plan, members, asOf);
                if (!assessment.areasMet().isEmpty()) {
                    mine.put(family, assessment);
                }
            }
        });
        Map<Integer, FamilyAssessment> all = new HashMap<>();
        parts.forEach(all::putAll);
        return all;
    }

    /** A family's members: for each person, the age group of their most recent record and the facts of all their records. */
    public static List<Member> members(LinkageInput input, Groups people, Groups families, int family) {
        List<Member> members = new ArrayList<>();
        for (int i = 0, n = families.size(family); i < n; i++) {
            int person = families.member(family, i);
            AgeGroup group = null;
            int latest = Integer.MIN_VALUE;
            List<Fact> facts = new ArrayList<>();
            for (int k = 0, m = people.size(person); k < m; k++) {
                int record = people.member(person, k);
                if (input.ageGroup(record) != null && input.day(record) > latest) {
                    latest = input.day(record);
                    group = input.ageGroup(record);
                }
                facts.addAll(input.facts(record));
            }
            members.add(new Member(person, group == null ? AgeGroup.ADULT : group, facts));
        }
        return members;
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
