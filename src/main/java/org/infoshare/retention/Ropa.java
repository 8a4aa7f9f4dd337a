package org.infoshare.retention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.infoshare.agreement.Agreement;
import org.infoshare.agreement.AgreementDocument;
import org.infoshare.agreement.AgreementStatus;
import org.infoshare.agreement.Agreements;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.problem.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of processing activities (UK GDPR Art 30; 002 §4.9), generated, never typed: one entry per agreement
 * the organisation is a party to, from the version in force (or the latest), with what the organisation actually
 * sent under it and the retention rules in force. For its DPO, Caldicott Guardian and auditors.
 */
@Service
public class Ropa {

    private final Agreements agreements;
    private final RetentionRules rules;
    private final DirectoryLookup directory;
    private final RetentionStore store;

    Ropa(Agreements agreements, RetentionRules rules, DirectoryLookup directory, RetentionStore store) {
        this.agreements = agreements;
        this.rules = rules;
        this.directory = directory;
        this.store = store;
    }

    @Transactional(readOnly = true)
    public List<RopaEntry> of(Actor actor) {
        if (!actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR)) {
            throw new ForbiddenException("The record of processing is for the DPO, the Caldicott Guardian and auditors");
        }
        List<StoredRule> inForce = rules.current(actor);
        List<RopaEntry> entries = new ArrayList<>();
        for (Agreement agreement : agreements.visibleTo(actor)) {
            Optional<Agreement.Version> version = current(agreement);
            if (version.isEmpty() || !version.get().document().partyIds().contains(actor.organisationId())) {
                continue;
            }
            Map<UUID, Long> sent = store.sentUnder(actor.organisationId(), agreement.id());
            Map<UUID, String> names = namesOf(version.get(), sent.keySet());
            List<String> actuallySent = sent.entrySet().stream().map(e -> names.get(e.getKey()) + ": " + e.getValue()).sorted().toList();
            List<String> retention = applying(inForce, agreement).map(r -> r.rule().type().label() + ": " + r.describe()).toList();
            entries.add(entry(agreement, version.get(), names, actuallySent, retention));
        }
        entries.sort(Comparator.comparing(RopaEntry::reference));
        return entries;
    }

    /**
     * The partnership's record, for its administrators and auditors: every agreement that has ever been in force, with
     * what each party sent to each other party under it and each party's retention rules that apply. Each controller's
     * own record stays {@link #of}; this one lets the partnership see its processing whole.
     */
    @Transactional(readOnly = true)
    public List<RopaEntry> ofPartnership(Actor actor) {
        if (!actor.hasAnyRole(Role.PARTNERSHIP_ADMINISTRATOR, Role.AUDITOR)) {
            throw new ForbiddenException("The partnership's record of processing is for partnership administrators and auditors");
        }
        List<RopaEntry> entries = new ArrayList<>();
        for (Agreement agreement : agreements.visibleTo(actor)) {
            Optional<Agreement.Version> version = current(agreement);
            if (!agreement.everInForce() || version.isEmpty()) {
                continue;
            }
            List<RetentionStore.SentBetween> sent = store.sentUnder(agreement.id());
            List<UUID> ids = new ArrayList<>();
            sent.forEach(s -> ids.addAll(List.of(s.from(), s.to())));
            Map<UUID, String> names = namesOf(version.get(), ids);
            List<String> actuallySent = sent.stream().map(s -> names.get(s.from()) + " to " + names.get(s.to()) + ": " + s.count()).sorted().toList();
            List<String> retention = version.get().document().partyIds().stream()
                    .flatMap(party -> applying(store.currentRules(party), agreement)
                            .map(r -> names.get(party) + ", " + r.rule().type().label() + ": " + r.describe()))
                    .sorted().toList();
            entries.add(entry(agreement, version.get(), names, actuallySent, retention));
        }
        entries.sort(Comparator.comparing(RopaEntry::reference));
        return entries;
    }

    private Map<UUID, String> namesOf(Agreement.Version version, Collection<UUID> others) {
        List<UUID> ids = new ArrayList<>(version.document().partyIds());
        ids.addAll(others);
        return directory.names(ids);
    }

    /** The rules in force for every agreement, and those set for this one. */
    private static Stream<StoredRule> applying(List<StoredRule> inForce, Agreement agreement) {
        return inForce.stream().filter(r -> r.agreementId() == null || r.agreementId().equals(agreement.id()));
    }

    private static RopaEntry entry(Agreement agreement, Agreement.Version version, Map<UUID, String> names, List<String> actuallySent,
                                   List<String> rulesInForce) {
        AgreementDocument d = version.document();
        List<UUID> parties = d.partyIds();
        List<String> lawful = Stream.of(d.lawfulBasis().article6(), d.lawfulBasis().article9(), d.lawfulBasis().specialCategoryConditions(),
                        d.lawfulBasis().article10(), d.lawfulBasis().criminalOffenceConditions(), d.lawfulBasis().section35(),
                        d.lawfulBasis().schedule8(), d.lawfulBasis().statutoryGateways(), d.lawfulBasis().commonLaw())
                .filter(Objects::nonNull).flatMap(List::stream).distinct().toList();
        List<String> data = d.dataItems().stream().map(i -> i.name() + " (" + i.category().label()
                + (i.specialCategory() == null ? "" : ": " + i.specialCategory().label()) + ")").toList();
        List<String> recipients = d.dataItems().stream().flatMap(i -> i.recipients().stream()).distinct().map(names::get).sorted().toList();
        List<String> retention = new ArrayList<>(rulesInForce);
        if (d.retention() != null && !d.retention().isBlank()) {
            retention.add("The agreement: " + d.retention().strip());
        }
        List<String> security = new ArrayList<>(d.transferMethods().stream().map(t -> t.label()).toList());
        if (d.securityMeasures() != null && !d.securityMeasures().isBlank()) {
            security.add(d.securityMeasures().strip());
        }
        return new RopaEntry(agreement.id(), agreement.reference(), d.title(), version.status().name(),
                d.purposes().stream().map(p -> p.code().label()).toList(), lawful,
                d.dataSubjects().stream().map(s -> s.label()).toList(), data,
                parties.stream().map(names::get).sorted().toList(), recipients, actuallySent,
                retention, security, d.outsideUkProcessing() == null || d.outsideUkProcessing().isBlank() ? "None stated" : d.outsideUkProcessing().strip());
    }

    /** The version in force; an agreement never yet in force is described by its latest version. */
    private static Optional<Agreement.Version> current(Agreement agreement) {
        return agreement.versions().stream().filter(v -> v.status() == AgreementStatus.ACTIVE).findFirst()
                .or(() -> agreement.versions().isEmpty() ? Optional.empty() : Optional.of(agreement.versions().get(agreement.versions().size() - 1)));
    }
}
