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
import org.springframework.stereotype.Component;

/** Agreements for the pages: their titles and terms, those that allow systematic sharing, and the recipients to choose from. */
@Component
class DatasetViews {

    private final AgreementRegister agreements;
    private final DirectoryLookup directory;

    DatasetViews(AgreementRegister agreements, DirectoryLookup directory) {
        this.agreements = agreements;
        this.directory = directory;
    }

    Map<UUID, String> agreementTitles(Collection<UUID> ids) {
        Map<UUID, String> titles = new HashMap<>();
        ids.stream().distinct().forEach(id -> agreements.terms(id).ifPresent(t -> titles.put(id, t.reference() + " – " + t.title())));
        return titles;
    }

    Optional<AgreementTerms> terms(UUID id) {
        return agreements.terms(id);
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

    /** The other organisations of the partnership, in the directory's order, for choosing a recipient. */
    Map<UUID, String> organisationChoices(Actor actor) {
        Map<UUID, String> choices = new LinkedHashMap<>();
        directory.organisations().stream().filter(o -> !o.id().equals(actor.organisationId())).forEach(o -> choices.put(o.id(), o.name()));
        return choices;
    }

    Map<UUID, String> teamChoices(UUID organisation) {
        Map<UUID, String> choices = new LinkedHashMap<>();
        directory.teams(organisation).forEach(t -> choices.put(t.id(), t.name()));
        return choices;
    }

    /** Every team in the partnership, labelled with its organisation, for choosing the team with a need to know. */
    Map<UUID, String> allTeamChoices(Actor actor) {
        Map<UUID, String> organisations = directory.names(List.of());
        Map<UUID, String> choices = new LinkedHashMap<>();
        directory.organisations().stream().filter(o -> !o.id().equals(actor.organisationId()))
                .flatMap(o -> directory.teams(o.id()).stream())
                .forEach((Team t) -> choices.put(t.id(), organisations.get(t.organisationId()) + ": " + t.name()));
        return choices;
    }
}
