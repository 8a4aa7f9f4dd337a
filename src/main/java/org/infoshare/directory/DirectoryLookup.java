package org.infoshare.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read from the directory: organisations and teams (partnership-wide, as needed to
 * address a share), and people's names and memberships for showing who did what.
 */
@Component
public class DirectoryLookup {

    private final DirectoryStore store;
    private final OrganisationStore organisationStore;

    DirectoryLookup(DirectoryStore store, OrganisationStore organisationStore) {
        this.store = store;
        this.organisationStore = organisationStore;
    }

    public record Person(UUID id, UUID organisationId, String displayName, java.util.Set<org.infoshare.shared.Role> roles,
                         java.util.Set<UUID> teamIds, boolean active) {
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> organisation(UUID id) {
        return organisationStore.organisation(id);
    }

    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return organisationStore.organisations();
    }

    /** The type of each of these organisations that is in the partnership (one query; others are absent). */
    @Transactional(readOnly = true)
    public Map<UUID, OrganisationType> organisationTypes(Collection<UUID> ids) {
        return organisationStore.organisationTypes(ids);
    }

    @Transactional(readOnly = true)
    public Optional<Team> team(UUID id) {
        return organisationStore.team(id);
    }

    @Transactional(readOnly = true)
    public List<Team> teams(UUID organisationId) {
        return organisationStore.teams(organisationId);
    }

    @Transactional(readOnly = true)
    public Optional<Person> person(UUID id) {
        return store.staff(id).map(DirectoryLookup::person);
    }

    @Transactional(readOnly = true)
    public List<Person> people(UUID organisationId) {
        return store.staffOf(organisationId).stream().map(DirectoryLookup::person).toList();
    }

    @Transactional(readOnly = true)
    public List<Person> members(UUID teamId) {
        return store.staffOfTeam(teamId).stream().map(DirectoryLookup::person).toList();
    }

    /**
     * The e-mail address of an active member of staff, for telling them that something is waiting for them
     * (never what); empty for a revoked account or one without an address.
     */
    @Transactional(readOnly = true)
    public Optional<String> emailAddress(UUID id) {
        return store.staff(id).filter(StaffMember::active).map(StaffMember::email).filter(email -> !email.isBlank());
    }

    /**
     * Names for showing who's who, from one query: every organisation in the partnership (in name order), then
     * each team and person among {@code ids} (nulls and unknown ids are left out). Ids never repeat across
     * organisations, teams and people, so one map serves a whole page.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(Collection<UUID> ids) {
        return store.names(ids);
    }

    @Transactional(readOnly = true)
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        return store.displayNames(ids);
    }

    private static Person person(StaffMember member) {
        return new Person(member.id(), member.organisationId(), member.displayName(), member.roles(), member.teamIds(), member.active());
    }
}
