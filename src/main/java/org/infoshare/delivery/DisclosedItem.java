package org.infoshare.delivery;

import java.util.List;

import org.infoshare.delivery.rules.Redaction;
import org.infoshare.legal.DataCategory;

/**
 * One item of a disclosure, as its reader may see it. For a recipient, protected identities are withheld: the
 * {@code content} text carries a placeholder, and in {@code fragments} a withheld fragment has no text at all.
 * For the sender, the text is the original and the fragments show what the recipient sees.
 *
 * @param notToSubject the sender says this must not be disclosed to the person it is about (serious harm, 004 §6)
 */
public record DisclosedItem(
        String code,
        String label,
        DataCategory category,
        ItemKind kind,
        boolean historical,
        String historicalNote,
        boolean notToSubject,
        String content,
        List<Fragment> fragments,
        List<Fragment> historicalNoteFragments) {

    public static final String WITHHELD = "[identity withheld]";

    /** A run of text, or a withheld identity (text null for a recipient). */
    public record Fragment(String text, boolean withheld) {
    }

    static List<Fragment> fragments(Redaction redaction, String text, boolean keepWithheld) {
        return redaction.apply(text).stream()
                .map(s -> new Fragment(s.withheld() && !keepWithheld ? null : s.text(), s.withheld()))
                .toList();
    }
}
