package org.infoshare.linkage.synthetic;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The errors partners' records carry, in the manner of the FEBRL generator: keyboard typos (a letter inserted,
 * dropped, changed or two exchanged), dates with a digit wrong or day and month exchanged, postcodes mistyped.
 */
final class Corruptor {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private Corruptor() {
    }

    static String typo(String word, SplittableRandom random) {
        if (word == null || word.length() < 2) {
            return word;
        }
        StringBuilder out = new StringBuilder(word);
        int at = random.nextInt(word.length());
        switch (random.nextInt(4)) {
            case 0 -> out.insert(at, LETTERS.charAt(random.nextInt(26)));
            case 1 -> out.deleteCharAt(at);
            case 2 -> out.setCharAt(at, LETTERS.charAt(random.nextInt(26)));
            default -> {
                int next = Math.min(at + 1, word.length() - 1);
                if (next == at) {
                    at--;
                    next = at + 1;
                }
                char c = out.charAt(at);
                out.setCharAt(at, out.charAt(next));
                out.setCharAt(next, c);
            }
        }
        return out.toString();
    }

    /** A date with one part mistyped: a day or month one digit out, or the year one out. */
    static LocalDate dateTypo(LocalDate date, SplittableRandom random) {
        for (int attempt = 0; attempt < 5; attempt++) {
            int day = date.getDayOfMonth();
            int month = date.getMonthValue();
            int year = date.getYear();
            switch (random.nextInt(3)) {
                case 0 -> day = day + (random.nextBoolean() ? 1 : -1) * (random.nextBoolean() ? 1 : 10);
                case 1 -> month = month + (random.nextBoolean() ? 1 : -1);
                default -> year = year + (random.nextBoolean() ? 1 : -1) * (random.nextInt(4) == 0 ? 10 : 1);
            }
            if (month >= 1 && month <= 12 && day >= 1 && day <= LocalDate.of(year, month, 1).lengthOfMonth()) {
                return LocalDate.of(year, month, day);
            }
        }
        return date;
    }

    static LocalDate transpose(LocalDate date) {
        if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return date;
        }
        return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    }

    /** One character of a postcode changed to another of the same kind (letter or digit). */
    static String postcodeTypo(String postcode, SplittableRandom random) {
        StringBuilder out = new StringBuilder(postcode);
        int at;
        do {
            at = random.nextInt(out.length());
        } while (out.charAt(at) == ' ');
        char c = out.charAt(at);
        out.setCharAt(at, Character.isDigit(c) ? (char) ('0' + random.nextInt(10)) : LETTERS.charAt(random.nextInt(26)));
        return out.toString();
    }

    /** One digit changed: an NHS number's check digit then fails, as it does for most real typos. */
    static String digitTypo(String digits, SplittableRandom random) {
        StringBuilder out = new StringBuilder(digits);
        int at = random.nextInt(out.length());
        out.setCharAt(at, (char) ('0' + (out.charAt(at) - '0' + 1 + random.nextInt(9)) % 10));
        return out.toString();
    }
}
