package org.infoshare.linkage.rules.pipeline;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.infoshare.linkage.rules.clustering.HouseholdFacts;
import org.infoshare.linkage.rules.encoding.EncodedIdentity;
import org.infoshare.linkage.rules.encoding.EncodingSchema;
import org.infoshare.linkage.rules.matching.RecordTable;
import org.infoshare.linkage.rules.outcomes.AgeGroup;
import org.infoshare.linkage.rules.outcomes.Fact;

/**
 * The records of a linkage run as the hub holds them: per record its source, encoded identity, references
 * (pseudonyms made distinct per source; 0 for none), the day its dataset was true on, the person's age group
 * and the facts it carries. Collected one record at a time; not thread-safe.
 */
public final class LinkageInput implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Fact> NONE = List.of();

    private final RecordTable.Builder identities;
    private long[] recordRefs = new long[1024];
    private long[] householdRefs = new long[1024];
    private long[] parentRefs = new long[1024];
    private int[] days = new int[1024];
    private byte[] ageGroups = new byte[1024];
    private final List<List<Fact>> facts = new ArrayList<>();
    private RecordTable table;

    public LinkageInput(EncodingSchema schema, String secretFingerprint, int expected) {
        this.identities = RecordTable.builder(schema, secretFingerprint, expected);
    }

    /** Adds a record and returns its number. */
    public int add(int source, EncodedIdentity identity, long recordRef, long householdRef, long parentRef, LocalDate asOf,
                   AgeGroup ageGroup, List<Fact> recordFacts) {
        if (table != null) {
            throw new IllegalStateException("The run has started: no more records");
        }
        int n = identities.add(source, identity);
        if (n == recordRefs.length) {
            int c = n * 2;
            recordRefs = Arrays.copyOf(recordRefs, c);
            householdRefs = Arrays.copyOf(householdRefs, c);
            parentRefs = Arrays.copyOf(parentRefs, c);
            days = Arrays.copyOf(days, c);
            ageGroups = Arrays.copyOf(ageGroups, c);
        }
        recordRefs[n] = recordRef;
        householdRefs[n] = householdRef;
        parentRefs[n] = parentRef;
        days[n] = (int) asOf.toEpochDay();
        ageGroups[n] = (byte) (ageGroup == null ? -1 : ageGroup.ordinal());
        facts.add(recordFacts == null || recordFacts.isEmpty() ? NONE : List.copyOf(recordFacts));
        return n;
    }

    public int size() {
        return identities.size();
    }

    /** The records' identities as a table, built once. */
    RecordTable table() {
        if (table == null) {
            table = identities.build();
        }
        return table;
    }

    HouseholdFacts households() {
        HouseholdFacts households = new HouseholdFacts(size());
        for (int r = 0; r < size(); r++) {
            households.set(r, householdRefs[r], recordRefs[r], parentRefs[r], days[r]);
        }
        return households;
    }

    int day(int record) {
        return days[record];
    }

    AgeGroup ageGroup(int record) {
        return ageGroups[record] < 0 ? null : AgeGroup.values()[ageGroups[record]];
    }

    List<Fact> facts(int record) {
        return facts.get(record);
    }
}
