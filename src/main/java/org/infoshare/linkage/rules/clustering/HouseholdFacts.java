package org.infoshare.linkage.rules.clustering;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What records say about households, per record: the partner's household reference and the record's own
 * reference and its parent's or carer's (all keyed pseudonyms, already made distinct per source; 0 for none),
 * and the day the record was true on (its extract date), which decides a person's current address.
 */
public final class HouseholdFacts implements Serializable {

    private static final long serialVersionUID = 1L;

    final long[] householdRef;
    final long[] recordRef;
    final long[] parentRef;
    final int[] asOfDay;

    public HouseholdFacts(int records) {
        householdRef = new long[records];
        recordRef = new long[records];
        parentRef = new long[records];
        asOfDay = new int[records];
    }

    public void set(int record, long household, long own, long parent, int epochDay) {
        householdRef[record] = household;
        recordRef[record] = own;
        parentRef[record] = parent;
        asOfDay[record] = epochDay;
    }

    public int size() {
        return asOfDay.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HouseholdFacts that && Arrays.equals(householdRef, that.householdRef)
                && Arrays.equals(recordRef, that.recordRef) && Arrays.equals(parentRef, that.parentRef)
                && Arrays.equals(asOfDay, that.asOfDay);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(recordRef);
    }
}
