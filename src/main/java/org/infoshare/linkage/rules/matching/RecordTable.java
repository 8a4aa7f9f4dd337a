package org.infoshare.linkage.rules.matching;

import java.io.Serializable;
import java.util.Arrays;

import org.infoshare.linkage.rules.encoding.BloomField;
import org.infoshare.linkage.rules.encoding.EncodedIdentity;
import org.infoshare.linkage.rules.encoding.EncodingSchema;
import org.infoshare.linkage.rules.encoding.Pseudonym;

/**
 * Encoded person-records laid out for comparison: each record's pseudonyms and filter words side by side in
 * flat arrays (one row per record), with each filter's count of set bits worked out once. Records are numbered
 * from zero in the order they were added; each carries the index of the source (dataset) it came from.
 * Every record must share one schema and one secret: mixing them would compare unrelated hashes.
 */
public final class RecordTable implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int P = EncodedIdentity.PSEUDONYMS;

    private final EncodingSchema schema;
    private final String secretFingerprint;
    private final int size;
    private final int[] sources;
    private final long[] pseudonyms;
    private final long[] filters;
    private final short[] bitCounts;
    private final int words;
    private final int[] offsets = new int[BloomField.values().length];
    private final int[] lengths = new int[BloomField.values().length];

    private RecordTable(Builder builder) {
        this.schema = builder.schema;
        this.secretFingerprint = builder.fingerprint;
        this.size = builder.size;
        this.words = schema.filterWordsPerRecord();
        // The builder's arrays are taken over, not copied: two million records would otherwise be held twice.
        this.sources = builder.sources;
        this.pseudonyms = builder.pseudonyms;
        this.filters = builder.filters;
        for (BloomField field : BloomField.values()) {
            offsets[field.ordinal()] = schema.filterOffset(field);
            lengths[field.ordinal()] = schema.filterWords(field);
        }
        this.bitCounts = new short[size * BloomField.values().length];
        for (int r = 0; r < size; r++) {
            for (BloomField field : BloomField.values()) {
                int offset = r * words + schema.filterOffset(field);
                int count = 0;
                for (int w = 0; w < schema.filterWords(field); w++) {
                    count += Long.bitCount(filters[offset + w]);
                }
                bitCounts[r * 3 + field.ordinal()] = (short) count;
            }
        }
    }

    public static Builder builder(EncodingSchema schema, String secretFingerprint, int expected) {
        return new Builder(schema, secretFingerprint, expected);
    }

    public int size() {
        return size;
    }

    public EncodingSchema schema() {
        return schema;
    }

    public String secretFingerprint() {
        return secretFingerprint;
    }

    public int source(int record) {
        return sources[record];
    }

    public long pseudonym(int record, Pseudonym field) {
        return pseudonyms[record * P + field.ordinal()];
    }

    long pseudonym(int record, int field) {
        return pseudonyms[record * P + field];
    }

    int bitCount(int record, BloomField field) {
        return bitCounts[record * 3 + field.ordinal()];
    }

    /** Bits set in both records' filters (fields of the same size: both names, or both addresses). */
    int commonBits(int a, int b, BloomField fieldA, BloomField fieldB) {
        int offsetA = a * words + offsets[fieldA.ordinal()];
        int offsetB = b * words + offsets[fieldB.ordinal()];
        long[] f = filters;
        int common = 0;
        for (int w = 0, n = lengths[fieldA.ordinal()]; w < n; w++) {
            common += Long.bitCount(f[offsetA + w] & f[offsetB + w]);
        }
        return common;
    }

    /** Whether any record has a value for this pseudonym (a source without NHS numbers, say). */
    public double presence(Pseudonym field) {
        if (size == 0) {
            return 0;
        }
        int present = 0;
        for (int r = 0; r < size; r++) {
            if (pseudonyms[r * P + field.ordinal()] != 0) {
                present++;
            }
        }
        return present / (double) size;
    }

    /** Collects records one at a time; not thread-safe. */
    public static final class Builder {
        private final EncodingSchema schema;
        private final String fingerprint;
        private int size;
        private int[] sources;
        private long[] pseudonyms;
        private long[] filters;
        private boolean built;

        private Builder(EncodingSchema schema, String fingerprint, int expected) {
            this.schema = schema;
            this.fingerprint = fingerprint;
            int capacity = Math.max(16, expected);
            this.sources = new int[capacity];
            this.pseudonyms = new long[capacity * P];
            this.filters = new long[capacity * schema.filterWordsPerRecord()];
        }

        /** Adds a record and returns its number. */
        public int add(int source, EncodedIdentity identity) {
            if (built) {
                throw new IllegalStateException("The table has been built: start another");
            }
            if (!identity.schema().equals(schema) || !identity.secretFingerprint().equals(fingerprint)) {
                throw new IllegalArgumentException("Every record in a linkage is encoded under the same schema and secret");
            }
            if (size == sources.length) {
                int capacity = sources.length * 2;
                sources = Arrays.copyOf(sources, capacity);
                pseudonyms = Arrays.copyOf(pseudonyms, capacity * P);
                filters = Arrays.copyOf(filters, capacity * schema.filterWordsPerRecord());
            }
            sources[size] = source;
            identity.copyInto(pseudonyms, size * P, filters, size * schema.filterWordsPerRecord());
            return size++;
        }

        public int size() {
            return size;
        }

        /** The table; the builder can take no more records after. */
        public RecordTable build() {
            built = true;
            return new RecordTable(this);
        }
    }
}
