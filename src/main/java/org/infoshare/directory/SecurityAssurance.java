package org.infoshare.directory;

import java.time.LocalDate;
import java.util.UUID;

/** A certificate or self-assessment the organisation holds, until when. */
public record SecurityAssurance(UUID id, AssuranceScheme scheme, String level, String reference, LocalDate validUntil) {

    public boolean isCurrentOn(LocalDate day) {
        return !day.isAfter(validUntil);
    }
}
