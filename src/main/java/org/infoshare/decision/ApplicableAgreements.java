package org.infoshare.decision;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.agreement.AgreementRegister;
import org.infoshare.agreement.AgreementTerms;
import org.infoshare.agreement.DataItemTerms;
import org.infoshare.agreement.SharingMode;
import org.infoshare.decision.rules.ApplicableAgreement;
import org.infoshare.shared.SharingPurpose;
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
        Set<SharingPurpose> purposes = EnumSet.noneOf(SharingPurpose.class);
        terms.purposes().forEach(text -> purposes.addAll(SharingPurpose.mentionedIn(text)));
        List<ApplicableAgreement.AgreementItem> items = new ArrayList<>();
        for (DataItemTerms item : terms.dataItems()) {
            items.add(new ApplicableAgreement.AgreementItem(item.code(), item.name(), item.category(), item.specialCategory(), item.recipients()));
        }
        return new ApplicableAgreement(terms.agreementId(), terms.reference(), terms.title(), terms.inForce(), terms.status().label(),
                terms.mode() != SharingMode.SYSTEMATIC, terms.mode().allowsSystematic(), terms.effectiveFrom(), terms.parties(),
                purposes, ApplicableAgreement.itemsByCode(items), terms.transferMethods());
    }
}
