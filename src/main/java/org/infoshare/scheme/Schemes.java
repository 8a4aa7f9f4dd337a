package org.infoshare.scheme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.directory.OrganisationType;
import org.infoshare.ledger.Ledger;
import org.infoshare.scheme.rules.SchemeDecisionEngine;
import org.infoshare.scheme.rules.SchemeStepPolicy;
import org.infoshare.scheme.rules.Stage;
import org.infoshare.scheme.rules.UndertakingPolicy;
import org.infoshare.scheme.rules.Verdict;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.subject.Subjects;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public disclosure schemes (004 §8.3, §8.6). A police officer records an application from a member of the public,
 * about two of the force's people (the person at risk and the person the application is about), then each stage in
 * turn; the decision is the scheme's engine's, with the scheme as its gateway; the disclosure is made in person with
 * the undertaking of confidentiality, or the decision taken when it was refused. Every stage is ledgered in its own
 * transaction. To staff of any other kind of organisation, applications do not exist.
 */
@Service
public class Schemes {

    static final Set<Role> OFFICERS = Set.of(Role.PRACTITIONER, Role.MANAGER);
    private static final String RECORD = "Application";

    private final SchemeStore store;
    private final DirectoryLookup directory;
    private final Subjects subjects;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    Schemes(SchemeStore store, DirectoryLookup directory, Subjects subjects, CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.subjects = subjects;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Whether the caller is an officer of a police force: the only people the schemes are for. */
    public boolean police(Actor actor) {
        return OFFICERS.stream().anyMatch(actor::hasRole) && type(actor) == OrganisationType.POLICE;
    }

    @Transactional
    public SchemeApplication record(Actor actor, SchemeCommands.RecordApplication command) {
        requirePolice(actor);
        validator.check(command);
        if (command.receivedOn().isAfter(UkCalendar.today(clock))) {
            throw InvalidRequestException.of("receivedOn", "not-future", "The date the application was received cannot be in the future");
        }
        person(actor, command.personAtRiskId(), "personAtRiskId");
        person(actor, command.subjectId(), "subjectId");
        if (command.personAtRiskId().equals(command.subjectId())) {
            throw InvalidRequestException.of("subjectId", "different-people", "The person the application is about cannot be the person at risk");
        }
        UUID id = UUID.randomUUID();
        store.insert(id, actor.organisationId(), command, actor.userId(), clock.instant());
        SchemeApplication application = store.find(id).orElseThrow();
        ledger.record(SchemeEvents.received(actor, application));
        return application;
    }

    @Transactional(readOnly = true)
    public Page<SchemeApplication> page(Actor actor, boolean openOnly, PageRequest request) {
        requirePolice(actor);
        return store.page(actor.organisationId(), openOnly, request);
    }

    @Transactional(readOnly = true)
    public SchemeApplication application(Actor actor, UUID id) {
        requirePolice(actor);
        return store.find(id).filter(a -> actor.belongsTo(a.organisationId())).orElseThrow(() -> new NotFoundException(RECORD));
    }

    @Transactional
    public SchemeApplication checks(Actor actor, UUID id, SchemeCommands.RecordChecks command) {
        validator.check(command);
        SchemeApplication a = at(actor, id, Stage.CHECKS);
        store.checks(a, command.findings(), actor.userId(), clock.instant());
        ledger.record(SchemeEvents.checks(actor, id));
        return application(actor, id);
    }

    @Transactional
    public SchemeApplication meeting(Actor actor, UUID id, SchemeCommands.RecordMeeting command) {
        validator.check(command);
        SchemeApplication a = at(actor, id, Stage.MEETING);
        if (!command.identityVerified()) {
            throw InvalidRequestException.of("identityVerified", "identity-not-verified",
                    "Verify the applicant's identity at the meeting before going on: nothing is disclosed to someone whose identity is not verified");
        }
        checkDay(command.metOn(), a.receivedOn(), "metOn", "The meeting");
        store.meeting(a, command.metOn(), command.howIdentityVerified(), actor.userId(), clock.instant());
        ledger.record(SchemeEvents.meeting(actor, id, command.metOn()));
        return application(actor, id);
    }

    @Transactional
    public SchemeApplication forum(Actor actor, UUID id, SchemeCommands.RecordForum command) {
        validator.check(command);
        SchemeApplication a = at(actor, id, Stage.FORUM);
        checkDay(command.heldOn(), a.receivedOn(), "heldOn", "The forum");
        store.forum(a, command, actor.userId(), clock.instant());
        ledger.record(SchemeEvents.forum(actor, id, command.recommendation()));
        return application(actor, id);
    }

    @Transactional
    public SchemeApplication decide(Actor actor, UUID id, SchemeCommands.Decide command) {
        validator.check(command);
        SchemeApplication a = at(actor, id, Stage.DECISION);
        SchemeDecisionEngine.Decision d = SchemeDecisionEngine.decide(new SchemeDecisionEngine.Facts(a.scheme(), type(actor), command.recipient(),
                command.riskIndicated(), command.necessary()));
        SchemeApplication.Decision decision = new SchemeApplication.Decision(command.recipient(), command.riskIndicated(), command.necessary(),
                d.disclose(), d.rule(), d.reason(), SchemeDecisionEngine.VERSION, command.rationale(), actor.userId(), clock.instant());
        store.decide(a, decision);
        ledger.record(SchemeEvents.decided(actor, id, decision, d.disclose() ? a.scheme().gateway().code() : null));
        return application(actor, id);
    }

    @Transactional
    public SchemeApplication disclosure(Actor actor, UUID id, SchemeCommands.RecordDisclosure command) {
        validator.check(command);
        SchemeApplication a = at(actor, id, Stage.DISCLOSURE);
        Verdict verdict = UndertakingPolicy.decide(new UndertakingPolicy.Facts(command.inPerson(), command.warningGiven(), command.undertaking(),
                command.discloseNonetheless(), present(command.refusalReason()), present(command.whatDisclosed())));
        if (!verdict.allowed()) {
            throw InvalidRequestException.of(verdict.field(), verdict.rule(), verdict.reason());
        }
        checkDay(command.disclosedOn(), a.receivedOn(), "disclosedOn", "The disclosure");
        boolean disclosed = !UndertakingPolicy.WITHHELD.equals(verdict.rule());
        boolean refused = command.undertaking() == org.infoshare.scheme.rules.Undertaking.REFUSED;
        SchemeApplication.Disclosure d = new SchemeApplication.Disclosure(command.disclosedOn(), disclosed ? command.whatDisclosed() : null,
                command.undertaking(), refused ? command.discloseNonetheless() : null, refused ? command.refusalReason() : null,
                actor.userId(), clock.instant());
        store.disclosure(a, d, disclosed);
        ledger.record(SchemeEvents.disclosed(actor, id, command.undertaking(), disclosed, verdict.rule()));
        return application(actor, id);
    }

    // --- helpers --------------------------------------------------------------------------------------

    private SchemeApplication at(Actor actor, UUID id, Stage stage) {
        requirePolice(actor);
        SchemeApplication a = store.lock(id).filter(x -> actor.belongsTo(x.organisationId())).orElseThrow(() -> new NotFoundException(RECORD));
        Verdict verdict = SchemeStepPolicy.check(a.status(), stage);
        if (!verdict.allowed()) {
            throw new ConflictException("", verdict.rule(), verdict.reason());
        }
        return a;
    }

    private void person(Actor actor, UUID id, String field) {
        try {
            subjects.subject(actor, id);
        } catch (NotFoundException e) {
            throw InvalidRequestException.of(field, "unknown-person", "Choose one of your force's people");
        }
    }

    private void checkDay(LocalDate day, LocalDate received, String field, String what) {
        if (day.isAfter(UkCalendar.today(clock))) {
            throw InvalidRequestException.of(field, "not-future", what + " cannot be dated in the future");
        }
        if (day.isBefore(received)) {
            throw InvalidRequestException.of(field, "after-receipt", what + " cannot be dated before the application was received");
        }
    }

    /** Staff of any other kind of organisation are answered as for an application that does not exist. */
    private void requirePolice(Actor actor) {
        if (type(actor) != OrganisationType.POLICE) {
            throw new NotFoundException(RECORD);
        }
    }

    private OrganisationType type(Actor actor) {
        return actor.organisationId() == null ? null : directory.organisation(actor.organisationId()).map(Organisation::type).orElse(null);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
