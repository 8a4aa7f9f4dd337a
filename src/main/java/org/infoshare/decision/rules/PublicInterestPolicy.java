package org.infoshare.decision.rules;

import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

import static org.infoshare.decision.rules.Ruling.step;

/** Layer 9: would sharing serve any of the public interest criteria? (003 'Public Interest') */
final class PublicInterestPolicy {

    private PublicInterestPolicy() {
    }

    static Ruling<Set<PublicInterest>> decide(Set<PublicInterest> criteria) {
        if (criteria.isEmpty()) {
            return Ruling.proceed(Set.of());
        }
        StringJoiner met = new StringJoiner("; ");
        criteria.stream().sorted().forEach(interest -> met.add(interest.label().toLowerCase(Locale.ROOT)));
        return Ruling.proceed(criteria, step("Is sharing in the public interest?", "Yes: " + met,
                "These are public interest criteria; the disclosure must still be proportionate.", "003 'Public Interest'"));
    }
}
