package org.infoshare.delivery;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.ledger.rules.RecordFinding;

/**
 * A disclosure's record as the API lists or answers it (no content): its fields, and what the ledger says of its stored
 * content (ADR 0063), so that a list marks a disclosure that is not as recorded as its own page does.
 */
@Schema(name = "DisclosureRecord", description = "A disclosure's record without its content, with whether it is stored as the ledger recorded it")
public record CheckedDisclosure(@JsonUnwrapped Disclosure disclosure,
                         @Schema(description = "AS_RECORDED when it is stored as the ledger recorded it; CHANGED (changed after it was "
                                 + "recorded) or ADDED (put into the database without a ledger entry) when it is not, and then it must not "
                                 + "be relied on") String recordIntegrity) {

    /** One disclosure's record, with its finding. */
    static CheckedDisclosure of(Disclosure disclosure, Optional<RecordFinding> finding) {
        return new CheckedDisclosure(disclosure, DisclosureView.integrity(finding));
    }

    /** A list's disclosures, judged in one query for them all ({@link RecordDigests#check(String, java.util.Collection)}). */
    static List<CheckedDisclosure> checked(List<Disclosure> disclosures, RecordDigests digests) {
        Map<UUID, RecordFinding> findings = digests.check(ProtectedRecords.DISCLOSURE, disclosures.stream().map(Disclosure::id).toList());
        return disclosures.stream().map(d -> of(d, Optional.ofNullable(findings.get(d.id())))).toList();
    }
}
