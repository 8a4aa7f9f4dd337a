package org.infoshare.subject.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What someone typed into the one search box, read as its terms: an NHS number when the whole text is one; a date
 * of birth written as 26/10/2017, 26-10-2017, 2017-10-26 or 26 October 2017; the words left as parts of a name. The
 * whole text is also tried as the organisation's reference, which is matched exactly.
 *
 * @param nameParts  the name's parts (see {@link NameParts}), empty when none was typed
 * @param bornOn     the date of birth, when one was typed
 * @param nhsNumber  the ten digits, when the whole text is a valid NHS number
 * @param reference  the whole text, stripped, to be matched as a reference
 */
public record SearchTerms(List<String> nameParts, LocalDate bornOn, String nhsNumber, String reference) {

    public static final int MAX_LENGTH = 200;

    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern WORDED_DATE = Pattern.compile("\\b(\\d{1,2})\\s+([A-Za-z]{3,9})\\s+(\\d{4})\\b");
    private static final DateTimeFormatter WORDED = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMMM uuuu").toFormatter(Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter WORDED_SHORT = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMM uuuu").toFormatter(Locale.UK).withResolverStyle(ResolverStyle.STRICT);

    public SearchTerms {
        nameParts = List.copyOf(nameParts);
    }

    /** Whether there is anything to look for. */
    public boolean isEmpty() {
        return nameParts.isEmpty() && bornOn == null && nhsNumber == null && (reference == null || reference.isEmpty());
    }

    /** The terms of the text typed; blank text has none. */
    public static SearchTerms read(String text) {
        if (text == null || text.isBlank()) {
            return new SearchTerms(List.of(), null, null, null);
        }
        String typed = text.strip();
        if (NhsNumber.digits(typed).matches("\\d{10}") && NhsNumber.valid(typed)) {
            return new SearchTerms(List.of(), null, NhsNumber.digits(typed), typed);
        }
        String rest = typed;
        LocalDate born = null;
        for (Pattern pattern : List.of(ISO_DATE, NUMERIC_DATE, WORDED_DATE)) {
            Matcher m = pattern.matcher(rest);
            if (born == null && m.find()) {
                Optional<LocalDate> date = date(pattern, m);
                if (date.isPresent()) {
                    born = date.get();
                    rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
                }
            }
        }
        List<String> words = new ArrayList<>();
        for (String word : rest.split("\\s+")) {
            // Words with digits are references or numbers, not parts of a name.
            if (!word.isEmpty() && !word.matches(".*\\d.*")) {
                words.add(word);
            }
        }
        return new SearchTerms(NameParts.of(String.join(" ", words)), born, null, typed);
    }

    private static Optional<LocalDate> date(Pattern pattern, Matcher m) {
        try {
            if (pattern == ISO_DATE) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            if (pattern == NUMERIC_DATE) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            String worded = m.group(1) + " " + m.group(2) + " " + m.group(3);
            try {
                return Optional.of(LocalDate.parse(worded, WORDED));
            } catch (DateTimeException e) {
                return Optional.of(LocalDate.parse(worded, WORDED_SHORT));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
