package org.infoshare.shared.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened to a record which the controller's Data Protection Officer must look at as a possible
 * breach (002 §4.8): a disclosure withdrawn as sent in error, or someone refused when they tried to open a record
 * not meant for them. Published in the transaction that records it, so the incident register holds it exactly
 * when the change itself is kept. The module that raises it needs to know nothing of the register.
 *
 * @param organisationId        the controller whose data it is, who must assess it
 * @param raisedBy              the person whose action raised it (the sender who withdrew, the person refused)
 * @param recordType            {@code disclosure} or {@code dataset}
 * @param subjectId             the person the record is about, when there is one
 * @param recipientOrganisationId where the information went (or was meant to go), when known
 * @param account               the words of the person who raised it (why a disclosure was withdrawn); null for
 *                              attempts recorded by the platform
 * @param reason                a code: {@code opened-before-withdrawal}, {@code not-opened}, {@code not-named-recipient},
 *                              {@code other-organisation}
 */
public record PotentialIncident(Source source, UUID organisationId, UUID raisedBy, Instant at, String recordType, UUID recordId,
                                UUID subjectId, UUID recipientOrganisationId, boolean specialCategory, boolean criminalOffence,
                                String account, String reason) {

    public enum Source { DISCLOSURE_WITHDRAWN, ACCESS_REFUSED }

    public PotentialIncident {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(reason, "reason");
    }
}
