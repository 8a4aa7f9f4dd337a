package org.infoshare.agreement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link AgreementRegister} over the agreements' tables: the version in force, else the latest. */
@Component
class AgreementRegistry implements AgreementRegister {

    private final AgreementStore store;

    AgreementRegistry(AgreementStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgreementTerms> between(UUID organisationA, UUID organisationB) {
        return store.agreements(store.idsBetween(organisationA, organisationB)).stream()
                .map(AgreementRegistry::terms)
                .filter(terms -> terms.parties().contains(organisationA) && terms.parties().contains(organisationB))
                .toList();
    }

    private static <T> java.util.Set<T> nonNull(List<T> values) {
        java.util.Set<T> set = new LinkedHashSet<>();
        values.stream().filter(java.util.Objects::nonNull).forEach(set::add);
        return set;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgreementTerms> terms(UUID agreementId) {
        return store.agreement(agreementId).map(AgreementRegistry::terms);
    }

    static AgreementTerms terms(Agreement agreement) {
        Agreement.Version version = agreement.current();
        AgreementDocument d = version.document();
        return new AgreementTerms(
                agreement.id(),
                version.version(),
                agreement.reference(),
                d.title(),
                version.status(),
                d.sharingMode(),
                version.effectiveFrom(),
                version.terminatedOn(),
                new LinkedHashSet<>(d.partyIds()),
                d.purposes().stream().filter(java.util.Objects::nonNull).toList(),
                nonNull(d.lawfulBasis().allCodes()),
                d.dataItems().stream()
                        .map(item -> new DataItemTerms(item.code(), item.name(), item.category(), item.specialCategory(),
                                nonNull(item.recipients())))
                        .toList(),
                nonNull(d.transferMethods()));
    }
}
