package org.infoshare.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.infoshare.agreement.AgreementRegister;
import org.infoshare.agreement.AgreementTerms;
import org.infoshare.decision.rules.ApplicableAgreement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The agreements between a holder and a recipient, as the engine reads them. Without an agreement register
 * (or with no agreement) the list is empty: a missing agreement is never by itself a reason not to share (001 Q13).
 */
@Component
class ApplicableAgreements {

    private final ObjectProvider<AgreementRegister> register;

    ApplicableAgreements(ObjectProvider<AgreementRegister> register) {
        this.register = register;
    }

    List<ApplicableAgreement> between(UUID holder, UUID recipient) {
        AgreementRegister agreements = register.getIfAvailable();
        if (agreements == null) {
            return List.of();
        }
        List<ApplicableAgreement> found = new ArrayList<>();
        for (AgreementTerms terms : agreements.between(holder, recipient)) {
            found.add(map(terms));
        }
        return found;
    }

    static ApplicableAgreement map(AgreementTerms terms) {
        return ApplicableAgreement.from(terms);
    }
}
