package org.infoshare.delivery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.subject.Subjects;
import org.springframework.stereotype.Component;

/** The names delivery's pages show: organisations, teams and people, and the sender's own people by name and reference. */
@Component
class DisclosureLabels {

    private final DirectoryLookup directory;
    private final Subjects subjects;

    DisclosureLabels(DirectoryLookup directory, Subjects subjects) {
        this.directory = directory;
        this.subjects = subjects;
    }

    /** Every organisation, and the teams and people these disclosures name. */
    Map<UUID, String> names(Collection<Disclosure> list) {
        List<UUID> named = new ArrayList<>();
        list.forEach(d -> named.addAll(Arrays.asList(d.recipientTeamId(), d.recipientUserId(), d.sentBy())));
        return directory.names(named);
    }

    /** The sender's own subjects' references and names, for the sender's pages only. */
    Map<UUID, String> subjects(Actor actor, Collection<UUID> ids) {
        Map<UUID, String> labels = new HashMap<>();
        ids.stream().filter(Objects::nonNull).distinct().forEach(id -> subjects.find(id)
                .filter(s -> actor.belongsTo(s.organisationId()))
                .ifPresent(s -> labels.put(id, s.name() + " (" + s.reference() + ")")));
        return labels;
    }
}
