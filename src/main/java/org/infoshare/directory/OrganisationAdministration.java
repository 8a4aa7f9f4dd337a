package org.infoshare.directory;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboarding partners and keeping their profiles, teams and security assurance current. Any partnership
 * administrator may onboard a new partner (with its first administrator); after that only the partner's
 * own administrators change it.
 */
@Service
public class OrganisationAdministration {

    private final OrganisationStore store;
    private final StaffAdministration staff;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    OrganisationAdministration(OrganisationStore store, StaffAdministration staff, CommandValidator validator,
                               Ledger ledger, Clock clock) {
        this.store = store;
        this.staff = staff;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return store.organisations();
    }

    @Transactional(readOnly = true)
    public Organisation organisation(UUID id) {
        return store.organisation(id).orElseThrow(() -> new NotFoundException("Organisation"));
    }

    /** Onboards a partner and its first partnership administrator, together or not at all. */
    @Transactional
    public Organisation create(Actor actor, DirectoryCommands.CreateOrganisation command) {
        validator.check(command);
        if (!command.firstAdministrator().roles().contains(Role.PARTNERSHIP_ADMINISTRATOR)) {
            throw InvalidRequestException.of("firstAdministrator.roles", "includes-administrator",
                    "The first member of staff must be a partnership administrator");
        }
        if (store.organisationNameTaken(command.name(), null)) {
            throw new ConflictException("name", "unique", "An organisation called '" + command.name().strip() + "' is already in the directory");
        }
        UUID id = UUID.randomUUID();
        store.insertOrganisation(id, command, clock.instant());
        ledger.record(DirectoryEvents.organisationCreated(actor, id, command.type(), command.controllerRole()));
        staff.createFirstAdministrator(actor, id, command.firstAdministrator());
        return organisation(id);
    }

    @Transactional
    public Organisation update(Actor actor, UUID id, DirectoryCommands.UpdateOrganisation command) {
        Organisation current = administrable(actor, id);
        validator.check(command);
        if (command.version() != current.version()) {
            throw DirectoryStore.staleVersion();
        }
        if (store.organisationNameTaken(command.name(), id)) {
            throw new ConflictException("name", "unique", "An organisation called '" + command.name().strip() + "' is already in the directory");
        }
        store.updateOrganisation(id, command, clock.instant());
        ledger.record(DirectoryEvents.organisationUpdated(actor, id, current.version()));
        return organisation(id);
    }

    @Transactional
    public Organisation addAssurance(Actor actor, UUID organisationId, DirectoryCommands.AddAssurance command) {
        administrable(actor, organisationId);
        validator.check(command);
        UUID id = UUID.randomUUID();
        store.insertAssurance(organisationId, id, command);
        ledger.record(DirectoryEvents.assuranceAdded(actor, organisationId, id, command.scheme(), command.validUntil()));
        return organisation(organisationId);
    }

    @Transactional
    public Organisation removeAssurance(Actor actor, UUID organisationId, UUID assuranceId) {
        administrable(actor, organisationId);
        if (!store.deleteAssurance(organisationId, assuranceId)) {
            throw new NotFoundException("Security assurance");
        }
        ledger.record(DirectoryEvents.assuranceRemoved(actor, organisationId, assuranceId));
        return organisation(organisationId);
    }

    @Transactional(readOnly = true)
    public List<Team> teams(UUID organisationId) {
        organisation(organisationId);
        return store.teams(organisationId);
    }

    @Transactional
    public Team createTeam(Actor actor, UUID organisationId, DirectoryCommands.SaveTeam command) {
        administrable(actor, organisationId);
        validator.check(command);
        if (store.teamNameTaken(organisationId, command.name(), null)) {
            throw new ConflictException("name", "unique", "This organisation already has a team called '" + command.name().strip() + "'");
        }
        UUID id = UUID.randomUUID();
        store.insertTeam(id, organisationId, command, clock.instant());
        ledger.record(DirectoryEvents.teamCreated(actor, organisationId, id));
        return store.team(id).orElseThrow();
    }

    @Transactional
    public Team updateTeam(Actor actor, UUID organisationId, UUID teamId, DirectoryCommands.SaveTeam command) {
        administrable(actor, organisationId);
        Team team = store.team(teamId).filter(t -> t.organisationId().equals(organisationId))
                .orElseThrow(() -> new NotFoundException("Team"));
        validator.check(command);
        if (store.teamNameTaken(organisationId, command.name(), teamId)) {
            throw new ConflictException("name", "unique", "This organisation already has a team called '" + command.name().strip() + "'");
        }
        store.updateTeam(team.id(), command);
        ledger.record(DirectoryEvents.teamUpdated(actor, organisationId, teamId));
        return store.team(teamId).orElseThrow();
    }


    /** The organisation, if this actor administers it: visible to all, changeable only by its own administrators. */
    @Transactional(readOnly = true)
    public Organisation administrable(Actor actor, UUID organisationId) {
        Organisation organisation = organisation(organisationId);
        if (!actor.belongsTo(organisationId) || !actor.hasRole(Role.PARTNERSHIP_ADMINISTRATOR)) {
            throw new ForbiddenException("Only " + organisation.name() + "'s own partnership administrators can change its directory entry");
        }
        return organisation;
    }
}
