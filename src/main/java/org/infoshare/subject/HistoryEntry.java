package org.infoshare.subject;

import java.time.Instant;

/**
 * One thing recorded about a person, as their chronology shows it.
 *
 * @param kind    what sort of record it is, in words ("Consent", "Decision", "Disclosure sent")
 * @param summary what happened, in words a practitioner uses, without internal codes
 * @param href    the record's own page
 */
public record HistoryEntry(Instant at, String kind, String summary, String href) {
}
