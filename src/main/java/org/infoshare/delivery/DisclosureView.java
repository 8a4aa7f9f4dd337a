package org.infoshare.delivery;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.rules.RecordFinding;

/**
 * A disclosure with its content, as its reader may see it.
 *
 * @param asSender            the reader sent it: items are the original, with a preview of what is withheld
 * @param protectedIdentities for the sender only; empty for a recipient
 * @param notInformReason     for the sender only: the recorded reason the person is not told
 * @param recordIntegrity     when opened: AS_RECORDED when it is stored as the ledger recorded it; CHANGED (changed after it
 *                            was recorded) or ADDED (put into the database without a ledger entry) when it is not, and then it
 *                            must not be relied on (ADR 0063). NOT_CHECKED where it is not compared
 */
public record DisclosureView(Disclosure disclosure, boolean asSender, List<DisclosedItem> items, List<String> protectedIdentities,
                             String notInformReason, String recordIntegrity) {

    static final String AS_RECORDED = "AS_RECORDED";
    static final String NOT_CHECKED = "NOT_CHECKED";

    public DisclosureView {
        items = List.copyOf(items);
        protectedIdentities = List.copyOf(protectedIdentities);
    }

    /** The integrity a reader is told of, from what the ledger says of the stored disclosure. */
    static String integrity(Optional<RecordFinding> finding) {
        return finding.map(f -> f.kind().name()).orElse(AS_RECORDED);
    }

    /** What is wrong with the stored disclosure, for a page's warning; null when it is as recorded or was not compared. */
    @JsonIgnore
    public RecordFinding finding() {
        return AS_RECORDED.equals(recordIntegrity) || NOT_CHECKED.equals(recordIntegrity) ? null
                : new RecordFinding(RecordFinding.Kind.valueOf(recordIntegrity), ProtectedRecords.DISCLOSURE, disclosure.id().toString());
    }
}
