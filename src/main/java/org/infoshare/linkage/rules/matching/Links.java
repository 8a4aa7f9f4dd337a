package org.infoshare.linkage.rules.matching;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Scored pairs at or above the review threshold: the two records, their comparison pattern and their match
 * weight, in flat arrays (a few million pairs in tens of megabytes). Not thread-safe; each scoring thread fills
 * its own and they are joined after.
 */
public final class Links implements Serializable {

    private static final long serialVersionUID = 1L;

    private int size;
    private int[] a;
    private int[] b;
    private int[] patterns;
    private float[] weights;

    public Links() {
        this(1024);
    }

    public Links(int capacity) {
        int c = Math.max(16, capacity);
        a = new int[c];
        b = new int[c];
        patterns = new int[c];
        weights = new float[c];
    }

    public void add(int first, int second, int pattern, double weight) {
        if (size == a.length) {
            int c = a.length * 2;
            a = Arrays.copyOf(a, c);
            b = Arrays.copyOf(b, c);
            patterns = Arrays.copyOf(patterns, c);
            weights = Arrays.copyOf(weights, c);
        }
        a[size] = Math.min(first, second);
        b[size] = Math.max(first, second);
        patterns[size] = pattern;
        weights[size] = (float) weight;
        size++;
    }

    public static Links join(List<Links> parts) {
        Links joined = new Links(parts.stream().mapToInt(Links::size).sum());
        for (Links part : parts) {
            for (int i = 0; i < part.size; i++) {
                joined.add(part.a[i], part.b[i], part.patterns[i], part.weights[i]);
            }
        }
        return joined;
    }

    public int size() {
        return size;
    }

    public int first(int link) {
        return a[link];
    }

    public int second(int link) {
        return b[link];
    }

    public int pattern(int link) {
        return patterns[link];
    }

    public double weight(int link) {
        return weights[link];
    }

    /** Why this link waits for review whatever its weight, or null (see {@link Hold}). */
    public Hold hold(int link) {
        return Hold.of(patterns[link]);
    }

    /** Link numbers ordered by weight, strongest first; ties by record numbers, so the order is repeatable. */
    public int[] strongestFirst() {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            // Weights are sortable as ints once the sign is handled; the link number fills the low bits.
            int bits = Float.floatToIntBits(weights[i]);
            int sortable = bits >= 0 ? bits : bits ^ 0x7FFFFFFF;
            keys[i] = ((long) ~sortable << 32) | (i & 0xFFFFFFFFL);
        }
        Arrays.sort(keys);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }
}
