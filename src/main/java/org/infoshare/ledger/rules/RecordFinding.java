package org.infoshare.ledger.rules;

import java.util.Optional;

/**
 * A protected record whose stored content no longer matches what the ledger last recorded of it (ADR 0063).
 *
 * @param kind       what happened to it
 * @param recordType the ledger's name for its kind: {@code decision}, {@code consent}
 * @param recordId   its id
 */
public record RecordFinding(Kind kind, String recordType, String recordId) {

    /** The digest an entry carries when the event left its record gone (a disposal). */
    public static final String GONE = "gone";

    public enum Kind {
        CHANGED("changed after it was recorded",
                "The record's stored content differs from what the ledger last recorded of it: it was edited outside the application"),
        ADDED("added without a ledger entry",
                "The record is stored but the ledger never recorded it, or recorded it as disposed of: it was inserted outside the application"),
        DELETED("deleted outside the disposal path",
                "The ledger recorded the record but it is no longer stored, and no disposal recorded its going");

        private final String words;
        private final String meaning;

        Kind(String words, String meaning) {
            this.words = words;
            this.meaning = meaning;
        }

        public String words() {
            return words;
        }

        public String meaning() {
            return meaning;
        }
    }

    /**
     * Judges one record from its live digest and the latest digest the ledger holds for it.
     *
     * @param live       the digest of the stored row, null when there is no row
     * @param recorded   the digest the record's latest entry carries ({@link #GONE} after a disposal), null when no entry carries one
     * @param hasEntries whether any entry names the record at all: a record whose only entries predate digests is not judged
     * @return the finding, or empty when the record is as the ledger last recorded it
     */
    public static Optional<Kind> judge(String live, String recorded, boolean hasEntries) {
        if (live == null) {
            return recorded == null || GONE.equals(recorded) ? Optional.empty() : Optional.of(Kind.DELETED);
        }
        if (recorded == null) {
            return hasEntries ? Optional.empty() : Optional.of(Kind.ADDED);
        }
        if (GONE.equals(recorded)) {
            return Optional.of(Kind.ADDED);
        }
        return live.equals(recorded) ? Optional.empty() : Optional.of(Kind.CHANGED);
    }

    /** "decision 4d41c0de… changed after it was recorded". */
    public String explanation() {
        String shortId = recordId.length() > 8 ? recordId.substring(0, 8) + "…" : recordId;
        return recordType + " " + shortId + " " + kind.words();
    }
}
