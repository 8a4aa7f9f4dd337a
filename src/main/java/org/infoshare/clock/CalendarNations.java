package org.infoshare.clock;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.infoshare.clock.rules.Nation;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which nation's bank holidays count: an organisation's own choice, else the partnership's, else England and
 * Wales. A partnership administrator sets the partnership's; an organisation's Data Protection Officer or
 * partnership administrator sets their own organisation's (no one sets another organisation's).
 */
@Service
class CalendarNations {

    /** The nation in force for an organisation, and whether it chose it or inherits it. */
    public record Choice(Nation nation, boolean chosen) {
    }

    private final CalendarStore store;
    private final DirectoryLookup directory;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    CalendarNations(CalendarStore store, DirectoryLookup directory, CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Nation partnership() {
        return store.partnershipNation().orElse(Nation.DEFAULT);
    }

    @Transactional(readOnly = true)
    public Choice of(UUID organisationId) {
        return store.organisationNation(organisationId).map(n -> new Choice(n, true))
                .orElseGet(() -> new Choice(partnership(), false));
    }

    /** Each organisation's own choice; organisations missing from it follow the partnership. */
    @Transactional(readOnly = true)
    public Map<UUID, Nation> organisationChoices() {
        return store.organisationNations();
    }

    @Transactional
    public void chooseForPartnership(Actor actor, CalendarCommands.ChooseNation command) {
        if (!actor.hasRole(Role.PARTNERSHIP_ADMINISTRATOR)) {
            throw new ForbiddenException("Only partnership administrators choose the partnership's nation");
        }
        validator.check(command);
        store.choosePartnershipNation(command.nation(), actor.userId(), clock.instant());
        ledger.record(ClockEvents.partnershipNationChosen(actor, command.nation()));
    }

    /** The caller's own organisation: its Data Protection Officer or a partnership administrator in it chooses. */
    @Transactional
    public void chooseForOrganisation(Actor actor, CalendarCommands.ChooseNation command) {
        if (!mayChoose(actor)) {
            throw new ForbiddenException("Only the organisation's Data Protection Officer or a partnership administrator chooses its nation");
        }
        UUID organisationId = actor.organisationId();
        directory.organisation(organisationId).orElseThrow(() -> new NotFoundException("Organisation"));
        validator.check(command);
        store.chooseOrganisationNation(organisationId, command.nation(), actor.userId(), clock.instant());
        ledger.record(ClockEvents.organisationNationChosen(actor, organisationId, command.nation()));
    }

    public boolean mayChoose(Actor actor) {
        return actor.hasAnyRole(Role.PARTNERSHIP_ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER);
    }
}
