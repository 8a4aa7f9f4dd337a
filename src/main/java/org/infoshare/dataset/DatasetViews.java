package org.infoshare.dataset;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.agreement.AgreementRegister;
import org.infoshare.agreement.AgreementTerms;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.directory.Team;
import org.infoshare.shared.Actor;
import org.infoshare.web.Option;
import org.springframework.stereotype.Component;

/** Names for the pages: agreements, organisations, teams and people, looked up in one place. */
@Component
class DatasetViews {

    private final AgreementRegister agreements;
    private final DirectoryLookup directory;

    DatasetViews(AgreementRegister agreements, DirectoryLookup directory) {
        this.agreements = agreements;
        this.directory = directory;
    }

    Map<UUID, String> organisationNames() {
        Map<UUID, String> names = new HashMap<>();
        directory.organisations().forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    Map<UUID, String> teamNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        ids.stream().distinct().forEach(id -> directory.team(id).ifPresent(t -> names.put(id, t.name())));
        return names;
    }

    Map<UUID, String> agreementTitles(Collection<UUID> ids) {
        Map<UUID, String> titles = new HashMap<>();
        ids.stream().distinct().forEach(id -> agreements.terms(id).ifPresent(t -> titles.put(id, t.reference() + " – " + t.title())));
        return titles;
    }

    Optional<AgreementTerms> terms(UUID id) {
        return agreements.terms(id);
    }

    Map<UUID, String> people(Collection<UUID> ids) {
        return directory.displayNames(ids.stream().distinct().toList());
    }

    /** Agreements your organisation is a party to that are in force and allow systematic sharing. */
    List<AgreementTerms> agreementsFor(Actor actor) {
        Map<UUID, AgreementTerms> found = new LinkedHashMap<>();
        for (Organisation other : directory.organisations()) {
            if (!other.id().equals(actor.organisationId())) {
                agreements.between(actor.organisationId(), other.id()).stream()
                        .filter(AgreementTerms::inForce)
                        .filter(t -> t.mode().allowsSystematic())
                        .forEach(t -> found.putIfAbsent(t.agreementId(), t));
            }
        }
        return List.copyOf(found.values());
    }

    List<Option> organisationOptions(Actor actor) {
        return directory.organisations().stream().filter(o -> !o.id().equals(actor.organisationId()))
                .map(o -> new Option(o.id().toString(), o.name())).toList();
    }

    List<Option> teamOptions(UUID organisation) {
        return directory.teams(organisation).stream().map(t -> new Option(t.id().toString(), t.name())).toList();
    }

    /** Every team in the partnership, labelled with its organisation, for choosing the team with a need to know. */
    List<Option> allTeamOptions(Actor actor) {
        Map<UUID, String> organisations = organisationNames();
        return directory.organisations().stream().filter(o -> !o.id().equals(actor.organisationId()))
                .flatMap(o -> directory.teams(o.id()).stream())
                .map((Team t) -> new Option(t.id().toString(), organisations.get(t.organisationId()) + ": " + t.name()))
                .toList();
    }
}
