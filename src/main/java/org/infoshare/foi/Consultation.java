package org.infoshare.foi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.infoshare.clock.rules.Nation;
import org.infoshare.foi.rules.Exemption;
import org.infoshare.foi.rules.Stage;

/**
 * One partner asked for its views or data on a request: its clocks and its answer.
 *
 * @param receivedOn the day the partner received it (does not count towards the working days)
 * @param nation     whose bank holidays its working days skip
 */
public record Consultation(UUID id, UUID requestId, UUID organisationId, Instant sentAt, LocalDate receivedOn, Nation nation,
                           Status status, Instant respondedAt, UUID respondedBy, String views, Boolean concerns, Set<Exemption> exemptions,
                           Instant completedAt, UUID completedBy, String data, Stage remindedStage, Instant remindedAt,
                           Stage escalatedStage, Instant escalatedAt) {

    public enum Status { SENT, RESPONDED, COMPLETED }

    public boolean responded() {
        return status != Status.SENT;
    }

    public boolean completed() {
        return status == Status.COMPLETED;
    }
}
