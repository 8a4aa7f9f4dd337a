package org.infoshare.linkage.rules.encoding;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Optional;

/**
 * The text form of an encoded identity, one value in one column of an uploaded dataset:
 * {@code LK<version>.<secret fingerprint>.<base64url>}. The bytes are a presence mask (three bytes: one bit per
 * pseudonym, then one per filter), the pseudonyms present (eight bytes each) and the filters present. About 330
 * characters for a full record; absent fields cost nothing.
 */
public final class EncodedText {

    private static final int MASK_BYTES = 3;

    private EncodedText() {
    }

    /** Why a value could not be read, as a stable code for reports. */
    public enum Problem { FORMAT, VERSION, LENGTH }

    /** A value read, or the reason it could not be. */
    public record Reading(EncodedIdentity identity, Problem problem) {
        public Optional<EncodedIdentity> value() {
            return Optional.ofNullable(identity);
        }
    }

    public static String write(EncodedIdentity identity) {
        EncodingSchema schema = identity.schema();
        long[] pseudonyms = identity.pseudonyms();
        long[] filters = identity.filters();
        int mask = 0;
        int size = MASK_BYTES;
        for (int i = 0; i < pseudonyms.length; i++) {
            if (pseudonyms[i] != 0) {
                mask |= 1 << i;
                size += 8;
            }
        }
        BloomField[] fields = BloomField.values();
        for (int f = 0; f < fields.length; f++) {
            if (!empty(filters, schema.filterOffset(fields[f]), schema.filterWords(fields[f]))) {
                mask |= 1 << (pseudonyms.length + f);
                size += 8 * schema.filterWords(fields[f]);
            }
        }
        ByteBuffer bytes = ByteBuffer.allocate(size);
        bytes.put((byte) (mask >>> 16)).put((byte) (mask >>> 8)).put((byte) mask);
        for (int i = 0; i < pseudonyms.length; i++) {
            if ((mask & (1 << i)) != 0) {
                bytes.putLong(pseudonyms[i]);
            }
        }
        for (int f = 0; f < fields.length; f++) {
            if ((mask & (1 << (pseudonyms.length + f))) != 0) {
                int offset = schema.filterOffset(fields[f]);
                for (int w = 0; w < schema.filterWords(fields[f]); w++) {
                    bytes.putLong(filters[offset + w]);
                }
            }
        }
        return "LK" + schema.version() + "." + identity.secretFingerprint() + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    public static Reading read(String text) {
        if (text == null || text.length() < 13 || !text.startsWith("LK")) {
            return new Reading(null, Problem.FORMAT);
        }
        int firstDot = text.indexOf('.');
        int secondDot = firstDot < 0 ? -1 : text.indexOf('.', firstDot + 1);
        if (firstDot < 3 || secondDot != firstDot + 9) {
            return new Reading(null, Problem.FORMAT);
        }
        EncodingSchema schema;
        try {
            schema = EncodingSchema.version(Integer.parseInt(text.substring(2, firstDot)));
        } catch (IllegalArgumentException e) {
            return new Reading(null, Problem.VERSION);
        }
        String fingerprint = text.substring(firstDot + 1, secondDot);
        if (!fingerprint.matches("[0-9a-f]{8}")) {
            return new Reading(null, Problem.FORMAT);
        }
        ByteBuffer bytes;
        try {
            bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(text.substring(secondDot + 1)));
        } catch (IllegalArgumentException e) {
            return new Reading(null, Problem.FORMAT);
        }
        if (bytes.remaining() < MASK_BYTES) {
            return new Reading(null, Problem.LENGTH);
        }
        int mask = ((bytes.get() & 0xFF) << 16) | ((bytes.get() & 0xFF) << 8) | (bytes.get() & 0xFF);
        long[] pseudonyms = new long[EncodedIdentity.PSEUDONYMS];
        long[] filters = new long[schema.filterWordsPerRecord()];
        BloomField[] fields = BloomField.values();
        int expected = MASK_BYTES;
        for (int i = 0; i < pseudonyms.length + fields.length; i++) {
            if ((mask & (1 << i)) != 0) {
                expected += i < pseudonyms.length ? 8 : 8 * schema.filterWords(fields[i - pseudonyms.length]);
            }
        }
        if (mask >>> (pseudonyms.length + fields.length) != 0 || bytes.limit() != expected) {
            return new Reading(null, Problem.LENGTH);
        }
        for (int i = 0; i < pseudonyms.length; i++) {
            if ((mask & (1 << i)) != 0) {
                pseudonyms[i] = bytes.getLong();
            }
        }
        for (int f = 0; f < fields.length; f++) {
            if ((mask & (1 << (pseudonyms.length + f))) != 0) {
                int offset = schema.filterOffset(fields[f]);
                for (int w = 0; w < schema.filterWords(fields[f]); w++) {
                    filters[offset + w] = bytes.getLong();
                }
            }
        }
        return new Reading(new EncodedIdentity(schema, fingerprint, pseudonyms, filters), null);
    }

    private static boolean empty(long[] words, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (words[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
