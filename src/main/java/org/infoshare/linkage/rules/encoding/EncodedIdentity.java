package org.infoshare.linkage.rules.encoding;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One person-record as the hub receives it: keyed pseudonyms (zero for no value) and keyed Bloom filters
 * (all bits clear for no value), under a schema and a secret named by its fingerprint. Nothing in it can be
 * read back into a name, a date or an address without the secret.
 */
public record EncodedIdentity(EncodingSchema schema, String secretFingerprint, long[] pseudonyms, long[] filters)
        implements Serializable {

    public static final int PSEUDONYMS = Pseudonym.values().length;

    public EncodedIdentity {
        if (pseudonyms.length != PSEUDONYMS || filters.length != schema.filterWordsPerRecord()) {
            throw new IllegalArgumentException("An encoded identity has " + PSEUDONYMS + " pseudonyms and "
                    + schema.filterWordsPerRecord() + " filter words");
        }
        pseudonyms = pseudonyms.clone();
        filters = filters.clone();
    }

    public long pseudonym(Pseudonym field) {
        return pseudonyms[field.ordinal()];
    }

    public long[] filter(BloomField field) {
        int offset = schema.filterOffset(field);
        return Arrays.copyOfRange(filters, offset, offset + schema.filterWords(field));
    }

    @Override
    public long[] pseudonyms() {
        return pseudonyms.clone();
    }

    @Override
    public long[] filters() {
        return filters.clone();
    }

    /** Copies the words into a table's row without the defensive copies of the accessors. */
    public void copyInto(long[] pseudonymRows, int pseudonymOffset, long[] filterRows, int filterOffset) {
        System.arraycopy(pseudonyms, 0, pseudonymRows, pseudonymOffset, pseudonyms.length);
        System.arraycopy(filters, 0, filterRows, filterOffset, filters.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EncodedIdentity that && schema.equals(that.schema)
                && secretFingerprint.equals(that.secretFingerprint)
                && Arrays.equals(pseudonyms, that.pseudonyms) && Arrays.equals(filters, that.filters);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(pseudonyms) + Arrays.hashCode(filters);
    }

    @Override
    public String toString() {
        return "EncodedIdentity[v" + schema.version() + ", " + secretFingerprint + "]";
    }
}
