package org.infoshare.retention.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * What is known about one record for working out its disposal date: the dates of the events that have
 * happened (an event that has not happened, like the closure of an open case, is absent), the person's date
 * of birth if recorded, when the record was last reviewed, and, where the record's only lawful basis was
 * consent, when that consent was withdrawn (004 §5: what no longer has a basis is disposed of).
 */
public record RecordFacts(Map<RetentionEvent, LocalDate> events, LocalDate dateOfBirth, LocalDate lastReviewed,
                          LocalDate consentBasisWithdrawn) {

    public RecordFacts {
        events = events.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(events));
    }

    public static RecordFacts of(Map<RetentionEvent, LocalDate> events) {
        return new RecordFacts(events, null, null, null);
    }

    public RecordFacts withDateOfBirth(LocalDate dateOfBirth) {
        return new RecordFacts(events, dateOfBirth, lastReviewed, consentBasisWithdrawn);
    }

    public RecordFacts withLastReviewed(LocalDate reviewed) {
        return new RecordFacts(events, dateOfBirth, reviewed, consentBasisWithdrawn);
    }

    public RecordFacts withConsentBasisWithdrawn(LocalDate withdrawn) {
        return new RecordFacts(events, dateOfBirth, lastReviewed, withdrawn);
    }
}
