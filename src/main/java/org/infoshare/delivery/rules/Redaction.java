package org.infoshare.delivery.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Protects the identities of people who could be harmed if their details reached an abuser (004 rule 5): every
 * occurrence of a protected identity is withheld from the recipient's view, however it is written. Matching
 * ignores case, accents, spacing and punctuation ("Jane Smith", "JANE-SMITH", "j.smith" for "J Smith",
 * "Jane Smith's"), and finds an identity inside longer words or run together with other text, because
 * over-redaction is recoverable and a leaked identity is not. Withholding repeats until nothing is left to
 * find, so removing one identity can never join the text around it into another.
 *
 * <p>The result is a list of segments, text and withheld, so that a placeholder is rendered by the view and
 * never becomes text that could itself match.
 */
public final class Redaction {

    /** An identity must keep at least this many letters or digits once normalised. */
    public static final int MIN_LETTERS = 2;

    private final List<String> identities;

    private Redaction(List<String> identities) {
        this.identities = identities;
    }

    /** Identities as the sender typed them; blank ones are ignored. */
    public static Redaction of(List<String> protectedIdentities) {
        Set<String> normal = new LinkedHashSet<>();
        if (protectedIdentities != null) {
            for (String identity : protectedIdentities) {
                String n = normalise(identity);
                if (n.length() >= MIN_LETTERS) {
                    normal.add(n);
                }
            }
        }
        // Longest first, so that "Jane Smith" is withheld whole rather than as "Jane" plus a remainder.
        List<String> ordered = new ArrayList<>(normal);
        ordered.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return new Redaction(Collections.unmodifiableList(ordered));
    }

    /** Whether an identity as typed is long enough to be protected reliably. */
    public static boolean usable(String identity) {
        return normalise(identity).length() >= MIN_LETTERS;
    }

    public boolean isEmpty() {
        return identities.isEmpty();
    }

    /** A run of text, shown as it is, or withheld. */
    public record Segment(String text, boolean withheld) {
    }

    /** The text as the recipient may see it. */
    public List<Segment> apply(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        boolean[] withheld = new boolean[text.length()];
        if (!identities.isEmpty()) {
            boolean found;
            do {
                found = false;
                Folded folded = fold(text, withheld);
                for (String identity : identities) {
                    int from = 0;
                    int at;
                    while ((at = folded.text.indexOf(identity, from)) >= 0) {
                        int start = folded.origin[at];
                        int end = folded.originEnd[at + identity.length() - 1];
                        for (int i = start; i < end; i++) {
                            withheld[i] = true;
                        }
                        found = true;
                        from = at + identity.length();
                    }
                }
            } while (found);
        }
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && withheld[j] == withheld[i]) {
                j++;
            }
            segments.add(new Segment(text.substring(i, j), withheld[i]));
            i = j;
        }
        return merged(segments);
    }

    /** Withheld runs separated only by spaces become one: "Jane" and "Smith" withheld read as one identity, not two. */
    private static List<Segment> merged(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        for (int k = 0; k < segments.size(); k++) {
            Segment segment = segments.get(k);
            if (!segment.withheld() && k > 0 && k < segments.size() - 1 && segments.get(k - 1).withheld()
                    && segments.get(k + 1).withheld() && segment.text().isBlank()) {
                Segment previous = out.remove(out.size() - 1);
                Segment next = segments.get(++k);
                out.add(new Segment(previous.text() + segment.text() + next.text(), true));
                continue;
            }
            if (segment.withheld() && !out.isEmpty() && out.get(out.size() - 1).withheld()) {
                Segment previous = out.remove(out.size() - 1);
                out.add(new Segment(previous.text() + segment.text(), true));
                continue;
            }
            out.add(segment);
        }
        return out;
    }

    /** The recipient's text with each withheld run replaced by the placeholder. */
    public String plain(String text, String placeholder) {
        StringBuilder out = new StringBuilder();
        for (Segment segment : apply(text)) {
            out.append(segment.withheld() ? placeholder : segment.text());
        }
        return out.toString();
    }

    /** Letters and digits only, case-folded, accents removed: the form in which identities are compared. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return fold(text, new boolean[text.length()]).text;
    }

    /** The folded text of what is not withheld, with each folded character's source span in the original. */
    record Folded(String text, int[] origin, int[] originEnd) {
    }

    private static Folded fold(String text, boolean[] withheld) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 3 + 4];
        int[] originEnd = new int[text.length() * 3 + 4];
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (!withheld[i]) {
                String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKD);
                String cased = decomposed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
                for (int k = 0; k < cased.length(); ) {
                    int c = cased.codePointAt(k);
                    k += Character.charCount(c);
                    if (Character.isLetterOrDigit(c)) {
                        int at = folded.length();
                        folded.appendCodePoint(c);
                        for (int p = at; p < folded.length(); p++) {
                            if (p >= origin.length) {
                                origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                                originEnd = java.util.Arrays.copyOf(originEnd, originEnd.length * 2);
                            }
                            origin[p] = i;
                            originEnd[p] = i + width;
                        }
                    }
                }
            }
            i += width;
        }
        return new Folded(folded.toString(), origin, originEnd);
    }
}
