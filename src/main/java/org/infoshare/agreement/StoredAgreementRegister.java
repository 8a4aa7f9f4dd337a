package org.infoshare.agreement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link AgreementRegister} over the agreements' tables: the version in force, else the latest. */
@Component
class StoredAgreementRegister implements AgreementRegister {

    private final AgreementStore store;
    private final Map<String, BuiltTerms> termsByVersion = new ConcurrentHashMap<>();

    StoredAgreementRegister(AgreementStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgreementTerms> between(UUID organisationA, UUID organisationB) {
        return store.currentVersionsBetween(organisationA, organisationB).stream()
                .map(this::terms)
                .filter(terms -> terms.parties().contains(organisationA) && terms.parties().contains(organisationB))
                .toList();
    }

    /**
     * The version's terms, built once per change of its row: the row's version (PostgreSQL's {@code xmin}, new
     * with every update and never reused by a rolled-back one) says whether the terms built before still hold.
     */
    private AgreementTerms terms(AgreementStore.VersionRow current) {
        String key = current.agreementId() + "/" + current.version();
        BuiltTerms cached = termsByVersion.get(key);
        if (cached != null && cached.rowVersion().equals(current.rowVersion())) {
            return cached.terms();
        }
        AgreementStore.StoredVersion stored = store.storedVersion(current.agreementId(), current.version());
        AgreementStore.VersionRow row = stored.columns();
        AgreementTerms terms = terms(row.agreementId(), row.version(), row.reference(), row.status(), row.effectiveFrom(),
                row.terminatedOn(), stored.document());
        termsByVersion.put(key, new BuiltTerms(row.rowVersion(), terms));
        return terms;
    }

    private record BuiltTerms(String rowVersion, AgreementTerms terms) {
    }

    private static <T> java.util.Set<T> nonNull(List<T> values) {
        java.util.Set<T> set = new LinkedHashSet<>();
        values.stream().filter(java.util.Objects::nonNull).forEach(set::add);
        return set;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgreementTerms> terms(UUID agreementId) {
        return store.agreement(agreementId).map(StoredAgreementRegister::terms);
    }

    static AgreementTerms terms(Agreement agreement) {
        Agreement.Version version = agreement.current();
        return terms(agreement.id(), version.version(), agreement.reference(), version.status(), version.effectiveFrom(),
                version.terminatedOn(), version.document());
    }

    private static AgreementTerms terms(UUID agreementId, int version, String reference, AgreementStatus status,
                                        LocalDate effectiveFrom, LocalDate terminatedOn, AgreementDocument d) {
        return new AgreementTerms(
                agreementId,
                version,
                reference,
                d.title(),
                status,
                d.sharingMode(),
                effectiveFrom,
                terminatedOn,
                new LinkedHashSet<>(d.partyIds()),
                d.purposes().stream().map(AgreementDocument.Purpose::code).filter(Objects::nonNull).collect(Collectors.toSet()),
                nonNull(d.lawfulBasis().allCodes()),
                d.dataItems().stream()
                        .map(item -> new DataItemTerms(item.code(), item.name(), item.category(), item.specialCategory(),
                                nonNull(item.recipients())))
                        .toList(),
                nonNull(d.transferMethods()),
                consentBasis(d));
    }

    private static Map<UUID, Boolean> consentBasis(AgreementDocument d) {
        Map<UUID, Boolean> declared = new HashMap<>();
        d.parties().stream().filter(p -> p.organisationId() != null && p.reliesOnConsent() != null)
                .forEach(p -> declared.put(p.organisationId(), p.reliesOnConsent()));
        return declared;
    }
}
