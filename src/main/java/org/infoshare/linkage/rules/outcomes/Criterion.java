package org.infoshare.linkage.rules.outcomes;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A descriptor's rule over a family's linked facts. Each kind is a small record of numbers and codes, so a plan
 * is data an analyst edits, and every evaluation says why it was or was not met and which facts it rested on.
 */
public sealed interface Criterion extends Serializable permits Occurrences, ValuesInPeriods {

    /** Whether the family meets it on {@code asOf}, counting only facts dated on or before that day. */
    Verdict evaluate(List<Member> family, LocalDate asOf);

    /** The rule in words: "at least 2 domestic abuse incidents (victim) recorded for anyone in the family in the last 12 months". */
    String describe();

    /** A criterion's verdict with its reason and evidence. */
    record Verdict(boolean met, String reason, List<Evidence> evidence) implements Serializable {
        public Verdict {
            evidence = List.copyOf(evidence);
        }
    }
}
