package org.infoshare.incident.rules;

import java.util.Objects;
import java.util.Set;

/**
 * What the Data Protection Officer judges about an incident: the facts a risk assessment weighs.
 *
 * @param peopleAffected  how many people, as best known; null when not known yet
 * @param lawEnforcement  the information was processed for law enforcement purposes by a competent authority, so
 *                        DPA 2018 Part 3 applies (s67-68) rather than UK GDPR Art 33-34
 */
public record RiskInputs(Likelihood likelihood, Severity severity, Set<DataAffected> dataAffected, Integer peopleAffected,
                         Encryption encryption, Containment containment, boolean lawEnforcement) {

    public RiskInputs {
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(encryption, "encryption");
        Objects.requireNonNull(containment, "containment");
        dataAffected = Set.copyOf(dataAffected);
    }
}
