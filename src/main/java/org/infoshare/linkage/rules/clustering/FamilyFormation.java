package org.infoshare.linkage.rules.clustering;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.infoshare.linkage.rules.encoding.Pseudonym;
import org.infoshare.linkage.rules.matching.RecordTable;

/**
 * People into families, the unit the programme works with: joined when a partner records them in one household,
 * when a record names another as parent or carer, or when their most recent records put them at the same
 * property (by UPRN or by postcode and property numbers). An address shared by more than {@code maxAtAddress}
 * people (a hostel, a care home, a block recorded without flat numbers) joins nobody: it is counted as communal.
 * Every join that formed a family is kept, with its reason, to explain the family.
 */
public final class FamilyFormation {

    private FamilyFormation() {
    }

    public record Edge(int personA, int personB, FamilyLink reason) implements Serializable {
    }

    public record Result(Groups families, List<Edge> edges, int communalAddresses) {
    }

    public static Result form(Groups people, RecordTable table, HouseholdFacts facts, int maxAtAddress) {
        int persons = people.count();
        UnionFind sets = new UnionFind(persons);
        List<Edge> edges = new ArrayList<>();

        // Household references: records sharing one are one household.
        int[] personOfRecord = people.labels();
        groupRuns(facts.householdRef, personOfRecord, maxAtAddress, sets, edges, FamilyLink.HOUSEHOLD_REFERENCE);

        // Relationships: a record naming its parent's or carer's record.
        Map<Long, Integer> personOfRef = new HashMap<>();
        for (int r = 0; r < facts.size(); r++) {
            if (facts.recordRef[r] != 0) {
                personOfRef.putIfAbsent(facts.recordRef[r], people.groupOf(r));
            }
        }
        for (int r = 0; r < facts.size(); r++) {
            if (facts.parentRef[r] != 0) {
                Integer parent = personOfRef.get(facts.parentRef[r]);
                if (parent != null) {
                    join(sets, edges, people.groupOf(r), parent, FamilyLink.RELATIONSHIP);
                }
            }
        }

        // Addresses: each person's most recent known property.
        long[] property = new long[persons];
        long[] uprn = new long[persons];
        for (int person = 0; person < persons; person++) {
            int bestProperty = -1;
            int bestUprn = -1;
            for (int i = 0, n = people.size(person); i < n; i++) {
                int record = people.member(person, i);
                if (table.pseudonym(record, Pseudonym.PROPERTY) != 0 && (bestProperty < 0 || facts.asOfDay[record] > facts.asOfDay[bestProperty])) {
                    bestProperty = record;
                }
                if (table.pseudonym(record, Pseudonym.UPRN) != 0 && (bestUprn < 0 || facts.asOfDay[record] > facts.asOfDay[bestUprn])) {
                    bestUprn = record;
                }
            }
            property[person] = bestProperty < 0 ? 0 : table.pseudonym(bestProperty, Pseudonym.PROPERTY);
            uprn[person] = bestUprn < 0 ? 0 : table.pseudonym(bestUprn, Pseudonym.UPRN);
        }
        int communal = joinPeopleByKey(property, maxAtAddress, sets, edges);
        communal += joinPeopleByKey(uprn, maxAtAddress, sets, edges);
        return new Result(new Groups(sets.labels()), List.copyOf(edges), communal);
    }

    private static int joinPeopleByKey(long[] keys, int maxGroup, UnionFind sets, List<Edge> edges) {
        int[] persons = new int[keys.length];
        for (int p = 0; p < keys.length; p++) {
            persons[p] = p;
        }
        return groupRuns(keys, persons, maxGroup, sets, edges, FamilyLink.SAME_ADDRESS);
    }

    /** Joins the people of each run of equal non-zero keys; returns how many runs were too large to join. */
    private static int groupRuns(long[] keys, int[] persons, int maxGroup, UnionFind sets, List<Edge> edges, FamilyLink reason) {
        int[] sorted = SortedKeys.order(keys);
        int tooLarge = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i + 1;
            while (j < sorted.length && keys[sorted[j]] == keys[sorted[i]]) {
                j++;
            }
            int[] distinct = Arrays.stream(sorted, i, j).map(k -> persons[k]).distinct().toArray();
            if (distinct.length > maxGroup) {
                tooLarge++;
            } else {
                for (int k = 1; k < distinct.length; k++) {
                    join(sets, edges, distinct[0], distinct[k], reason);
                }
            }
            i = j;
        }
        return tooLarge;
    }

    private static void join(UnionFind sets, List<Edge> edges, int a, int b, FamilyLink reason) {
        int ra = sets.find(a);
        int rb = sets.find(b);
        if (ra != rb) {
            sets.unionRoots(ra, rb);
            edges.add(new Edge(Math.min(a, b), Math.max(a, b), reason));
        }
    }
}
