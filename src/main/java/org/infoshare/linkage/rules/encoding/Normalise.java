package org.infoshare.linkage.rules.encoding;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * How clear values are written before they are encoded, so that the same person written two ways by two
 * partners encodes the same: case, accents, punctuation and spacing never decide a match. Returns null for
 * a value that is absent or unusable, which is encoded as "no value" rather than guessed.
 */
public final class Normalise {

    /** Common street words written in full or abbreviated by different systems. */
    private static final Map<String, String> STREET_WORDS = Map.ofEntries(
            Map.entry("ROAD", "RD"), Map.entry("STREET", "ST"), Map.entry("AVENUE", "AVE"), Map.entry("LANE", "LN"),
            Map.entry("DRIVE", "DR"), Map.entry("CLOSE", "CL"), Map.entry("COURT", "CT"), Map.entry("CRESCENT", "CRES"),
            Map.entry("PLACE", "PL"), Map.entry("GARDENS", "GDNS"), Map.entry("TERRACE", "TER"), Map.entry("SQUARE", "SQ"),
            Map.entry("GROVE", "GR"), Map.entry("APARTMENT", "FLAT"), Map.entry("APT", "FLAT"));

    private Normalise() {
    }

    /** A personal name as upper-case letters only: "O'Neill-Brown" and "oneill brown" are the same. */
    public static String name(String value) {
        if (value == null) {
            return null;
        }
        String plain = stripAccents(value).toUpperCase(Locale.ROOT);
        StringBuilder letters = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                letters.append(c);
            }
        }
        return letters.isEmpty() ? null : letters.toString();
    }

    /** A UK postcode without spaces ("SW1A1AA"), or null when it is not shaped like one. */
    public static String postcode(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder compact = new StringBuilder(8);
        for (int i = 0; i < value.length(); i++) {
            char c = Character.toUpperCase(value.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                compact.append(c);
            } else if (c != ' ') {
                return null;
            }
        }
        int length = compact.length();
        if (length < 5 || length > 7 || !Character.isDigit(compact.charAt(length - 3))
                || !Character.isLetter(compact.charAt(length - 2)) || !Character.isLetter(compact.charAt(length - 1))
                || !Character.isLetter(compact.charAt(0))) {
            return null;
        }
        return compact.toString();
    }

    /** The outward code of a normalised postcode ("SW1A"): a district shared by thousands of addresses. */
    public static String district(String postcode) {
        return postcode == null ? null : postcode.substring(0, postcode.length() - 3);
    }

    /** An address line in upper case, words separated by one space, street words abbreviated one way. */
    public static String addressLine(String value) {
        if (value == null) {
            return null;
        }
        String plain = stripAccents(value).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(plain.length());
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= plain.length(); i++) {
            char c = i < plain.length() ? plain.charAt(i) : ' ';
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                word.append(c);
            } else if (!word.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                String w = word.toString();
                out.append(STREET_WORDS.getOrDefault(w, w));
                word.setLength(0);
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** The numbers in a normalised address line ("FLAT 2 10 HIGH ST" → "2 10"): the property within its postcode. */
    public static String propertyNumbers(String addressLine) {
        if (addressLine == null) {
            return null;
        }
        StringBuilder numbers = new StringBuilder();
        int start = 0;
        while (start < addressLine.length()) {
            int end = addressLine.indexOf(' ', start);
            if (end < 0) {
                end = addressLine.length();
            }
            if (end > start && Character.isDigit(addressLine.charAt(start))) {
                if (!numbers.isEmpty()) {
                    numbers.append(' ');
                }
                numbers.append(addressLine, start, end);
            }
            start = end + 1;
        }
        return numbers.isEmpty() ? null : numbers.toString();
    }

    /** An NHS number as ten digits with a valid modulus 11 check digit, or null. */
    public static String nhsNumber(String value) {
        String digits = digits(value);
        if (digits == null || digits.length() != 10) {
            return null;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0' ? digits : null;
    }

    /** A Unique Property Reference Number: up to twelve digits, leading zeros ignored. */
    public static String uprn(String value) {
        String digits = digits(value);
        if (digits == null || digits.length() > 12) {
            return null;
        }
        int first = 0;
        while (first < digits.length() && digits.charAt(first) == '0') {
            first++;
        }
        return first == digits.length() ? null : digits.substring(first);
    }

    /** Sex as recorded: "F" or "M"; anything else (unknown, not stated) is no value. */
    public static String sex(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "F", "FEMALE", "2" -> "F";
            case "M", "MALE", "1" -> "M";
            default -> null;
        };
    }

    private static String digits(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(12);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-') {
                return null;
            }
        }
        return digits.isEmpty() ? null : digits.toString();
    }

    private static String stripAccents(String value) {
        boolean ascii = true;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return value;
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c == 'ß' ? "SS" : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
