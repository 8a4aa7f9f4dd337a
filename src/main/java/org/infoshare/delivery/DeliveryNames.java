package org.infoshare.delivery;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.infoshare.directory.DirectoryLookup;
import org.springframework.stereotype.Component;

/** Names of organisations, teams and people for pages and renderings, looked up in one place. */
@Component
class DeliveryNames {

    private final DirectoryLookup directory;

    DeliveryNames(DirectoryLookup directory) {
        this.directory = directory;
    }

    Map<UUID, String> organisations() {
        Map<UUID, String> names = new HashMap<>();
        directory.organisations().forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    Map<UUID, String> teams(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        ids.stream().filter(Objects::nonNull).distinct().forEach(id -> directory.team(id).ifPresent(t -> names.put(id, t.name())));
        return names;
    }

    Map<UUID, String> people(Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        return wanted.isEmpty() ? Map.of() : directory.displayNames(wanted);
    }

    /** The addressee as a phrase: the team or the named person, then their organisation. */
    String addressee(Disclosure d) {
        String organisation = organisations().getOrDefault(d.recipientOrganisationId(), "");
        String who = d.recipientUserId() != null ? people(List.of(d.recipientUserId())).getOrDefault(d.recipientUserId(), "a named person")
                : teams(List.of(d.recipientTeamId())).getOrDefault(d.recipientTeamId(), "a team") + " team";
        return who + ", " + organisation;
    }
}
