package org.infoshare.decision;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.infoshare.consent.ConsentRecord;
import org.infoshare.consent.ConsentRegister;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.directory.OrganisationType;
import org.infoshare.directory.Team;
import org.infoshare.legal.BuiltInProvisions;
import org.infoshare.legal.ProvisionKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.shared.UkCalendar;
import org.infoshare.web.Option;
import org.springframework.stereotype.Component;

/**
 * The choices the decision forms offer that depend on the organisation and the person: recipients and their
 * teams, the person's consent records, the gateways this organisation can rely on, and the organisations that may
 * have given it information in confidence.
 */
@Component
class JourneyForms {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ConsentRegister consents;
    private final DirectoryLookup directory;

    JourneyForms(ConsentRegister consents, DirectoryLookup directory) {
        this.consents = consents;
        this.directory = directory;
    }

    List<Option> recipients(Actor actor) {
        List<Option> options = new ArrayList<>();
        for (Organisation organisation : directory.organisations()) {
            if (organisation.id().equals(actor.organisationId())) {
                continue;
            }
            options.add(new Option(organisation.id().toString(), organisation.name()));
            for (Team team : directory.teams(organisation.id())) {
                options.add(new Option(organisation.id() + ":" + team.id(), organisation.name() + " – " + team.name()));
            }
        }
        return options;
    }

    List<Option> consents(Actor actor, UUID subjectId) {
        Map<UUID, String> names = names();
        List<Option> options = new ArrayList<>();
        for (ConsentRecord record : consents.forSubject(actor, subjectId)) {
            String to = record.recipients().isEmpty() ? "everyone" : String.join(", ", record.recipients().stream().map(r -> names.getOrDefault(r, "another organisation")).toList());
            options.add(new Option(record.id().toString(), record.status().label() + " on " + DAY.format(record.givenAt().atZone(UkCalendar.ZONE))
                    + (record.explicit() ? ", explicit" : ", implied") + ": " + String.join(", ", record.purposes().stream().map(SharingPurpose::label).toList())
                    + "; with " + to + (record.validUntil() != null ? "; until " + DAY.format(record.validUntil()) : "")));
        }
        options.add(new Option(DecisionDraft.NOT_SOUGHT, "Consent has not been sought"));
        return options;
    }

    /** The statutory gateways this organisation can rely on (003 'Children Act 2004'; 004 §8.7). */
    List<Option> gateways(Actor actor) {
        OrganisationType type = directory.organisationTypes(List.of(actor.organisationId())).getOrDefault(actor.organisationId(), OrganisationType.OTHER);
        return BuiltInProvisions.ofKind(ProvisionKind.STATUTORY_GATEWAY).stream().filter(p -> p.mayBeReliedOnBy(type))
                .map(p -> new Option(p.code(), p.citation() + ": " + p.title())).toList();
    }

    List<Option> originators(Actor actor) {
        List<Option> options = new ArrayList<>();
        for (Organisation organisation : directory.organisations()) {
            if (!organisation.id().equals(actor.organisationId())) {
                options.add(new Option(organisation.id().toString(), organisation.name()));
            }
        }
        options.add(new Option(DecisionDraft.NONE, "No"));
        return options;
    }

    Map<UUID, String> names() {
        Map<UUID, String> names = new LinkedHashMap<>();
        directory.organisations().forEach(o -> names.put(o.id(), o.name()));
        return names;
    }
}
