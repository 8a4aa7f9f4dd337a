package org.infoshare.foi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.infoshare.foi.rules.Ask;
import org.infoshare.foi.rules.Exemption;
import org.infoshare.foi.rules.FinalDecision;
import org.infoshare.foi.rules.Regime;

/**
 * A request for information the holder received, and its assistance from partners.
 *
 * @param holderReference the holder's own case reference, if it gave one
 * @param receivedOn      the day the holder received the request
 * @param request         what was asked (sealed under the holder's key)
 */
public record FoiRequest(UUID id, long number, UUID organisationId, Regime regime, String holderReference, LocalDate receivedOn,
                         String request, Set<Ask> asks, UUID createdBy, Instant createdAt, Status status, FinalDecision decision,
                         Set<Exemption> exemptions, Instant decidedAt, UUID decidedBy, String decisionNotes) {

    public enum Status { OPEN, DECIDED }

    public String reference() {
        return String.format("FOI-%06d", number);
    }

    public boolean decided() {
        return status == Status.DECIDED;
    }
}
