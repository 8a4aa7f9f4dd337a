package org.infoshare.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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
    /** The engine's reading of each agreement version's terms, kept while the terms are the same. */
    private final Map<String, Mapped> mapped = new ConcurrentHashMap<>();
    private volatile AgreementRegister resolved;

    ApplicableAgreements(ObjectProvider<AgreementRegister> register) {
        this.register = register;
    }

    private record Mapped(AgreementTerms terms, ApplicableAgreement agreement) {
    }

    List<ApplicableAgreement> between(UUID holder, UUID recipient) {
        AgreementRegister agreements = resolved;
        if (agreements == null) {
            agreements = register.getIfAvailable();
            if (agreements == null) {
                return List.of();
            }
            resolved = agreements;
        }
        List<ApplicableAgreement> found = new ArrayList<>();
        for (AgreementTerms terms : agreements.between(holder, recipient)) {
            String key = terms.agreementId() + "/" + terms.version();
            Mapped known = mapped.get(key);
            if (known == null || !known.terms().equals(terms)) {
                known = new Mapped(terms, map(terms));
                mapped.put(key, known);
            }
            found.add(known.agreement());
        }
        return found;
    }

    static ApplicableAgreement map(AgreementTerms terms) {
        return ApplicableAgreement.from(terms);
    }
}
