package org.infoshare.linkage.rules.clustering;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A partition of 0..n-1 into groups labelled 0..k-1 (people of records, families of people), with each group's
 * members listed contiguously for fast iteration.
 */
public final class Groups implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int[] groupOf;
    private final int count;
    private final int[] starts;
    private final int[] members;

    public Groups(int[] groupOf) {
        this.groupOf = groupOf.clone();
        int max = -1;
        for (int g : groupOf) {
            max = Math.max(max, g);
        }
        this.count = max + 1;
        this.starts = new int[count + 1];
        for (int g : groupOf) {
            starts[g + 1]++;
        }
        for (int g = 0; g < count; g++) {
            starts[g + 1] += starts[g];
        }
        int[] fill = Arrays.copyOf(starts, count);
        this.members = new int[groupOf.length];
        for (int i = 0; i < groupOf.length; i++) {
            members[fill[groupOf[i]]++] = i;
        }
    }

    public int groupOf(int member) {
        return groupOf[member];
    }

    public int count() {
        return count;
    }

    public int size(int group) {
        return starts[group + 1] - starts[group];
    }

    /** The members of a group, lowest first. */
    public int[] members(int group) {
        return Arrays.copyOfRange(members, starts[group], starts[group + 1]);
    }

    public int member(int group, int index) {
        return members[starts[group] + index];
    }

    public int[] labels() {
        return groupOf.clone();
    }
}
