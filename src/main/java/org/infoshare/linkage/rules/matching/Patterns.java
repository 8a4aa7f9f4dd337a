package org.infoshare.linkage.rules.matching;

/**
 * A pair's comparison vector packed into one int: the level index of each field (the field's level count
 * standing for missing) in mixed radix. With the fields as they are there are 8,100 patterns, so learning
 * and scoring work on a histogram of patterns rather than on millions of pairs.
 */
public final class Patterns {

    static final Field[] FIELDS = Field.values();
    private static final int[] RADIX = new int[FIELDS.length];
    private static final int[] STRIDE = new int[FIELDS.length];
    public static final int COUNT;

    static {
        int stride = 1;
        for (int f = 0; f < FIELDS.length; f++) {
            RADIX[f] = FIELDS[f].levelCount() + 1;
            STRIDE[f] = stride;
            stride *= RADIX[f];
        }
        COUNT = stride;
    }

    private Patterns() {
    }

    /** The level index (or missing) of one field in a pattern. */
    public static int level(int pattern, int field) {
        return (pattern / STRIDE[field]) % RADIX[field];
    }

    public static int of(int... levels) {
        int pattern = 0;
        for (int f = 0; f < FIELDS.length; f++) {
            pattern += levels[f] * STRIDE[f];
        }
        return pattern;
    }

    static int stride(int field) {
        return STRIDE[field];
    }

    public static boolean missing(int pattern, int field) {
        return level(pattern, field) == FIELDS[field].levelCount();
    }

    public static Level levelOf(int pattern, Field field) {
        int index = level(pattern, field.ordinal());
        return index == field.levelCount() ? Level.MISSING : field.levels().get(index);
    }
}
