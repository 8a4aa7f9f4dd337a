package org.infoshare.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;

import org.infoshare.shared.problem.InvalidRequestException;

/**
 * What a list is narrowed to (ADR 0017): one person (by the organisation's own reference for them), a status, an
 * urgency, the other organisation, and the days from and to, both included. Every part is optional; each list
 * uses the parts that mean something for it and checks the codes it knows.
 */
public record ListFilter(String person, String status, String urgency, UUID organisation, LocalDate from, LocalDate to) {

    public static final ListFilter NONE = new ListFilter(null, null, null, null, null, null);

    public ListFilter {
        person = blankIsNull(person);
        status = blankIsNull(status) == null ? null : status.strip().toUpperCase(Locale.ROOT);
        urgency = blankIsNull(urgency) == null ? null : urgency.strip().toUpperCase(Locale.ROOT);
        if (person != null && person.length() > 50) {
            throw InvalidRequestException.of("person", "max-length", "Person reference must be 50 characters or fewer");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidRequestException.of("to", "after-from", "The date to must be the same as or after the date from");
        }
    }

    /** The status asked for, checked against the codes this list knows. */
    public String status(Collection<String> known) {
        return checked(status, known, "status", "Status");
    }

    /** The urgency asked for, checked against the codes this list knows. */
    public String urgency(Collection<String> known) {
        return checked(urgency, known, "urgency", "Urgency");
    }

    /** The first moment of the first day, in UK time, for lists of times; null when no day is given. */
    public OffsetDateTime fromMoment() {
        return from == null ? null : from.atStartOfDay(UkCalendar.ZONE).toOffsetDateTime();
    }

    /** The first moment after the last day, in UK time (the end is not included); null when no day is given. */
    public OffsetDateTime toMomentExclusive() {
        return to == null ? null : to.plusDays(1).atStartOfDay(UkCalendar.ZONE).toOffsetDateTime();
    }

    public boolean narrowed() {
        return !equals(NONE);
    }

    private static String checked(String code, Collection<String> known, String field, String name) {
        if (code != null && !known.contains(code)) {
            throw InvalidRequestException.of(field, "one-of", name + " must be one of " + String.join(", ", known.stream().sorted().toList()));
        }
        return code;
    }

    private static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
