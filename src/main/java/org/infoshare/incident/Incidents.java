package org.infoshare.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.clock.StatutoryClock;
import org.infoshare.delivery.Notifications;
import org.infoshare.delivery.Waiting;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.incident.rules.DataAffected;
import org.infoshare.incident.rules.IncidentKind;
import org.infoshare.incident.rules.RiskLevel;
import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListCodes;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.Role;
import org.infoshare.shared.events.PotentialIncident;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.validation.CommandValidator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting and reading incidents. Anyone signed in reports one for their own organisation, whose Data Protection
 * Officer is told at once (a notification that an incident is waiting, and the register). Withdrawn disclosures
 * and refused attempts to open records arrive as {@link PotentialIncident}s in the transaction that recorded them;
 * repeated refused attempts by one person on one record count against one open incident.
 */
@Service
public class Incidents {

    private final IncidentStore store;
    private final IncidentListStore lists;
    private final StatutoryClock statutoryClock;
    private final DirectoryLookup directory;
    private final Notifications notifications;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    Incidents(IncidentStore store, IncidentListStore lists, StatutoryClock statutoryClock, DirectoryLookup directory, Notifications notifications,
              CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.lists = lists;
        this.statutoryClock = statutoryClock;
        this.directory = directory;
        this.notifications = notifications;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    // --- reporting --------------------------------------------------------------------------------------

    @Transactional
    public Incident report(Actor actor, IncidentCommands.ReportIncident command) {
        validator.check(command);
        Instant now = clock.instant();
        Instant aware = command.awareAt() == null ? now : command.awareAt();
        if (aware.isAfter(now)) {
            throw InvalidRequestException.of("awareAt", "not-future", "The time you became aware cannot be in the future");
        }
        if (command.occurredAt() != null && command.occurredAt().isAfter(now)) {
            throw InvalidRequestException.of("occurredAt", "not-future", "The time it happened cannot be in the future");
        }
        if (command.occurredAt() != null && command.occurredAt().isAfter(aware)) {
            throw InvalidRequestException.of("awareAt", "after-occurred", "You cannot have become aware of it before it happened");
        }
        IncidentStore.NewIncident incident = new IncidentStore.NewIncident(UUID.randomUUID(), actor.organisationId(),
                Incident.Source.REPORTED, command.kind(), command.occurredAt(), aware, now, actor.userId(), command.dataAffected(),
                command.peopleAffected(), command.account().strip(), command.involved(), command.actionsTaken(), null, null, null, null);
        return record(actor.userId(), incident);
    }

    /** A withdrawn disclosure or a refused attempt to open a record, in the transaction that recorded it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void raise(PotentialIncident event) {
        if (event.source() == PotentialIncident.Source.ACCESS_REFUSED) {
            var open = store.openAttempt(event.recordId(), event.raisedBy());
            if (open.isPresent()) {
                Incident incident = store.find(open.get()).orElseThrow();
                store.countAttempt(incident.id());
                ledger.record(IncidentEvents.attemptCounted(event.raisedBy(), incident));
                return;
            }
        }
        Set<DataAffected> data = EnumSet.of(DataAffected.IDENTIFIERS);
        if (event.specialCategory()) {
            data.add(DataAffected.SPECIAL_CATEGORY);
        }
        if (event.criminalOffence()) {
            data.add(DataAffected.CRIMINAL_OFFENCE);
        }
        boolean withdrawn = event.source() == PotentialIncident.Source.DISCLOSURE_WITHDRAWN;
        String recipient = event.recipientOrganisationId() == null ? null
                : directory.organisation(event.recipientOrganisationId()).map(o -> "Sent to " + o.name()).orElse(null);
        IncidentStore.NewIncident incident = new IncidentStore.NewIncident(UUID.randomUUID(), event.organisationId(),
                withdrawn ? Incident.Source.DISCLOSURE_WITHDRAWN : Incident.Source.ACCESS_REFUSED,
                withdrawn ? IncidentKind.SENT_TO_WRONG_RECIPIENT : IncidentKind.UNAUTHORISED_ACCESS,
                event.at(), event.at(), clock.instant(), withdrawn ? event.raisedBy() : null, data,
                event.subjectId() == null ? null : 1, account(event), withdrawn ? recipient : null,
                withdrawn ? "The sender withdrew it: the recipient can no longer open it." : "The platform refused the attempt.",
                event.recordType(), event.recordId(), event.subjectId(), withdrawn ? null : event.raisedBy());
        record(event.raisedBy(), incident);
    }

    private static String account(PotentialIncident event) {
        String what = "dataset".equals(event.recordType()) ? "a dataset" : "a disclosure";
        return switch (event.source()) {
            case DISCLOSURE_WITHDRAWN -> "The sender withdrew " + what + " as sent in error"
                    + ("opened-before-withdrawal".equals(event.reason()) ? ", after the recipient had opened it" : ", before anyone had opened it")
                    + (event.account() == null ? "." : ". Their reason: " + event.account().strip());
            case ACCESS_REFUSED -> "Someone tried to open " + what + " and was refused: " + switch (event.reason()) {
                case "not-named-recipient" -> "they were not the named person or in the named team.";
                case "other-organisation" -> "they work for an organisation it was not sent to.";
                default -> "they had no access to it.";
            };
        };
    }

    private Incident record(UUID actor, IncidentStore.NewIncident incident) {
        store.insert(incident);
        ledger.record(IncidentEvents.reported(actor, incident));
        alert(incident.organisationId(), incident.id());
        return store.find(incident.id()).orElseThrow();
    }

    /** Tells the organisation's Data Protection Officers (or, with none, its Caldicott Guardians) that an incident is waiting. */
    void alert(UUID organisationId, UUID incidentId) {
        List<DirectoryLookup.Person> people = directory.people(organisationId).stream().filter(DirectoryLookup.Person::active).toList();
        List<DirectoryLookup.Person> dpos = people.stream().filter(p -> p.roles().contains(Role.DATA_PROTECTION_OFFICER)).toList();
        List<DirectoryLookup.Person> told = dpos.isEmpty()
                ? people.stream().filter(p -> p.roles().contains(Role.CALDICOTT_GUARDIAN)).toList() : dpos;
        told.forEach(person -> notifications.somethingWaiting(person.id(), organisationId, Waiting.INCIDENT, "/incidents/" + incidentId));
    }

    // --- reading ------------------------------------------------------------------------------------------

    /** The statuses the lists of incidents narrow to, in the words the pages use. */
    public static final Map<String, String> STATUSES = ListCodes.labels(Incident.Status.OPEN.name(), "Open", Incident.Status.CLOSED.name(), "Closed");
    /** The risk levels an assessment concludes, the most pressing first: the urgency of the duties that follow. */
    public static final Map<String, String> RISKS = ListCodes.labels(RiskLevel.HIGH.name(), "High risk to people", RiskLevel.RISK.name(),
            "A risk to people", RiskLevel.UNLIKELY.name(), "Unlikely to be a risk to people");

    /**
     * One page of the organisation's register, open incidents first, narrowed by status, risk level (the filter's
     * urgency) and the days reported (ADR 0017).
     */
    @Transactional(readOnly = true)
    public Page<Incident> register(Actor actor, ListFilter filter, PageRequest page) {
        if (!IncidentAccess.reads(actor)) {
            throw new ForbiddenException("Only the Data Protection Officer, Caldicott Guardian and auditors see the incident register");
        }
        return lists.ofOrganisation(actor.organisationId(), filter.status(STATUSES.keySet()), filter.urgency(RISKS.keySet()), filter, page);
    }

    /** One page of the incidents you reported yourself, the newest first, narrowed like the register. */
    @Transactional(readOnly = true)
    public Page<Incident> reportedBy(Actor actor, ListFilter filter, PageRequest page) {
        return lists.reportedBy(actor.userId(), filter.status(STATUSES.keySet()), filter.urgency(RISKS.keySet()), filter, page);
    }

    /** One page of the incidents other organisations have told yours about, narrowed like the register and by the organisation. */
    @Transactional(readOnly = true)
    public Page<Incident> toldToUs(Actor actor, ListFilter filter, PageRequest page) {
        if (!IncidentAccess.reads(actor)) {
            throw new ForbiddenException("Only the Data Protection Officer, Caldicott Guardian and auditors see incidents other parties report");
        }
        return lists.toldTo(actor.organisationId(), filter.status(STATUSES.keySet()), filter.urgency(RISKS.keySet()), filter, page);
    }

    @Transactional(readOnly = true)
    public IncidentDetails read(Actor actor, UUID id) {
        Incident incident = store.find(id).orElseThrow(() -> new NotFoundException("Incident"));
        IncidentAccess access = access(actor, incident);
        boolean full = access != IncidentAccess.REPORTER;
        List<IncidentStore.Party> parties = full ? store.parties(id, incident.organisationId()) : List.of();
        if (access.party()) {
            parties = parties.stream().filter(p -> actor.belongsTo(p.organisationId())).toList();
        }
        return new IncidentDetails(incident, access, clock(incident), parties,
                full ? store.notes(id, incident.organisationId()) : List.of(),
                access.owner() ? store.referrals(id, incident.organisationId()) : List.of());
    }

    /** How the actor may see the incident; not found for anyone else. */
    IncidentAccess access(Actor actor, Incident incident) {
        if (actor.belongsTo(incident.organisationId())) {
            if (IncidentAccess.handles(actor)) {
                return IncidentAccess.HANDLER;
            }
            if (IncidentAccess.reads(actor)) {
                return IncidentAccess.READER;
            }
            if (actor.userId().equals(incident.reportedBy()) && incident.source() == Incident.Source.REPORTED) {
                return IncidentAccess.REPORTER;
            }
        } else if (IncidentAccess.reads(actor) && store.parties(incident.id(), incident.organisationId()).stream()
                .anyMatch(p -> actor.belongsTo(p.organisationId()))) {
            return IncidentAccess.handles(actor) ? IncidentAccess.PARTY_HANDLER : IncidentAccess.PARTY_READER;
        }
        throw new NotFoundException("Incident");
    }

    /** The 72 hours from awareness, stopped by the decision about the ICO. */
    public IncidentClock clock(Incident incident) {
        return IncidentClock.of(statutoryClock.breachDeadline(incident.awareAt()), clock.instant(),
                incident.ico() == null ? null : incident.ico().decidedAt());
    }
}
