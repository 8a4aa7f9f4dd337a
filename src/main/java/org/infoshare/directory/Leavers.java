package org.infoshare.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * What someone leaves behind when their access ends, gathered before it is revoked: what other modules hold
 * addressed to them ({@link LeaverHandover}), and the teams they would leave with nobody in them; and the colleagues
 * who may take it over (people, not partner systems, of the same organisation, whose access is active).
 */
@Component
class Leavers {

    /** What the administrator is shown before revoking, and what must be handed over. */
    record LeftBehind(List<LeaverHandover.LeftBehind> addressedToThem, List<Team> teamsLeftEmpty) {
        boolean needsAColleague() {
            return !addressedToThem.isEmpty();
        }
    }

    private final List<LeaverHandover> handovers;
    private final DirectoryStore store;
    private final OrganisationStore organisations;

    Leavers(List<LeaverHandover> handovers, DirectoryStore store, OrganisationStore organisations) {
        this.handovers = handovers;
        this.store = store;
        this.organisations = organisations;
    }

    LeftBehind of(StaffMember leaver) {
        List<LeaverHandover.LeftBehind> addressed = new ArrayList<>();
        for (LeaverHandover handover : handovers) {
            handover.leftBehind(leaver.organisationId(), leaver.id()).ifPresent(addressed::add);
        }
        List<StaffMember> others = colleagues(leaver);
        List<Team> empty = new ArrayList<>();
        for (UUID teamId : leaver.teamIds()) {
            if (others.stream().noneMatch(p -> p.teamIds().contains(teamId))) {
                organisations.team(teamId).ifPresent(empty::add);
            }
        }
        empty.sort(Comparator.comparing(Team::name));
        return new LeftBehind(addressed, empty);
    }

    /** The colleague, if they may take over. */
    Optional<StaffMember> colleague(StaffMember leaver, UUID colleagueId) {
        return colleagueId == null ? Optional.empty() : colleagues(leaver).stream().filter(p -> p.id().equals(colleagueId)).findFirst();
    }

    /** Those who could take over, teammates first, then by name. */
    List<StaffMember> colleagues(StaffMember leaver) {
        return store.staffOf(leaver.organisationId()).stream()
                .filter(p -> p.active() && p.kind() == Actor.Kind.PERSON && !p.id().equals(leaver.id()))
                .sorted(Comparator.comparing((StaffMember p) -> p.teamIds().stream().noneMatch(leaver.teamIds()::contains))
                        .thenComparing(p -> p.displayName().toLowerCase(Locale.ROOT)))
                .toList();
    }

    void handOver(UUID organisationId, UUID byUserId, UUID leaverId, UUID colleagueId) {
        handovers.forEach(handover -> handover.handOver(organisationId, byUserId, leaverId, colleagueId));
    }
}
