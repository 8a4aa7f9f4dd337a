package org.infoshare.agreement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How other modules (case-by-case decisions, deliveries) read agreements. Answers are the terms of the
 * version in force (the active one), or, for an agreement never yet active, its latest version.
 */
public interface AgreementRegister {

    /** Every agreement both organisations are parties to, in any status, newest first. */
    List<AgreementTerms> between(UUID organisationA, UUID organisationB);

    /** One agreement's terms, whatever its status. */
    Optional<AgreementTerms> terms(UUID agreementId);
}
