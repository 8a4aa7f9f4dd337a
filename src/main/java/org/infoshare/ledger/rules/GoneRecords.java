package org.infoshare.ledger.rules;

import java.util.Collection;
import java.util.UUID;

/**
 * The list of records one entry records as gone (ADR 0097): a disposal batch binds every protected record of one
 * kind it took by one entry whose detail {@value #KEY} holds their ids, rather than by an entry per record. The list
 * is canonical and compact, so that the verifier reads it from the entry's bytes without a JSON parser: the ids'
 * 32 lower-case hex digits (a uuid without its hyphens), sorted, each once, concatenated without separators. It
 * holds ids only, never anything else: {@link #wellFormed} is the whole grammar.
 */
public final class GoneRecords {

    /** The detail under which an entry lists the records it leaves gone. */
    public static final String KEY = "gone-records";
    /** The width of one id in the list. */
    public static final int WIDTH = 32;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoneRecords() {
    }

    /** The canonical list of these ids: sorted, each once. */
    public static String of(Collection<UUID> ids) {
        return String.join("", ids.stream().map(GoneRecords::compact).distinct().sorted().toList());
    }

    /** Whether a value is a list in the canonical form: whole ids of lower-case hex digits, in ascending order, none twice. */
    public static boolean wellFormed(String value) {
        if (value.isEmpty() || value.length() % WIDTH != 0) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        for (int at = WIDTH; at < value.length(); at += WIDTH) {
            if (value.regionMatches(at - WIDTH, value, at, WIDTH) || value.substring(at - WIDTH, at).compareTo(value.substring(at, at + WIDTH)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** How many ids a canonical list holds. */
    public static int count(String value) {
        return value.length() / WIDTH;
    }

    /** The {@code index}th id of a canonical list. */
    public static UUID id(String list, int index) {
        int at = index * WIDTH;
        return new UUID(Long.parseUnsignedLong(list, at, at + 16, 16), Long.parseUnsignedLong(list, at + 16, at + WIDTH, 16));
    }

    /** An id as the list holds it. */
    public static String compact(UUID id) {
        char[] out = new char[WIDTH];
        long high = id.getMostSignificantBits();
        long low = id.getLeastSignificantBits();
        for (int i = 0; i < 16; i++) {
            out[i] = HEX[(int) (high >>> (60 - 4 * i)) & 0xf];
            out[16 + i] = HEX[(int) (low >>> (60 - 4 * i)) & 0xf];
        }
        return new String(out);
    }

    /**
     * The id at {@code offset} of a list held as bytes, in the canonical form entries name records by
     * ({@link UUID#toString()}), or null when those bytes are not 32 lower-case hex digits.
     */
    static String idAt(byte[] bytes, int offset) {
        char[] out = new char[36];
        int to = 0;
        for (int i = 0; i < WIDTH; i++) {
            if (i == 8 || i == 12 || i == 16 || i == 20) {
                out[to++] = '-';
            }
            byte b = bytes[offset + i];
            if (!(b >= '0' && b <= '9' || b >= 'a' && b <= 'f')) {
                return null;
            }
            out[to++] = (char) b;
        }
        return new String(out);
    }
}
