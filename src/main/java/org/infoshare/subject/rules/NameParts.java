package org.infoshare.subject.rules;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A name as the parts a search compares: accents removed, case folded, split at spaces, hyphens and punctuation
 * ("Zoë O'Brien-Smith" is zoe, obrien, smith). An apostrophe joins rather than splits, as people type O'Brien as
 * OBrien or O Brien; a part of one letter (an initial) is kept.
 */
public final class NameParts {

    /** More parts than this are ignored: nobody's name needs them, and each part costs a key. */
    public static final int MAX_PARTS = 6;

    private NameParts() {
    }

    public static List<String> of(String name) {
        if (name == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’`]", "");
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(part -> !part.isEmpty()).distinct().limit(MAX_PARTS).toList();
    }
}
