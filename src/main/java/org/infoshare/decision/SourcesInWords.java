package org.infoshare.decision;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision's sources as the Data Protection Officer reads them: the seed codes the record keeps ("002 §4.2") named
 * as the documents they are ("the Supporting Families sharing agreement, section 4.2"). Practitioners are not shown
 * sources at all; the record keeps the codes unchanged.
 */
final class SourcesInWords {

    private static final Map<String, String> DOCUMENTS = Map.of(
            "000", "the council's Information Sharing Policy",
            "001", "the government's information sharing questions and answers",
            "002", "the Supporting Families sharing agreement",
            "003", "the Family Safeguarding guide to information sharing",
            "004", "the safeguarding partnership's information sharing guidance");
    private static final Pattern SEED = Pattern.compile("\\b(00[0-4])(?: (§|App(?:endix)? |Q)?([^;]*))?");

    private SourcesInWords() {
    }

    static String of(String citation) {
        if (citation == null) {
            return "";
        }
        Matcher matcher = SEED.matcher(citation);
        StringBuilder words = new StringBuilder();
        while (matcher.find()) {
            String place = matcher.group(3) == null ? "" : matcher.group(3).strip();
            String marker = matcher.group(2);
            String where = place.isEmpty() ? "" : ", " + (marker == null ? place
                    : switch (marker.strip()) {
                        case "§" -> "section " + place;
                        case "Q" -> "question " + place;
                        default -> "appendix " + place;
                    });
            matcher.appendReplacement(words, Matcher.quoteReplacement(DOCUMENTS.get(matcher.group(1)) + where));
        }
        matcher.appendTail(words);
        return words.toString();
    }

    /** For templates, which call methods on model objects rather than static ones. */
    static final class Reader {
        public String of(String citation) {
            return SourcesInWords.of(citation);
        }
    }
}
