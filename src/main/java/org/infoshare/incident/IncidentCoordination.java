package org.infoshare.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.infoshare.delivery.Notifications;
import org.infoshare.delivery.Waiting;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working an incident with the other parties (002 §4.8): the owner tells another organisation's Data Protection
 * Officer through the platform; the party acknowledges and answers; both write notes the other reads. Misuse is
 * referred to the owner's disciplinary process, professional standards or the police: recorded here, managed
 * there.
 */
@Service
public class IncidentCoordination {

    private final IncidentStore store;
    private final Incidents incidents;
    private final DirectoryLookup directory;
    private final Notifications notifications;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    IncidentCoordination(IncidentStore store, Incidents incidents, DirectoryLookup directory, Notifications notifications,
                         CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.incidents = incidents;
        this.directory = directory;
        this.notifications = notifications;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The owner tells another party, whose Data Protection Officers are notified that an incident is waiting. */
    @Transactional
    public Incident tellParty(Actor actor, UUID id, IncidentCommands.TellParty command) {
        Incident incident = acting(actor, id, true);
        validator.check(command);
        if (command.organisationId().equals(incident.organisationId())) {
            throw InvalidRequestException.of("organisationId", "other-organisation", "Choose another organisation: this incident is your own");
        }
        directory.organisation(command.organisationId())
                .orElseThrow(() -> InvalidRequestException.of("organisationId", "unknown", "Choose an organisation in the partnership"));
        if (!store.insertParty(id, incident.organisationId(), command.organisationId(), command.message().strip(), actor.userId(), clock.instant())) {
            throw new ConflictException("organisationId", "already-told", "That organisation has already been told of this incident");
        }
        ledger.record(IncidentEvents.partyTold(actor, incident, command.organisationId()));
        List<DirectoryLookup.Person> dpos = directory.people(command.organisationId()).stream()
                .filter(p -> p.active() && p.roles().contains(Role.DATA_PROTECTION_OFFICER)).toList();
        dpos.forEach(p -> notifications.somethingWaiting(p.id(), command.organisationId(), Waiting.INCIDENT, "/incidents/" + id));
        return incident;
    }

    @Transactional
    public void acknowledge(Actor actor, UUID id) {
        Incident incident = acting(actor, id, false);
        if (!store.acknowledge(id, actor.organisationId(), actor.userId(), clock.instant())) {
            throw new ConflictException("", "already-acknowledged", "Your organisation has already acknowledged this incident");
        }
        ledger.record(IncidentEvents.partyAcknowledged(actor, incident));
    }

    @Transactional
    public void respond(Actor actor, UUID id, IncidentCommands.Respond command) {
        Incident incident = acting(actor, id, false);
        validator.check(command);
        store.respond(id, incident.organisationId(), actor.organisationId(), command.response(), IncidentStore.blankToNull(command.notes()),
                actor.userId(), clock.instant());
        ledger.record(IncidentEvents.partyResponded(actor, incident, command.response()));
    }

    /** A note from the owner or a party told of the incident; each reads the other's. */
    @Transactional
    public UUID addNote(Actor actor, UUID id, IncidentCommands.AddNote command) {
        Incident incident = store.find(id).orElseThrow(() -> new NotFoundException("Incident"));
        if (!incidents.access(actor, incident).acts()) {
            throw new ForbiddenException("Only the Data Protection Officer or Caldicott Guardian writes notes on an incident");
        }
        validator.check(command);
        UUID note = UUID.randomUUID();
        store.insertNote(note, id, incident.organisationId(), actor.organisationId(), command.note().strip(), actor.userId(), clock.instant());
        ledger.record(IncidentEvents.noteAdded(actor, incident, note));
        return note;
    }

    @Transactional
    public UUID refer(Actor actor, UUID id, IncidentCommands.Refer command) {
        Incident incident = acting(actor, id, true);
        validator.check(command);
        if (command.staffMemberId() != null && directory.person(command.staffMemberId())
                .filter(p -> p.organisationId().equals(incident.organisationId())).isEmpty()) {
            throw InvalidRequestException.of("staffMemberId", "own-staff", "Choose a member of your own organisation's staff");
        }
        LocalDate today = UkCalendar.today(clock);
        LocalDate referredOn = command.referredOn() == null ? today : command.referredOn();
        if (referredOn.isAfter(today)) {
            throw InvalidRequestException.of("referredOn", "not-future", "The date of the referral cannot be in the future");
        }
        UUID referral = UUID.randomUUID();
        store.insertReferral(referral, id, incident.organisationId(), command, referredOn, actor.userId(), Instant.now(clock));
        ledger.record(IncidentEvents.referred(actor, incident, referral, command.referredTo()));
        return referral;
    }

    /** The incident, if the actor handles it: as its owner, or as a party told of it. */
    private Incident acting(Actor actor, UUID id, boolean asOwner) {
        Incident incident = store.lock(id).orElseThrow(() -> new NotFoundException("Incident"));
        IncidentAccess access = incidents.access(actor, incident);
        if (access != (asOwner ? IncidentAccess.HANDLER : IncidentAccess.PARTY_HANDLER)) {
            throw new ForbiddenException(asOwner ? "Only the organisation's Data Protection Officer or Caldicott Guardian takes this step"
                    : "Only a party's Data Protection Officer or Caldicott Guardian answers for it");
        }
        if (asOwner && !incident.open()) {
            throw new ConflictException("", "closed", "This incident is closed");
        }
        return incident;
    }
}
