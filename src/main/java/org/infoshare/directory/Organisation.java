package org.infoshare.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A partner agency: a data controller in its own right (002 §1.2). */
public record Organisation(
        UUID id,
        String name,
        OrganisationType type,
        String icoRegistration,
        ControllerRole controllerRole,
        Contact dataProtectionOfficer,
        Contact caldicottGuardian,
        List<SecurityAssurance> assurances,
        int version) {

    public boolean hasCurrentAssuranceOn(LocalDate day) {
        return assurances.stream().anyMatch(a -> a.isCurrentOn(day));
    }
}
