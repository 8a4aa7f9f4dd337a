package org.infoshare.decision;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.decision.record.DecisionRecord;
import org.infoshare.decision.rules.Outcome;
import org.infoshare.decision.rules.StandardItems;
import org.infoshare.decision.rules.Urgency;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.legal.BuiltInProvisions;
import org.infoshare.legal.ProvisionKind;
import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.ledger.rules.RecordFinding;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.shared.rules.NeedToKnow;
import org.infoshare.shared.problem.Violation;
import org.infoshare.subject.SameNhsNumber;
import org.infoshare.subject.Subject;
import org.infoshare.subject.SubjectAccess;
import org.infoshare.subject.Subjects;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for information between agencies (004 §6, §7): the requester states the purpose and the legal
 * basis; the holder decides through the same engine and explains its answer; a refusal can be reconsidered
 * when the requester shares new information (004 golden rule 7).
 */
@Service
public class InformationRequests {

    private final RequestStore store;
    private final DecisionStore decisions;
    private final SharingDecisions sharing;
    private final Subjects subjects;
    private final SubjectAccess access;
    private final DirectoryLookup directory;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;
    private final SameNhsNumber samePerson;
    private final RecordDigests digests;

    InformationRequests(RequestStore store, DecisionStore decisions, SharingDecisions sharing, Subjects subjects, SubjectAccess access,
                        DirectoryLookup directory, CommandValidator validator, Ledger ledger, Clock clock, SameNhsNumber samePerson,
                        RecordDigests digests) {
        this.samePerson = samePerson;
        this.digests = digests;
        this.store = store;
        this.decisions = decisions;
        this.sharing = sharing;
        this.subjects = subjects;
        this.access = access;
        this.directory = directory;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public InformationRequest send(Actor actor, DecisionCommands.SendRequest command) {
        validator.check(command);
        Subject subject = subjects.subject(actor, command.subjectId());
        List<Violation> violations = new ArrayList<>();
        if (command.holderOrganisationId().equals(actor.organisationId()) || directory.organisation(command.holderOrganisationId()).isEmpty()) {
            violations.add(new Violation("holderOrganisationId", "partner-organisation", "Choose another organisation in the partnership"));
        }
        if (command.holderTeamId() != null && directory.team(command.holderTeamId())
                .filter(t -> t.organisationId().equals(command.holderOrganisationId())).isEmpty()) {
            violations.add(new Violation("holderTeamId", "team-in-organisation", "Choose a team in the organisation you are asking"));
        }
        if (BuiltInProvisions.byCode(command.gatewayCode()).filter(p -> p.kind() == ProvisionKind.STATUTORY_GATEWAY).isEmpty()) {
            violations.add(new Violation("gatewayCode", "statutory-gateway", "Choose the legal basis from the list, for example section 47 of the Children Act 1989"));
        }
        for (int i = 0; i < command.items().size(); i++) {
            if (StandardItems.byCode(command.items().get(i)).isEmpty()) {
                violations.add(new Violation("items[" + i + "]", "known-item", "Choose items from the list"));
                break;
            }
        }
        if (Boolean.TRUE.equals(command.forPartnershipFunctions()) && !BuiltInProvisions.CA2004_S14B.code().equals(command.gatewayCode())) {
            violations.add(new Violation("forPartnershipFunctions", "section-14b", "Only a section 14B request is made for the safeguarding partnership's functions"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        store.insert(id, actor.organisationId(), actor.userId(), command,
                new RequestStore.Details(new InformationRequest.Person(subject.name(), subject.dateOfBirth(), subject.reference()), command.reason().strip()), now);
        ledger.record(DecisionEvents.requestSent(actor, id, command));
        access.involve(actor, subject.id());
        return request(actor, id);
    }

    /** The holder answers through the engine; the decision is recorded and the requester sees the reasons. */
    @Transactional
    public InformationRequest answer(Actor actor, UUID id, DecisionCommands.AnswerRequest command) {
        InformationRequest request = asHolder(actor, id);
        if (request.status() != InformationRequest.Status.OPEN) {
            throw new ConflictException("", "already-answered", "This request has already been answered or is waiting for advice");
        }
        validator.check(command);
        DecisionInputs.RequestContext context = new DecisionInputs.RequestContext(id, request.requesterOrganisationId(),
                request.gatewayCode(), request.forPartnershipFunctions());
        RecordedDecision decision = sharing.record(actor, command.decision(), request.previousDecisionId(), request.newInformation(), context, null);
        Instant now = clock.instant();
        store.decided(id, request.requesterSubjectId(), decision.id(), decision.outcome(), command.messageToRequester(), now);
        ledger.record(DecisionEvents.requestAnswered(actor, id, decision, request.previousDecisionId()));
        return request(actor, id);
    }

    /** The requester shares new information and asks the holder to look again at a refusal. */
    @Transactional
    public InformationRequest provideNewInformation(Actor actor, UUID id, DecisionCommands.NewInformation command) {
        InformationRequest request = request(actor, id);
        if (!actor.belongsTo(request.requesterOrganisationId())) {
            throw new NotFoundException("Request");
        }
        validator.check(command);
        if (request.status() != InformationRequest.Status.ANSWERED || request.reply() == null || request.reply().outcome() != Outcome.DO_NOT_SHARE) {
            throw new ConflictException("", "only-refusals", "You can ask for reconsideration only of a request that was refused");
        }
        store.reopen(id, request.requesterSubjectId(), command.newInformation());
        ledger.record(DecisionEvents.reconsiderationAsked(actor, id, request.decisionId()));
        return request(actor, id);
    }

    @Transactional(readOnly = true)
    public InformationRequest request(Actor actor, UUID id) {
        RequestStore.Row row = store.find(id)
                .filter(r -> mayRead(actor, r.request()))
                .orElseThrow(() -> new NotFoundException("Request"));
        return withReply(row);
    }

    @Transactional(readOnly = true)
    public List<InformationRequest> inbox(Actor actor) {
        NeedToKnow.Reader reader = NeedToKnow.Reader.of(actor);
        return store.inbox(actor.organisationId()).stream()
                .filter(r -> NeedToKnow.requestIn(reader, r.request().holderOrganisationId(), r.request().holderTeamId()).allowed())
                .map(this::withReply).toList();
    }

    /** The statuses a list of requests narrows to, in the words the pages use. */
    public static final Map<String, String> STATUSES = labels("AWAITING", "Awaiting an answer", "ANSWERED", "Answered");
    /** The urgencies a request can state, most pressing first. */
    public static final Map<String, String> URGENCIES = labels(Urgency.IMMEDIATE.name(), "Immediate", Urgency.URGENT.name(), "Urgent",
            Urgency.ROUTINE.name(), "Routine");

    /**
     * One page of the requests received that the reader may see (as {@link #inbox} shows them), narrowed by status,
     * urgency, the requesting organisation and the days received (ADR 0017); awaiting an answer and urgent first.
     */
    @Transactional(readOnly = true)
    public Page<InformationRequest> received(Actor actor, ListFilter filter, PageRequest request) {
        return store.received(actor.organisationId(), RequestStore.addressedTo(NeedToKnow.Reader.of(actor)), filter.status(STATUSES.keySet()),
                filter.urgency(URGENCIES.keySet()), filter, request).map(this::withReply);
    }

    /**
     * One page of the requests the organisation sent that the reader sent or whose person they may see, narrowed
     * by status, urgency, the organisation asked and the days sent; awaiting an answer and urgent first.
     */
    @Transactional(readOnly = true)
    public Page<InformationRequest> sent(Actor actor, ListFilter filter, PageRequest request) {
        return store.sent(actor.organisationId(), actor.userId(), access.visibleCondition(actor, "r.requester_subject_id"),
                filter.status(STATUSES.keySet()), filter.urgency(URGENCIES.keySet()), filter, request).map(this::withReply);
    }

    /**
     * A list's requests, each with what the ledger says of its stored content (ADR 0063), in one query for them all: a
     * request that is not as recorded is marked in the list as it is on its own page.
     */
    public Page<InformationRequest> checked(Page<InformationRequest> page) {
        Map<UUID, RecordFinding> findings = digests.check(ProtectedRecords.INFORMATION_REQUEST, page.items().stream().map(InformationRequest::id).toList());
        return page.map(r -> r.read(Optional.ofNullable(findings.get(r.id()))));
    }

    /** {@link #checked(Page)} for a list read whole. */
    public List<InformationRequest> checked(List<InformationRequest> requests) {
        Map<UUID, RecordFinding> findings = digests.check(ProtectedRecords.INFORMATION_REQUEST, requests.stream().map(InformationRequest::id).toList());
        return requests.stream().map(r -> r.read(Optional.ofNullable(findings.get(r.id())))).toList();
    }

    /** Codes and their labels, in the order given, as a list's filter offers them. */
    static Map<String, String> labels(String... codesAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            labels.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(labels);
    }

    /**
     * The requests received that are about the person, for their page: those answered by a decision about them, and
     * those asked about another organisation's record of the person by the NHS number both hold (ADR 0018); each
     * only as the inbox shows it, to whom it is addressed.
     */
    @Transactional(readOnly = true)
    public List<InformationRequest> receivedAbout(Actor actor, Subject person) {
        Set<UUID> elsewhere = samePerson.among(person, person.nhsNumber() == null ? List.of() : store.requesterSubjectsAsking(actor.organisationId()));
        NeedToKnow.Reader reader = NeedToKnow.Reader.of(actor);
        return store.receivedAbout(actor.organisationId(), person.id(), elsewhere).stream()
                .filter(r -> NeedToKnow.requestIn(reader, r.holderOrganisationId(), r.holderTeamId()).allowed()).toList();
    }

    /**
     * Need to know (ADR 0048): a request sent is seen as the records of the person it is about are (and by whoever sent
     * it); a request received by the team it is addressed to, or, addressed to the organisation, by those who take up cases.
     */
    private boolean mayRead(Actor actor, InformationRequest request) {
        if (actor.belongsTo(request.requesterOrganisationId())) {
            return actor.userId().equals(request.requesterUserId()) || access.mayView(actor, request.requesterSubjectId());
        }
        return NeedToKnow.requestIn(NeedToKnow.Reader.of(actor), request.holderOrganisationId(), request.holderTeamId()).allowed();
    }

    private InformationRequest asHolder(Actor actor, UUID id) {
        InformationRequest request = request(actor, id);
        if (!actor.belongsTo(request.holderOrganisationId())) {
            throw new NotFoundException("Request");
        }
        return request;
    }

    private InformationRequest withReply(RequestStore.Row row) {
        InformationRequest r = row.request();
        if (r.status() != InformationRequest.Status.ANSWERED || r.decisionId() == null) {
            return r;
        }
        InformationRequest.Reply reply = decisions.find(r.decisionId()).map(d -> reply(d.result(), row.message())).orElse(r.reply());
        return new InformationRequest(r.id(), r.requesterOrganisationId(), r.requesterUserId(), r.requesterSubjectId(), r.holderOrganisationId(),
                r.holderTeamId(), r.purpose(), r.gatewayCode(), r.forPartnershipFunctions(), r.urgency(), r.items(), r.person(), r.reason(),
                r.status(), r.decisionId(), r.previousDecisionId(), reply, r.newInformation(), r.sentAt(), r.answeredAt(), r.recordIntegrity());
    }

    private static InformationRequest.Reply reply(DecisionRecord.Result result, String message) {
        List<String> reasons = new ArrayList<>();
        for (DecisionRecord.Step step : result.path()) {
            reasons.add(step.question() + " " + step.answer() + ". " + step.explanation() + " (" + step.citation() + ")");
        }
        return new InformationRequest.Reply(Outcome.valueOf(result.outcome()), result.summary(), reasons,
                result.shared().stream().map(DecisionRecord.ItemDecision::label).toList(),
                result.withheld().stream().map(i -> i.label() + ": " + i.reason()).toList(), message);
    }
}
