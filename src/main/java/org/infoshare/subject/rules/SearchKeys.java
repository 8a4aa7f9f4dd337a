package org.infoshare.subject.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The values a person is indexed under, before they are keyed (each value becomes a keyed blind index, so the
 * index reveals neither names nor dates), and the values a search looks for. A search's term is one name part, the
 * date of birth or the NHS number; a person is found when every term matches one of their values, and ranked by
 * how closely (an exact part outranks a part that only sounds alike).
 */
public final class SearchKeys {

    /** What a value is. */
    public enum Kind { NAME, SOUND, BORN, NHS }

    /** One value a person is indexed under. */
    public record Key(Kind kind, String value) {
    }

    /** One value a search looks for: which of its terms it serves, and what a match is worth. */
    public record Wanted(Key key, int term, int weight) {
    }

    /** What a search asks of the index: the values and how many distinct terms a person must match. */
    public record Query(List<Wanted> wanted, int terms) {

        public boolean isEmpty() {
            return wanted.isEmpty();
        }
    }

    static final int EXACT_PART = 3;
    static final int SOUNDS_ALIKE = 2;
    static final int SAME_BIRTH_DATE = 4;
    static final int SAME_NHS_NUMBER = 10;

    private SearchKeys() {
    }

    /** Everything a person with these details is indexed under. */
    public static Set<Key> of(String name, LocalDate bornOn, String nhsNumber) {
        Set<Key> keys = new LinkedHashSet<>();
        for (String part : NameParts.of(name)) {
            keys.add(new Key(Kind.NAME, part));
            SoundsLike.codes(part).forEach(code -> keys.add(new Key(Kind.SOUND, code)));
        }
        if (bornOn != null) {
            keys.add(new Key(Kind.BORN, bornOn.toString()));
        }
        if (nhsNumber != null && !nhsNumber.isBlank()) {
            keys.add(new Key(Kind.NHS, NhsNumber.digits(nhsNumber)));
        }
        return keys;
    }

    /** What a search for these terms looks for; an NHS number is enough on its own. */
    public static Query query(SearchTerms terms) {
        List<Wanted> wanted = new ArrayList<>();
        if (terms.nhsNumber() != null) {
            wanted.add(new Wanted(new Key(Kind.NHS, terms.nhsNumber()), 0, SAME_NHS_NUMBER));
            return new Query(wanted, 1);
        }
        int term = 0;
        for (String part : terms.nameParts()) {
            wanted.add(new Wanted(new Key(Kind.NAME, part), term, EXACT_PART));
            for (String code : SoundsLike.codes(part)) {
                wanted.add(new Wanted(new Key(Kind.SOUND, code), term, SOUNDS_ALIKE));
            }
            term++;
        }
        if (terms.bornOn() != null) {
            wanted.add(new Wanted(new Key(Kind.BORN, terms.bornOn().toString()), term, SAME_BIRTH_DATE));
            term++;
        }
        return new Query(wanted, term);
    }
}
