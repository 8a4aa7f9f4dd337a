package org.infoshare.subject.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whether someone about to be added is likely a person already recorded: the same NHS number, or the same date of
 * birth and a name whose every part matches (exactly, by sound, or as an initial) a part of the other's. A likely
 * match is put to the member of staff ("Is this the same person?"); it never merges or refuses by itself.
 */
public final class LikelySamePerson {

    /** Why two records look like the same person. */
    public enum Reason {
        SAME_NHS_NUMBER("The same NHS number"),
        SAME_NAME_AND_DATE_OF_BIRTH("The same name and date of birth"),
        SIMILAR_NAME_AND_DATE_OF_BIRTH("A similar name and the same date of birth");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The details compared: a name, a date of birth and an NHS number, each possibly absent. */
    public record Details(String name, LocalDate bornOn, String nhsNumber) {
    }

    private LikelySamePerson() {
    }

    public static Optional<Reason> judge(Details adding, Details recorded) {
        String nhs = NhsNumber.digits(adding.nhsNumber());
        if (!nhs.isEmpty() && nhs.equals(NhsNumber.digits(recorded.nhsNumber()))) {
            return Optional.of(Reason.SAME_NHS_NUMBER);
        }
        if (adding.bornOn() == null || !adding.bornOn().equals(recorded.bornOn())) {
            return Optional.empty();
        }
        List<String> mine = NameParts.of(adding.name());
        List<String> theirs = NameParts.of(recorded.name());
        if (mine.isEmpty() || theirs.isEmpty()) {
            return Optional.empty();
        }
        if (mine.size() == theirs.size() && theirs.containsAll(mine)) {
            return Optional.of(Reason.SAME_NAME_AND_DATE_OF_BIRTH);
        }
        List<String> shorter = mine.size() <= theirs.size() ? mine : theirs;
        List<String> longer = shorter == mine ? theirs : mine;
        boolean everyPartMatches = shorter.stream().allMatch(part -> longer.stream().anyMatch(other -> matches(part, other)));
        return everyPartMatches ? Optional.of(Reason.SIMILAR_NAME_AND_DATE_OF_BIRTH) : Optional.empty();
    }

    private static boolean matches(String part, String other) {
        if (part.equals(other) || SoundsLike.alike(part, other)) {
            return true;
        }
        // An initial stands for any part it begins.
        return part.length() == 1 && other.startsWith(part) || other.length() == 1 && part.startsWith(other);
    }
}
