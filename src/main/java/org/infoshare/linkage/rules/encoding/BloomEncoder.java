package org.infoshare.linkage.rules.encoding;

/**
 * Keyed Bloom-filter encoding of one field (in the manner of Schnell's CLKs and clkhash): each bigram of the
 * padded value is hashed with HMAC-SHA-256 under the field's key, and the digest gives the positions it sets.
 * Without the key nobody can tell which bigram set which bits, so the hub cannot encode names it guesses and
 * look for them; with it, similar spellings share most of their bits, so the Dice coefficient of two filters
 * follows the similarity of the two values.
 *
 * <p>Bigrams over the usual alphabet (letters, digits, space, padding) are computed once per encoder and
 * remembered, which makes encoding millions of names cheap. Not thread-safe.
 */
final class BloomEncoder {

    private static final int ALPHABET = 64;

    private final KeyedHash hash;
    private final int bits;
    private final int hashes;
    private final int[][] known = new int[ALPHABET * ALPHABET][];

    BloomEncoder(KeyedHash hash, int bits, int hashes) {
        this.hash = hash;
        this.bits = bits;
        this.hashes = hashes;
    }

    /** Sets the bits of a normalised value into {@code words[offset ..]}; nothing for a null value. */
    void encode(String value, long[] words, int offset) {
        if (value == null || value.isEmpty()) {
            return;
        }
        char previous = '_';
        for (int i = 0; i <= value.length(); i++) {
            char next = i < value.length() ? value.charAt(i) : '_';
            for (int position : positions(previous, next)) {
                words[offset + (position >>> 6)] |= 1L << position;
            }
            previous = next;
        }
    }

    private int[] positions(char first, char second) {
        int a = index(first);
        int b = index(second);
        if (a < 0 || b < 0) {
            return compute(first, second);
        }
        int slot = a * ALPHABET + b;
        int[] positions = known[slot];
        if (positions == null) {
            positions = compute(first, second);
            known[slot] = positions;
        }
        return positions;
    }

    private int[] compute(char first, char second) {
        byte[] digest = hash.digest(new String(new char[] {first, second}));
        int[] positions = new int[hashes];
        for (int i = 0; i < hashes; i++) {
            int sixteen = ((digest[2 * i] & 0xFF) << 8) | (digest[2 * i + 1] & 0xFF);
            positions[i] = sixteen % bits;
        }
        return positions;
    }

    private static int index(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        if (c == ' ') {
            return 36;
        }
        return c == '_' ? 37 : -1;
    }
}
