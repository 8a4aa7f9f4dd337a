package org.infoshare.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.consent.ConsentRegister;
import org.infoshare.decision.record.DecisionRecord;
import org.infoshare.decision.record.EngineFacts;
import org.infoshare.decision.record.RecordWriter;
import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.DecisionFacts;
import org.infoshare.decision.rules.DecisionResult;
import org.infoshare.decision.rules.Outcome;
import org.infoshare.decision.rules.Question;
import org.infoshare.decision.rules.SharingDecisionEngine;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.Role;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows a recorded decision: an adviser's answers complete a 'seek advice' decision; a practitioner who
 * disagrees with the outcome sends it to a manager or the DPO, who decides on their own answers, both views kept
 * (001 Q4); managers review overrides of consent; urgent verbal shares are confirmed in writing (004 §6). Each
 * decides again through the same engine, and the record keeps every earlier result.
 */
@Service
public class DecisionFollowUps {

    static final Set<Role> JUDGES = EnumSet.of(Role.MANAGER, Role.DATA_PROTECTION_OFFICER);

    private final SharingDecisionEngine engine = new SharingDecisionEngine();
    private final SharingDecisions decisions;
    private final DecisionInputs inputs;
    private final DecisionStore store;
    private final RequestStore requests;
    private final ConsentRegister consents;
    private final ApplicableAgreements agreements;
    private final DirectoryLookup directory;
    private final CommandValidator validator;
    private final Ledger ledger;

    DecisionFollowUps(SharingDecisions decisions, DecisionInputs inputs, DecisionStore store, RequestStore requests, ConsentRegister consents,
                      ApplicableAgreements agreements, DirectoryLookup directory, CommandValidator validator, Ledger ledger) {
        this.decisions = decisions;
        this.inputs = inputs;
        this.store = store;
        this.requests = requests;
        this.consents = consents;
        this.agreements = agreements;
        this.directory = directory;
        this.validator = validator;
        this.ledger = ledger;
    }

