package org.infoshare.subject.rules;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * How a part of a name sounds in English (Double Metaphone, primary and alternate codes), so that spellings heard
 * the same way match: Jon and John (JN), Smyth and Smith (SM0), Catherine and Kathryn (K0RN). Parts of one letter
 * are initials and sound only like themselves.
 */
public final class SoundsLike {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    static {
        METAPHONE.setMaxCodeLen(6);
    }

    private SoundsLike() {
    }

    /** The codes of one normalised part (see {@link NameParts}); empty when it has no letters to sound. */
    public static Set<String> codes(String part) {
        Set<String> codes = new LinkedHashSet<>();
        if (part == null || part.isEmpty()) {
            return codes;
        }
        if (part.length() == 1) {
            codes.add("initial:" + part);
            return codes;
        }
        String primary = METAPHONE.doubleMetaphone(part, false);
        String alternate = METAPHONE.doubleMetaphone(part, true);
        if (primary != null && !primary.isEmpty()) {
            codes.add(primary);
        }
        if (alternate != null && !alternate.isEmpty()) {
            codes.add(alternate);
        }
        return codes;
    }

    /** Whether two parts sound alike: they share a code. */
    public static boolean alike(String one, String other) {
        Set<String> mine = codes(one);
        return codes(other).stream().anyMatch(mine::contains);
    }
}
