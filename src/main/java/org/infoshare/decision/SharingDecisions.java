package org.infoshare.decision;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.agreement.TransferMethod;
import org.infoshare.consent.ConsentRegister;
import org.infoshare.database.SqlCondition;
import org.infoshare.decision.record.DecisionRecord;
import org.infoshare.decision.record.RecordWriter;
import org.infoshare.decision.rules.ApplicableAgreement;
import org.infoshare.decision.rules.DecisionFacts;
import org.infoshare.decision.rules.DecisionResult;
import org.infoshare.decision.rules.Outcome;
import org.infoshare.decision.rules.SharingDecisionEngine;
import org.infoshare.decision.rules.StandardItems;
import org.infoshare.legal.DataCategory;
import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.Role;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.subject.Subject;
import org.infoshare.subject.SubjectAccess;
import org.infoshare.subject.Subjects;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case-by-case sharing decisions: the facts go through the engine and the decision is recorded, with the
 * practitioner's rationale, whatever the outcome (003 golden rule 7; 004 golden rule 7). A refusal can be
 * reconsidered. What follows a decision (advice, reviews, judgement on a disagreement, verbal shares) is in
 * {@link DecisionFollowUps}.
 */
@Service
public class SharingDecisions {


    private final SharingDecisionEngine engine = new SharingDecisionEngine();
    private final DecisionInputs inputs;
    private final DecisionStore store;
    private final RequestStore requests;
    private final Subjects subjects;
    private final SubjectAccess access;
    private final ConsentRegister consents;
    private final ApplicableAgreements agreements;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    SharingDecisions(DecisionInputs inputs, DecisionStore store, RequestStore requests, Subjects subjects, SubjectAccess access, ConsentRegister consents,
                     ApplicableAgreements agreements, CommandValidator validator, Ledger ledger, Clock clock) {
        this.inputs = inputs;
        this.store = store;
        this.requests = requests;
        this.subjects = subjects;
        this.access = access;
        this.consents = consents;
        this.agreements = agreements;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public RecordedDecision decide(Actor actor, DecisionCommands.Decide command) {
        return record(actor, command, null, null, null, null);
    }

    /** Looks again at a decision not to share, in the light of new information; the new decision links to the old. */
    @Transactional
    public RecordedDecision reconsider(Actor actor, UUID id, DecisionCommands.Reconsider command) {
        RecordedDecision previous = decision(actor, id);
        validator.check(command);
        if (!previous.completed() || previous.outcome() != Outcome.DO_NOT_SHARE) {
            throw new ConflictException("", "only-refusals", "Only a completed decision not to share can be reconsidered");
        }
        if (!previous.subjectId().equals(command.decision().subjectId())) {
            throw InvalidRequestException.of("decision.subjectId", "same-person", "A reconsideration is about the same person as the original decision");
        }
        DecisionInputs.RequestContext request = previous.requestId() == null ? null : requests.context(previous.requestId()).orElse(null);
        return record(actor, command.decision(), previous.id(), command.newInformation().strip(), request, null);
    }

    /**
     * What the engine would decide on these answers, shown before the practitioner writes their reasons; nothing is
     * recorded. The recorded decision is decided afresh from the same answers when the reasons are given.
     */
    @Transactional(readOnly = true)
    public DecisionResult preview(Actor actor, DecisionCommands.Decide command, UUID requestId) {
        DecisionInputs.RequestContext request = requestId == null ? null : requests.context(requestId).orElse(null);
        DecisionInputs.Resolved in = inputs.resolveWithoutReasons(actor, command, request);
        return engine.evaluate(in.facts(), in.agreements());
    }

    /** Check, decide, store, ledger: one decision recorded in the caller's transaction. */
    RecordedDecision record(Actor actor, DecisionCommands.Decide command, UUID reconsiders, String newInformation,
                            DecisionInputs.RequestContext request, UUID familyDecisionId) {
        DecisionInputs.Resolved in = inputs.resolve(actor, command, request);
        DecisionResult result = engine.evaluate(in.facts(), in.agreements());
        Role adviser = result.outcome() == Outcome.SEEK_ADVICE ? (command.adviserRole() != null ? command.adviserRole() : result.adviser()) : null;
        DecisionStore.NewDecision decision = new DecisionStore.NewDecision(UUID.randomUUID(), actor.organisationId(),
                RecordWriter.record(command, in.facts(), result, SharingDecisionEngine.VERSION), SharingDecisionEngine.VERSION, actor.userId(),
                actor.teamIds(), clock.instant().truncatedTo(ChronoUnit.MICROS), reconsiders, newInformation,
                request == null ? null : request.requestId(), adviser, familyDecisionId);
        store.insert(decision);
        access.involve(actor, command.subjectId());
        if (result.outcome() == Outcome.SHARE && result.consentId() != null) {
            consents.recordReliance(actor, result.consentId(), decision.id(), command.recipientOrganisationId(), command.recipientTeamId());
        }
        ledger.record(DecisionEvents.recorded(actor, decision));
        // What was just written, without reading it back: one round trip less on the busiest path.
        return decision.asRecorded();
    }

    @Transactional(readOnly = true)
    public RecordedDecision decision(Actor actor, UUID id) {
        return store.find(id).filter(d -> visible(actor, d)).orElseThrow(() -> new NotFoundException("Decision"));
    }

    /**
     * The newest decision on an information request, if the caller may see it: looked up by the request's id, however
     * many decisions have been made since (ADR 0017).
     */
    @Transactional(readOnly = true)
    public Optional<RecordedDecision> forRequest(Actor actor, UUID requestId) {
        return store.latestForRequest(actor.organisationId(), requestId).filter(d -> visible(actor, d));
    }

    /** The outcomes and statuses a list of decisions can be narrowed to: one code each, never both at once. */
    public static final Map<String, String> STATUSES = statuses();

    /**
     * One page of the decisions the caller may see, newest first, narrowed on the server (ADR 0017): the caller's own
     * and those about people they may see, of their organisation only.
     */
    @Transactional(readOnly = true)
    public Page<RecordedDecision> page(Actor actor, ListFilter filter, PageRequest request) {
        String code = filter.status(STATUSES.keySet());
        boolean isOutcome = code != null && Arrays.stream(Outcome.values()).anyMatch(o -> o.name().equals(code));
        return store.page(actor.organisationId(), actor.userId(), access.visibleCondition(actor, "d.subject_id"), subjects.personFilter(actor, filter),
                isOutcome ? code : null, isOutcome ? null : code, filter, request);
    }

    private static Map<String, String> statuses() {
        Map<String, String> statuses = new LinkedHashMap<>();
        statuses.put(Outcome.SHARE.name(), "Share");
        statuses.put(Outcome.DO_NOT_SHARE.name(), "Do not share");
        statuses.put(DecisionStatus.AWAITING_ADVICE.name(), DecisionStatus.AWAITING_ADVICE.label());
        statuses.put(DecisionStatus.AWAITING_JUDGEMENT.name(), DecisionStatus.AWAITING_JUDGEMENT.label());
        return Collections.unmodifiableMap(statuses);
    }

    @Transactional(readOnly = true)
    public List<RecordedDecision> forSubject(Actor actor, UUID subjectId) {
        Subject subject = subjects.subject(actor, subjectId);
        // Whoever may see the person sees every decision about them (ADR 0048).
        return store.forSubject(subject.id());
    }

    @Transactional(readOnly = true)
    public List<RecordedDecision> awaitingWrittenConfirmation(Actor actor) {
        return visibleOnly(actor, store.awaitingWrittenConfirmation(actor.organisationId()));
    }

    /**
     * Exactly what a completed SHARE decision of the caller's organisation allowed, for secure delivery;
     * empty for any other decision (not a share, not yet complete, or not the caller's organisation's).
     */
    @Transactional(readOnly = true)
    public Optional<AuthorisedShare> authorisedShare(UUID decisionId, Actor actor) {
        return store.find(decisionId)
                .filter(d -> visible(actor, d))
                .filter(d -> d.completed() && d.outcome() == Outcome.SHARE)
                .map(SharingDecisions::authorised);
    }

    /**
     * The team a decision named as its recipient, if it named one: what is sent on the decision stays within that
     * team, also when a leaver's unopened disclosures are handed over (ADR 0016).
     */
    @Transactional(readOnly = true)
    public Optional<UUID> decidedRecipientTeam(UUID decisionId) {
        return store.find(decisionId).map(RecordedDecision::recipientTeamId);
    }

    /**
     * One page of the completed share decisions the caller may see (as {@link #page}: their own and those about people
     * they may see, of their organisation), newest first, narrowed in SQL by person, recipient organisation and the days
     * decided, and by {@code also} when given: a condition on the decision ({@code d}, its id {@code d.id}) from the module
     * that carries shares out, such as "not yet carried out". Read however many decisions were made since (ADR 0017).
     */
    @Transactional(readOnly = true)
    public Page<AuthorisedShare> authorisedShares(Actor actor, ListFilter filter, SqlCondition also, PageRequest request) {
        return store.page(actor.organisationId(), actor.userId(), access.visibleCondition(actor, "d.subject_id"), subjects.personFilter(actor, filter),
                Outcome.SHARE.name(), DecisionStatus.DECIDED.name(), also, filter, request).map(SharingDecisions::authorised);
    }

    /** The items practitioners can choose between for this recipient: the standard list and any agreement's items. */
    @Transactional(readOnly = true)
    public List<DecisionFacts.RequestedItem> itemChoices(Actor actor, UUID recipient) {
        Map<String, DecisionFacts.RequestedItem> choices = new LinkedHashMap<>();
        for (StandardItems.Item item : StandardItems.ALL) {
            choices.put(item.code(), new DecisionFacts.RequestedItem(item.code(), item.label(), item.category(), item.specialCategory(), item.opinion(), true, false));
        }
        if (recipient != null) {
            for (ApplicableAgreement agreement : agreements.between(actor.organisationId(), recipient)) {
                agreement.items().values().forEach(item -> choices.putIfAbsent(item.code(),
                        new DecisionFacts.RequestedItem(item.code(), item.label(), item.category(), item.specialCategory(), false, true, false)));
            }
        }
        return List.copyOf(choices.values());
    }

    private static AuthorisedShare authorised(RecordedDecision d) {
        DecisionRecord.Result r = d.result();
        List<AuthorisedShare.Basis> basis = r.chain().stream()
                .map(link -> new AuthorisedShare.Basis(link.code(), link.citation(), link.title(), link.why())).toList();
        List<AuthorisedShare.Item> items = r.shared().stream()
                .map(item -> new AuthorisedShare.Item(item.code(), item.label(), category(item.category()), item.opinion())).toList();
        DecisionRecord.Conditions c = r.conditions();
        return new AuthorisedShare(d.id(), d.subjectId(), d.organisationId(), d.recipientOrganisationId(), d.recipientTeamId(),
                DecisionInputs.blankToNull(d.stated().recipientPerson()), purpose(d.facts().purpose().code()), basis, items, methods(c.secureMethods()),
                c.informPerson(), c.notInformReason(), c.distinguishFactFromOpinion(), c.protectThirdParties(), c.confirmInWriting(),
                d.completedAt(), d.decidedBy(), DecisionInputs.blankToNull(d.stated().urgency()));
    }

    /** The methods a record names, as today's vocabulary reads them: schema 1's single 'telephone or meeting' is both. */
    static Set<TransferMethod> methods(List<DecisionRecord.Coded> recorded) {
        Set<TransferMethod> methods = EnumSet.noneOf(TransferMethod.class);
        for (DecisionRecord.Coded method : recorded) {
            if ("TELEPHONE_OR_MEETING".equals(method.code())) {
                methods.add(TransferMethod.TELEPHONE);
                methods.add(TransferMethod.MEETING);
            } else {
                try {
                    methods.add(TransferMethod.valueOf(method.code()));
                } catch (IllegalArgumentException e) {
                    // a method no longer offered is not one delivery can use
                }
            }
        }
        return methods;
    }

    private static DataCategory category(String code) {
        return code == null ? DataCategory.PERSONAL : DataCategory.valueOf(code);
    }

    private static SharingPurpose purpose(String code) {
        try {
            return SharingPurpose.valueOf(code);
        } catch (IllegalArgumentException e) {
            return SharingPurpose.OTHER;
        }
    }

    RecordedDecision inOrganisation(Actor actor, UUID id) {
        return store.find(id).filter(d -> visible(actor, d)).orElseThrow(() -> new NotFoundException("Decision"));
    }

    /** Need to know (ADR 0048): a decision is seen by whoever may see the person it is about, and by its decider. */
    boolean visible(Actor actor, RecordedDecision decision) {
        return actor.belongsTo(decision.organisationId())
                && (actor.userId().equals(decision.decidedBy()) || access.mayView(actor, decision.subjectId()));
    }

    /** {@link #visible} for a list, with one query for all the people the decisions are about. */
    /** {@link #visibleOnly}'s need to know on the person, as a condition on a list's column of their ids. */
    SqlCondition mayView(Actor actor, String subjectColumn) {
        return access.visibleCondition(actor, subjectColumn);
    }

    List<RecordedDecision> visibleOnly(Actor actor, List<RecordedDecision> decisions) {
        Set<UUID> people = access.visibleTo(actor, decisions.stream().map(RecordedDecision::subjectId).toList());
        return decisions.stream().filter(d -> actor.belongsTo(d.organisationId())
                && (actor.userId().equals(d.decidedBy()) || people.contains(d.subjectId()))).toList();
    }

    Instant now() {
        return clock.instant();
    }

    static List<UUID> ids(List<RecordedDecision> decisions) {
        List<UUID> ids = new ArrayList<>(decisions.size());
        decisions.forEach(d -> ids.add(d.id()));
        return ids;
    }
}