    /** An adviser answers the open questions and gives advice; the engine decides again with their answers. */
    @Transactional
    public RecordedDecision advise(Actor actor, UUID id, DecisionCommands.Advise command) {
        RecordedDecision decision = decisions.inOrganisation(actor, id);
        if (!actor.hasAnyRole(DecisionInputs.ADVISERS.toArray(Role[]::new))) {
            throw new ForbiddenException("Only managers, Data Protection Officers and Caldicott Guardians give advice");
        }
        if (decision.status() != DecisionStatus.AWAITING_ADVICE) {
            throw new ConflictException("", "not-awaiting-advice", "This decision is not waiting for advice");
        }
        validator.check(command);
        Map<Question, Answer> answers = command.answers() == null ? Map.of() : new EnumMap<>(command.answers());
        List<Violation> violations = new ArrayList<>();
        for (DecisionRecord.Coded open : decision.result().openQuestions()) {
            Question question = question(open.code());
            Answer answer = question == null ? null : answers.get(question);
            if (question != null && question.yesOrNo() && (answer == null || answer == Answer.NOT_SURE)) {
                violations.add(new Violation("answers." + question.name(), "required", "Answer yes or no: " + open.label()));
            }
        }
        requireJustification(answers, command.overrideJustification(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        DecisionFacts facts = facts(decision).resolvedBy(answers, command.overrideJustification());
        DecisionResult result = again(decision, facts, "What did the adviser advise?", "Advice given by a " + label(actor, DecisionInputs.ADVISERS),
                given(answers), "004 golden rule 4; 003 golden rule 3");
        DecisionRecord.Result stored = RecordWriter.result(result, SharingDecisionEngine.VERSION);
        Instant now = decisions.now();
        store.advised(decision, next(decision.record(), facts, stored, decision.record().disagreement(), decision.record().judgement()),
                answers, command.advice(), actor.userId(), now);
        relied(actor, decision, result);
        boolean answersRequest = decision.requestId() != null && result.outcome() != Outcome.SEEK_ADVICE;
        if (answersRequest) {
            requests.answered(decision.requestId(), result.outcome(), now);
        }
        ledger.record(DecisionEvents.advised(actor, decision, stored, answers.size()));
        if (answersRequest) {
            ledger.record(DecisionEvents.requestAnsweredOnAdvice(actor, decision.requestId(), decision.id(), result.outcome()));
        }
        return store.find(id).orElseThrow();
    }

    /** The practitioner who made the decision disagrees with its outcome: it waits for their manager or the DPO. */
    @Transactional
    public RecordedDecision disagree(Actor actor, UUID id, DecisionCommands.Disagree command) {
        RecordedDecision decision = decisions.decision(actor, id);
        if (!actor.userId().equals(decision.decidedBy())) {
            throw new ForbiddenException("Only the practitioner who made the decision can record that they disagree with it");
        }
        validator.check(command);
        if (!decision.completed() || decision.outcome() == Outcome.SEEK_ADVICE || decision.record().disagreement() != null
                || decision.verbalShare() != null) {
            throw new ConflictException("", "not-open-to-disagreement",
                    "Only a completed decision, not yet disagreed with and not yet shared verbally, can go for a decision on a disagreement");
        }
        if (command.wantedOutcome() == decision.outcome() || command.wantedOutcome() == Outcome.SEEK_ADVICE) {
            throw InvalidRequestException.of("wantedOutcome", "different-outcome", "Select the outcome you think is right: share, or do not share");
        }
        Role judge = command.judgeRole() == null ? Role.MANAGER : command.judgeRole();
        if (!JUDGES.contains(judge)) {
            throw InvalidRequestException.of("judgeRole", "judge", "Choose your manager or the Data Protection Officer");
        }
        Instant now = decisions.now();
        DecisionRecord r = decision.record();
        DecisionRecord disagreed = new DecisionRecord(DecisionRecord.CURRENT, r.stated(), r.facts(), r.result(), r.superseded(),
                new DecisionRecord.Disagreement(actor.userId(), now, command.wantedOutcome().name(), command.reasons().strip(), judge.name()), null);
        if (!store.disagreed(decision, disagreed, judge, actor.userId(), now)) {
            throw new ConflictException("", "not-open-to-disagreement", "This decision has already been disagreed with");
        }
        ledger.record(DecisionEvents.disagreed(actor, decision, command.wantedOutcome().name(), judge));
        return store.find(id).orElseThrow();
    }

    /** The questions of judgement in this case, with the practitioner's answers, for a judge to answer their own way. */
    @Transactional(readOnly = true)
    public Map<Question, Answer> judgementQuestions(Actor actor, UUID id) {
        return questions(facts(decisions.inOrganisation(actor, id)));
    }

    /** A manager or the DPO decides on the disagreement: the engine decides again on their answers; both views stay. */
    @Transactional
    public RecordedDecision judge(Actor actor, UUID id, DecisionCommands.Judge command) {
        RecordedDecision decision = decisions.inOrganisation(actor, id);
        if (decision.judgeRole() == null || !actor.hasRole(decision.judgeRole())) {
            throw new ForbiddenException("Only the manager or Data Protection Officer it was sent to decides on a disagreement");
        }
        if (decision.status() != DecisionStatus.AWAITING_JUDGEMENT) {
            throw new ConflictException("", "not-awaiting-judgement", "This decision is not waiting for a decision on a disagreement");
        }
        if (actor.userId().equals(decision.record().disagreement().by())) {
            throw new ForbiddenException("Someone other than the practitioner who disagreed decides on the disagreement");
        }
        validator.check(command);
        DecisionFacts stated = facts(decision);
        Map<Question, Answer> open = questions(stated);
        Map<Question, Answer> answers = command.answers() == null ? Map.of() : new EnumMap<>(command.answers());
        List<Violation> violations = new ArrayList<>();
        answers.forEach((question, answer) -> {
            if (!open.containsKey(question) || answer == Answer.NOT_SURE) {
                violations.add(new Violation("answers." + question.name(), "judgement-answer", "Answer yes or no to the questions shown: " + question.text()));
            }
        });
        requireJustification(answers, command.overrideJustification(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        DecisionFacts facts = stated.resolvedBy(answers, command.overrideJustification());
        String who = decision.judgeRole() == Role.MANAGER ? "manager" : "Data Protection Officer";
        DecisionResult result = again(decision, facts, "What did the " + who + " decide on the practitioner's disagreement?",
                "Decided by the " + who, "Both views are kept on the record: the engine's first outcome, the practitioner's reasons for disagreeing, and the answers and reasons this decision rests on.",
                "001 Q4; 004 golden rule 4");
        if (result.outcome() == Outcome.SEEK_ADVICE) {
            throw new InvalidRequestException(result.openQuestions().stream()
                    .map(q -> new Violation("answers." + q.name(), "required", "Answer yes or no: " + q.text())).toList());
        }
        DecisionRecord.Result stored = RecordWriter.result(result, SharingDecisionEngine.VERSION);
        Instant now = decisions.now();
        DecisionRecord.Judgement judgement = new DecisionRecord.Judgement(actor.userId(), now, names(answers), command.reasons().strip());
        if (!store.judged(decision, next(decision.record(), facts, stored, decision.record().disagreement(), judgement), actor.userId(), now)) {
            throw new ConflictException("", "not-awaiting-judgement", "This decision is not waiting for a decision on a disagreement");
        }
        relied(actor, decision, result);
        ledger.record(DecisionEvents.judged(actor, decision, stored, answers.size()));
        return store.find(id).orElseThrow();
    }

    /** A manager reviews a decision that overrode a refusal or withdrawal of consent. */
    @Transactional
    public RecordedDecision review(Actor actor, UUID id, DecisionCommands.Review command) {
        RecordedDecision decision = decisions.inOrganisation(actor, id);
        if (!actor.hasRole(Role.MANAGER)) {
            throw new ForbiddenException("Only managers review overrides of consent");
        }
        if (decision.review() == null || decision.review().status() != RecordedDecision.ReviewStatus.OPEN) {
            throw new ConflictException("", "no-open-review", "This decision has no review waiting");
        }
        validator.check(command);
        RecordedDecision.ReviewStatus status = command.agree() ? RecordedDecision.ReviewStatus.AGREED : RecordedDecision.ReviewStatus.DISAGREED;
        store.reviewed(decision, status, command.comments(), actor.userId(), decisions.now());
        ledger.record(DecisionEvents.overrideReviewed(actor, decision, status));
        return store.find(id).orElseThrow();
    }

    /** An urgent share made verbally; it stays on the list until it is confirmed in writing (004 §6). */
    @Transactional
    public RecordedDecision recordVerbalShare(Actor actor, UUID id, DecisionCommands.VerbalShare command) {
        RecordedDecision decision = decisions.decision(actor, id);
        validator.check(command);
        if (!decision.completed() || decision.outcome() != Outcome.SHARE) {
            throw new ConflictException("", "not-a-share", "Only a decision to share can be shared verbally");
        }
        if (decision.verbalShare() != null) {
            throw new ConflictException("", "already-recorded", "The verbal share has already been recorded");
        }
        Instant now = decisions.now();
        if (command.sharedAt().toInstant().isBefore(decision.decidedAt().minusSeconds(24 * 3600)) || command.sharedAt().toInstant().isAfter(now)) {
            throw InvalidRequestException.of("sharedAt", "when", "The time you shared it must be in the past and no more than a day before the decision");
        }
        store.verbalShare(decision, command.sharedAt().toInstant(), command.sharedWith());
        ledger.record(DecisionEvents.verbalShare(actor, decision));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public RecordedDecision recordWrittenConfirmation(Actor actor, UUID id) {
        RecordedDecision decision = decisions.decision(actor, id);
        if (decision.verbalShare() == null || decision.verbalShare().writtenConfirmationAt() != null) {
            throw new ConflictException("", "no-verbal-share", "There is no verbal share waiting for written confirmation");
        }
        store.writtenConfirmation(id, decisions.now());
        ledger.record(DecisionEvents.writtenConfirmation(actor, decision));
        return store.find(id).orElseThrow();
    }

    /** Decisions waiting for advice from a role the caller holds. */
    @Transactional(readOnly = true)
    public List<RecordedDecision> adviceQueue(Actor actor) {
        return decisions.visibleOnly(actor, store.awaitingAdvice(actor.organisationId(), held(actor, DecisionInputs.ADVISERS)));
    }

    /** The states the advice queue narrows to, in the words the pages use. */
    public static final Map<String, String> ADVICE_STATES = InformationRequests.labels("AWAITING", "Waiting for your advice", "ADVISED", "Advised by you");

    /**
     * One page of the advice queue (ADR 0017): decisions waiting for advice from a role the caller holds, the longest
     * waiting first, and (unless narrowed to those waiting) those the caller advised; as {@link #adviceQueue} shows them.
     */
    @Transactional(readOnly = true)
    public Page<RecordedDecision> advicePage(Actor actor, ListFilter filter, PageRequest request) {
        return store.advicePage(actor.organisationId(), held(actor, DecisionInputs.ADVISERS), actor.userId(),
                decisions.mayView(actor, "d.subject_id"), filter.status(ADVICE_STATES.keySet()), filter, request);
    }

    /** Disagreements waiting for a decision from a role the caller holds. */
    @Transactional(readOnly = true)
    public List<RecordedDecision> judgementQueue(Actor actor) {
        return decisions.visibleOnly(actor, store.awaitingJudgement(actor.organisationId(), held(actor, JUDGES)));
    }

    @Transactional(readOnly = true)
    public List<RecordedDecision> reviewQueue(Actor actor) {
        return actor.hasRole(Role.MANAGER) ? decisions.visibleOnly(actor, store.openReviews(actor.organisationId())) : List.of();
    }

    private DecisionResult again(RecordedDecision decision, DecisionFacts facts, String question, String answer, String explanation, String citation) {
        DecisionResult evaluated = engine.evaluate(facts, agreements.between(decision.organisationId(), decision.recipientOrganisationId()));
        List<DecisionResult.PathStep> path = new ArrayList<>(evaluated.path().size() + 1);
        path.add(new DecisionResult.PathStep(question, answer, explanation, citation));
        path.addAll(evaluated.path());
        return new DecisionResult(evaluated.outcome(), evaluated.summary(), path, evaluated.chain(), evaluated.shared(), evaluated.withheld(),
                evaluated.conditions(), evaluated.consentId(), evaluated.consentOverridden(), evaluated.managerReview(), evaluated.agreementId(),
                evaluated.openQuestions(), evaluated.adviser(), evaluated.consentIsLawfulBasis(), evaluated.consultation());
    }

    private void relied(Actor actor, RecordedDecision decision, DecisionResult result) {
        if (result.outcome() == Outcome.SHARE && result.consentId() != null) {
            consents.recordReliance(actor, result.consentId(), decision.id(), decision.recipientOrganisationId(), decision.recipientTeamId());
        }
    }

    private DecisionFacts facts(RecordedDecision decision) {
        return EngineFacts.from(decision.facts(), organisation -> directory.organisationTypes(List.of(organisation)).get(organisation), inputs::gateway);
    }

    private static DecisionRecord next(DecisionRecord record, DecisionFacts facts, DecisionRecord.Result result,
                                       DecisionRecord.Disagreement disagreement, DecisionRecord.Judgement judgement) {
        List<DecisionRecord.Result> earlier = new ArrayList<>(record.superseded());
        earlier.add(record.result());
        return new DecisionRecord(DecisionRecord.CURRENT, record.stated(), RecordWriter.facts(facts), result, earlier, disagreement, judgement);
    }

    /** The questions a judge may answer differently, with the answers the practitioner gave. */
    static Map<Question, Answer> questions(DecisionFacts f) {
        Map<Question, Answer> questions = new EnumMap<>(Question.class);
        questions.put(Question.PURPOSE_LEGITIMATE, f.purposeLegitimate());
        questions.put(Question.CHILD_AT_RISK, f.safeguarding().childAtRisk());
        if (f.person().adult()) {
            questions.put(Question.ADULT_CARE_NEEDS, f.safeguarding().adultCareNeeds());
            questions.put(Question.ADULT_ABUSE_OR_NEGLECT, f.safeguarding().adultAbuseOrNeglect());
            questions.put(Question.ADULT_UNABLE_TO_PROTECT, f.safeguarding().adultUnableToProtect());
        }
        questions.put(Question.VITAL_INTERESTS, f.safeguarding().vitalInterests());
        questions.put(Question.LESS_INTRUSIVE_MEANS, f.proportionality().lessIntrusiveMeans());
        questions.put(Question.PROPORTIONATE, f.proportionality().proportionate());
        DecisionFacts.ConsentEvidence consent = f.consent().record();
        if (consent != null && consent.state() != DecisionFacts.ConsentState.GIVEN) {
            questions.put(Question.OVERRIDE_JUSTIFICATION, f.consent().overrideDeclined() ? Answer.NO
                    : f.consent().hasOverrideJustification() ? Answer.YES : Answer.NOT_SURE);
        }
        if (f.confidenceOwed() != null) {
            questions.put(Question.ORIGINATOR_CONSULTATION, f.confidenceOwed().overrideJustified());
        }
        return questions;
    }

    private static void requireJustification(Map<Question, Answer> answers, String justification, List<Violation> violations) {
        if (answers.get(Question.OVERRIDE_JUSTIFICATION) == Answer.YES && DecisionInputs.blankToNull(justification) == null) {
            violations.add(new Violation("overrideJustification", "required", "Enter why overriding their refusal is justified and proportionate"));
        }
    }

    private static String given(Map<Question, Answer> answers) {
        StringBuilder given = new StringBuilder();
        answers.forEach((question, answer) -> given.append(given.isEmpty() ? "" : " ").append(question.text()).append(' ').append(answer.label()).append('.'));
        return given.isEmpty() ? "The adviser's advice is recorded with the decision." : given.toString();
    }

    private static Map<String, String> names(Map<Question, Answer> answers) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        answers.forEach((question, answer) -> names.put(question.name(), answer.name()));
        return names;
    }

    private static Question question(String code) {
        try {
            return Question.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Set<Role> held(Actor actor, Set<Role> roles) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        actor.roles().stream().filter(roles::contains).forEach(held::add);
        return held;
    }

    private static String label(Actor actor, Set<Role> roles) {
        for (Role role : List.of(Role.CALDICOTT_GUARDIAN, Role.DATA_PROTECTION_OFFICER, Role.MANAGER)) {
            if (roles.contains(role) && actor.hasRole(role)) {
                return role.label();
            }
        }
        return "adviser";
    }
}
