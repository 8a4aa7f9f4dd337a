package org.infoshare.linkage.rules.encoding;

/**
 * American Soundex of a normalised name (letters A–Z): a letter and three digits that sound-alike spellings
 * share ("SMITH", "SMYTHE" → S530). Used only inside blocking keys, which are themselves keyed pseudonyms.
 */
public final class Soundex {

    //                                       ABCDEFGHIJKLMNOPQRSTUVWXYZ
    private static final String CODES = "01230120022455012623010202";

    private Soundex() {
    }

    public static String of(String letters) {
        if (letters == null || letters.isEmpty()) {
            return null;
        }
        char[] out = {letters.charAt(0), '0', '0', '0'};
        int n = 1;
        char previous = CODES.charAt(letters.charAt(0) - 'A');
        for (int i = 1; i < letters.length() && n < 4; i++) {
            char letter = letters.charAt(i);
            char code = CODES.charAt(letter - 'A');
            if (code != '0' && code != previous) {
                out[n++] = code;
            }
            // H and W do not separate letters of the same code; vowels do.
            if (letter != 'H' && letter != 'W') {
                previous = code;
            }
        }
        return new String(out);
    }
}
