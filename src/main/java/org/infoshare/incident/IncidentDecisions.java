package org.infoshare.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.infoshare.clock.StatutoryClock;
import org.infoshare.incident.rules.BreachRiskPolicy;
import org.infoshare.incident.rules.ClosurePolicy;
import org.infoshare.incident.rules.DecisionCheck;
import org.infoshare.incident.rules.IcoDecisionPolicy;
import org.infoshare.incident.rules.LateReportPolicy;
import org.infoshare.incident.rules.RiskInputs;
import org.infoshare.incident.rules.RiskVerdict;
import org.infoshare.incident.rules.TellingPeoplePolicy;
import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Data Protection Officer's steps on an incident, each checked, decided by a rule, stored and ledgered: the
 * structured risk assessment, the decision about the ICO and the report sent, the decision about the people
 * affected and their being told, and closing. Each step takes the incident's row, so two never interleave.
 */
@Service
public class IncidentDecisions {

    private final IncidentStore store;
    private final Incidents incidents;
    private final StatutoryClock statutoryClock;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    IncidentDecisions(IncidentStore store, Incidents incidents, StatutoryClock statutoryClock, CommandValidator validator, Ledger ledger,
                      Clock clock) {
        this.store = store;
        this.incidents = incidents;
        this.statutoryClock = statutoryClock;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public Incident assess(Actor actor, UUID id, IncidentCommands.Assess command) {
        Incident incident = handling(actor, id);
        validator.check(command);
        RiskInputs inputs = new RiskInputs(command.likelihood(), command.severity(), command.dataAffected(), command.peopleAffected(),
                command.encryption(), command.containment(), command.lawEnforcement());
        RiskVerdict verdict = BreachRiskPolicy.assess(inputs);
        store.assess(id, incident.organisationId(), command.dataAffected(), command.peopleAffected(), inputs, verdict,
                command.notes(), actor.userId(), clock.instant());
        ledger.record(IncidentEvents.assessed(actor, incident, verdict));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public Incident decideIco(Actor actor, UUID id, IncidentCommands.DecideIco command) {
        Incident incident = handling(actor, id);
        if (incident.ico() != null) {
            throw new ConflictException("", "already-decided", "The decision about the ICO has already been recorded");
        }
        validator.check(command);
        DecisionCheck check = IcoDecisionPolicy.decide(incident.assessment() == null ? null : incident.assessment().verdict(),
                command.reason(), command.departure());
        refuseUnless(check);
        Instant now = clock.instant();
        store.decideIco(id, incident.organisationId(), command.reason(), check.departs() ? command.departure() : null, command.notes(),
                actor.userId(), now);
        ledger.record(IncidentEvents.icoDecided(actor, incident, command.reason(), check.departs(), !now.isAfter(due(incident))));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public Incident icoReported(Actor actor, UUID id, IncidentCommands.RecordIcoReport command) {
        Incident incident = handling(actor, id);
        validator.check(command);
        if (incident.ico() == null || !incident.ico().tellIco()) {
            throw new ConflictException("", "not-to-report", "Record a decision to tell the ICO first");
        }
        if (incident.ico().reportedAt() != null) {
            throw new ConflictException("", "already-reported", "The report to the ICO has already been recorded");
        }
        Instant now = clock.instant();
        Instant reportedAt = command.reportedAt() == null ? now : command.reportedAt();
        if (reportedAt.isAfter(now)) {
            throw InvalidRequestException.of("reportedAt", "not-future", "The time the report was sent cannot be in the future");
        }
        if (reportedAt.isBefore(incident.awareAt())) {
            throw InvalidRequestException.of("reportedAt", "after-aware", "The report cannot have been sent before you became aware of the incident");
        }
        refuseUnless(LateReportPolicy.check(due(incident), reportedAt, command.lateReason()));
        boolean inTime = !reportedAt.isAfter(due(incident));
        store.icoReported(id, incident.organisationId(), reportedAt, command.reference(), inTime ? null : command.lateReason());
        ledger.record(IncidentEvents.icoReported(actor, incident, inTime));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public Incident decidePeople(Actor actor, UUID id, IncidentCommands.DecidePeople command) {
        Incident incident = handling(actor, id);
        if (incident.people() != null) {
            throw new ConflictException("", "already-decided", "The decision about telling the people affected has already been recorded");
        }
        validator.check(command);
        Incident.Assessment assessment = incident.assessment();
        DecisionCheck check = TellingPeoplePolicy.decide(assessment == null ? null : assessment.verdict(),
                assessment == null ? null : assessment.encryption(), assessment != null && assessment.lawEnforcement(), command.reason(),
                command.notes(), command.departure());
        refuseUnless(check);
        store.decidePeople(id, incident.organisationId(), command.reason(), command.notes(), check.departs() ? command.departure() : null,
                actor.userId(), clock.instant());
        ledger.record(IncidentEvents.peopleDecided(actor, incident, command.reason(), check.departs()));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public Incident peopleTold(Actor actor, UUID id, IncidentCommands.RecordPeopleTold command) {
        Incident incident = handling(actor, id);
        validator.check(command);
        if (incident.people() == null || !incident.people().tell()) {
            throw new ConflictException("", "not-to-tell", "Record a decision to tell the people affected first");
        }
        if (incident.people().toldAt() != null) {
            throw new ConflictException("", "already-told", "Telling the people affected has already been recorded");
        }
        Instant now = clock.instant();
        Instant toldAt = command.toldAt() == null ? now : command.toldAt();
        if (toldAt.isAfter(now)) {
            throw InvalidRequestException.of("toldAt", "not-future", "The time they were told cannot be in the future");
        }
        store.peopleTold(id, incident.organisationId(), toldAt, command.how().strip());
        ledger.record(IncidentEvents.peopleTold(actor, incident));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public Incident close(Actor actor, UUID id, IncidentCommands.Close command) {
        Incident incident = handling(actor, id);
        validator.check(command);
        refuseUnless(ClosurePolicy.close(command.outcome(), new ClosurePolicy.State(
                incident.ico() == null ? null : incident.ico().reason(), incident.ico() != null && incident.ico().reportedAt() != null,
                incident.people() == null ? null : incident.people().reason(), incident.people() != null && incident.people().toldAt() != null)));
        store.close(id, incident.organisationId(), command.outcome(), command.lessons(), actor.userId(), clock.instant());
        ledger.record(IncidentEvents.closed(actor, incident, command.outcome()));
        return store.find(id).orElseThrow();
    }

    /** The open incident, for one of its own organisation's handlers. */
    private Incident handling(Actor actor, UUID id) {
        Incident incident = store.lock(id).orElseThrow(() -> new NotFoundException("Incident"));
        IncidentAccess access = incidents.access(actor, incident);
        if (access != IncidentAccess.HANDLER) {
            throw new ForbiddenException("Only the organisation's Data Protection Officer or Caldicott Guardian takes this step");
        }
        if (!incident.open()) {
            throw new ConflictException("", "closed", "This incident is closed");
        }
        return incident;
    }

    private Instant due(Incident incident) {
        return statutoryClock.breachDeadline(incident.awareAt()).dueAt();
    }

    private static void refuseUnless(DecisionCheck check) {
        if (!check.allowed()) {
            throw InvalidRequestException.of(check.field(), check.rule(), check.message());
        }
    }
}
