package org.infoshare.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.infoshare.rights.rules.Exemption;
import org.infoshare.rights.rules.ExtensionReason;
import org.infoshare.rights.rules.IdentityCheck;
import org.infoshare.rights.rules.PauseReason;
import org.infoshare.rights.rules.ReceivedHow;
import org.infoshare.rights.rules.RequestOutcome;
import org.infoshare.rights.rules.RequestStatus;
import org.infoshare.rights.rules.RequesterCapacity;
import org.infoshare.rights.rules.RightKind;

/**
 * A rights request as the organisation holds it.
 *
 * @param reference  the organisation's reference for it, e.g. {@code RR-2026-00042}
 * @param person     who the request is about, as the requester described them (not yet matched to anyone)
 * @param subjectId  the person in the organisation's records, once a member of staff confirmed it is them
 * @param notHeld    a member of staff confirmed the organisation holds nothing about them
 */
public record RightsRequest(
        UUID id,
        UUID organisationId,
        String reference,
        RightKind kind,
        LocalDate receivedOn,
        ReceivedHow receivedHow,
        RequesterCapacity capacity,
        Requester requester,
        PersonDescribed person,
        String details,
        IdentityCheck identityCheck,
        LocalDate identityCheckedOn,
        UUID subjectId,
        UUID personConfirmedBy,
        Instant personConfirmedAt,
        boolean notHeld,
        RequestStatus status,
        List<PauseRecord> pauses,
        Extension extension,
        Decision decision,
        Instant escalatedAt,
        Instant propagatedAt,
        Instant erasedAt,
        LocalDate closedOn,
        Instant recordedAt,
        UUID recordedBy) {

    public RightsRequest {
        pauses = List.copyOf(pauses);
    }

    /** Who asked, and how to reach them. */
    public record Requester(String name, String contact) {
    }

    /** The person the request is about, as described by the requester. */
    public record PersonDescribed(String name, LocalDate dateOfBirth, String reference) {
    }

    /** A time the clock stood still; {@code resumedOn} null while it still does. */
    public record PauseRecord(UUID id, PauseReason reason, LocalDate pausedOn, LocalDate resumedOn) {
        public boolean open() {
            return resumedOn == null;
        }
    }

    public record Extension(ExtensionReason reason, String note, LocalDate extendedOn) {
    }

    public record Decision(RequestOutcome outcome, List<Exemption> exemptions, String note, LocalDate decidedOn, UUID decidedBy) {
        public Decision {
            exemptions = List.copyOf(exemptions);
        }
    }

    public boolean decided() {
        return decision != null;
    }

    public boolean paused() {
        return pauses.stream().anyMatch(PauseRecord::open);
    }

    /** The recipients were told (or it was found that nobody had received anything). */
    public boolean propagated() {
        return propagatedAt != null;
    }

    public boolean personSettled() {
        return subjectId != null || notHeld;
    }
}
