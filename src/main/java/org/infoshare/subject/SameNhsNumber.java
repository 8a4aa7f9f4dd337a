package org.infoshare.subject;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.infoshare.subject.rules.NhsNumber;
import org.infoshare.subject.rules.SearchKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which of the people another organisation holds records about are one of your own people, by the NHS number both
 * recorded (ADR 0018): how something you received about another organisation's person reaches your person's page.
 * The NHS number is the identifier health and care services share for one person (HSCA 2012 s251A); a name and a date
 * of birth alone are not enough to say two records are the same child. Compared through each organisation's keyed
 * index, so no NHS number is read here, and only ids the caller already holds are answered.
 */
@Service
public class SameNhsNumber {

    private final SearchIndexStore index;

    SameNhsNumber(SearchIndexStore index) {
        this.index = index;
    }

    /** Of {@code others}, those recorded with the person's NHS number; none when the person has none recorded. */
    @Transactional(readOnly = true)
    public Set<UUID> among(Subject person, Collection<UUID> others) {
        if (person.nhsNumber() == null || person.nhsNumber().isBlank() || others.isEmpty()) {
            return Set.of();
        }
        Set<UUID> same = new HashSet<>(index.sameKeyAmong(new SearchKeys.Key(SearchKeys.Kind.NHS, NhsNumber.digits(person.nhsNumber())),
                new HashSet<>(others)));
        same.remove(person.id());
        return same;
    }
}
