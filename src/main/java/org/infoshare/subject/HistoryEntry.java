package org.infoshare.subject;

import java.time.Instant;

/**
 * One thing recorded about a person, as their chronology shows it.
 *
 * @param kind    what sort of record it is, in words ("Consent", "Decision", "Disclosure sent")
 * @param summary what happened, in words a practitioner uses, without internal codes
 * @param href    the record's own page
 * @param notAsRecorded the record was checked and is not stored as the ledger recorded it (ADR 0063): do not rely on it.
 *                false when it is as recorded, or for the kinds of record the chronology does not check
 */
public record HistoryEntry(Instant at, String kind, String summary, String href, boolean notAsRecorded) {

    /** An entry not checked against the ledger. */
    public HistoryEntry(Instant at, String kind, String summary, String href) {
        this(at, kind, summary, href, false);
    }
}
