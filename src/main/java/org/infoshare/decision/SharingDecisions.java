package org.infoshare.decision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.consent.ConsentRecord;
import org.infoshare.consent.ConsentRegister;
import org.infoshare.consent.Capacity;
import org.infoshare.consent.GivenBy;
import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.ApplicableAgreement;
import org.infoshare.decision.rules.DecisionFacts;
import org.infoshare.decision.rules.DecisionMode;
import org.infoshare.decision.rules.DecisionResult;
import org.infoshare.decision.rules.Outcome;
import org.infoshare.decision.rules.Question;
import org.infoshare.decision.rules.SharingDecisionEngine;
import org.infoshare.decision.rules.StandardItems;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.OrganisationType;
import org.infoshare.legal.BuiltInProvisions;
import org.infoshare.legal.DataCategory;
import org.infoshare.legal.ProvisionKind;
import org.infoshare.legal.SpecialCategory;
import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.LedgerEvent;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.shared.problem.Violation;
import org.infoshare.subject.Subject;
import org.infoshare.subject.Subjects;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case-by-case sharing decisions: the facts go through the engine and the decision is recorded, with the
 * practitioner's rationale, whatever the outcome (003 golden rule 7; 004 golden rule 7). Advice completes a
 * 'seek advice' decision; managers review overrides of consent; a refusal can be reconsidered.
 */
@Service
public class SharingDecisions {

    static final Set<Role> ADVISERS = EnumSet.of(Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN);
    private static final Set<Role> OVERSEERS = EnumSet.of(Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR);

    private final SharingDecisionEngine engine = new SharingDecisionEngine();
    private final DecisionStore store;
    private final RequestStore requests;
    private final Subjects subjects;
    private final ConsentRegister consents;
    private final DirectoryLookup directory;
    private final ApplicableAgreements agreements;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    SharingDecisions(DecisionStore store, RequestStore requests, Subjects subjects, ConsentRegister consents, DirectoryLookup directory,
                     ApplicableAgreements agreements, CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.requests = requests;
        this.subjects = subjects;
        this.consents = consents;
        this.directory = directory;
        this.agreements = agreements;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Where a decision answers another agency's request: the request, its legal basis, and who asked. */
    record RequestContext(UUID requestId, UUID requesterOrganisationId, String gatewayCode, boolean forPartnershipFunctions) {
    }

    @Transactional
    public RecordedDecision decide(Actor actor, DecisionCommands.Decide command) {
        return record(actor, command, null, null, null);
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
        RequestContext request = previous.requestId() == null ? null : requests.context(previous.requestId()).orElse(null);
        return record(actor, command.decision(), previous.id(), command.newInformation().strip(), request);
    }

    RecordedDecision record(Actor actor, DecisionCommands.Decide command, UUID reconsiders, String newInformation, RequestContext request) {
        validator.check(command);
        Subject subject = subjects.subject(actor, command.subjectId());
        LocalDate today = UkCalendar.today(clock);
        List<Violation> violations = new ArrayList<>();
        UUID recipient = command.recipientOrganisationId();
        if (request != null && !request.requesterOrganisationId().equals(recipient)) {
            violations.add(new Violation("recipientOrganisationId", "requester", "The recipient of an answer to a request is the organisation that asked"));
        }
        Map<UUID, OrganisationType> types = directory.organisationTypes(List.of(actor.organisationId(), recipient));
        if (recipient.equals(actor.organisationId()) || !types.containsKey(recipient)) {
            violations.add(new Violation("recipientOrganisationId", "partner-organisation", "Choose another organisation in the partnership"));
        }
        if (command.recipientTeamId() != null && directory.team(command.recipientTeamId()).filter(t -> t.organisationId().equals(recipient)).isEmpty()) {
            violations.add(new Violation("recipientTeamId", "team-in-organisation", "Choose a team in the receiving organisation"));
        }
        Integer age = command.ageYears() != null ? command.ageYears() : subject.ageOn(today);
        if (command.ageYears() != null && (command.ageYears() < 0 || command.ageYears() > 130)) {
            violations.add(new Violation("ageYears", "range", "Age must be between 0 and 130"));
        }
        DecisionFacts.ConsentEvidence consent = null;
        if (command.consentId() != null) {
            Optional<ConsentRecord> record = consentRecord(actor, command.consentId()).filter(c -> c.subjectId().equals(subject.id()));
            if (record.isEmpty()) {
                violations.add(new Violation("consentId", "consent-record", "Choose a consent record about this person"));
            } else {
                consent = evidence(record.get(), subject, today);
            }
        }
        List<ApplicableAgreement> between = agreements.between(actor.organisationId(), recipient);
        List<DecisionFacts.RequestedItem> items = new ArrayList<>();
        for (int i = 0; i < command.items().size(); i++) {
            DecisionCommands.Item item = command.items().get(i);
            Optional<DecisionFacts.RequestedItem> known = item(item, between);
            if (known.isEmpty()) {
                violations.add(new Violation("items[" + i + "].code", "known-item", "Choose an item from the list"));
            } else {
                items.add(known.get());
            }
        }
        Set<String> gateways = command.gatewayCodes() == null ? Set.of() : command.gatewayCodes();
        for (String code : gateways) {
            if (BuiltInProvisions.byCode(code).filter(p -> p.kind() == ProvisionKind.STATUTORY_GATEWAY).isEmpty()) {
                violations.add(new Violation("gatewayCodes", "statutory-gateway", "Choose statutory gateways from the list"));
                break;
            }
        }
        if (command.adviserRole() != null && !ADVISERS.contains(command.adviserRole())) {
            violations.add(new Violation("adviserRole", "adviser", "Choose your manager, the Data Protection Officer or the Caldicott Guardian"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        OrganisationType holderType = types.getOrDefault(actor.organisationId(), OrganisationType.OTHER);
        DecisionFacts facts = new DecisionFacts(
                command.mode() == null ? DecisionMode.CASE_BY_CASE : command.mode(),
                new DecisionFacts.Person(age, Boolean.TRUE.equals(command.deceased())),
                holder(actor.organisationId(), holderType), recipient, command.purpose(), command.purposeLegitimate(), items,
                command.identifiable(), command.confidential(),
                new DecisionFacts.ConsentFacts(consent, command.consentNotSoughtReason(), blankToNull(command.consentOverrideJustification())),
                new DecisionFacts.Safeguarding(command.childAtRisk(), command.adultCareNeeds(), command.adultAbuseOrNeglect(),
                        command.adultUnableToProtect(), command.vitalInterests()),
                command.publicInterest(), new DecisionFacts.Proportionality(command.proportionate(), command.lessIntrusiveMeans()),
                gateways, request == null ? null : new DecisionFacts.RequestBasis(request.gatewayCode(), Answer.of(request.forPartnershipFunctions())),
                command.urgency(), command.outsideUk(), command.outsideUkException(),
                new DecisionFacts.Inform(command.informPerson(), command.notInformReason()),
                Boolean.TRUE.equals(command.adviceWanted()), today);
        DecisionResult result = engine.evaluate(facts, between);
        Role adviser = result.outcome() == Outcome.SEEK_ADVICE ? (command.adviserRole() != null ? command.adviserRole() : result.adviser()) : null;
        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        DecisionStore.NewDecision recorded = new DecisionStore.NewDecision(id, actor.organisationId(), command, facts, result,
                SharingDecisionEngine.VERSION, actor.userId(), actor.teamIds(), now, reconsiders, newInformation,
                request == null ? null : request.requestId(), adviser);
        store.insert(recorded);
        if (result.outcome() == Outcome.SHARE && result.consentId() != null) {
            consents.recordReliance(actor, result.consentId(), id, recipient, command.recipientTeamId());
        }
        ledger.record(LedgerEvent.of("decision.recorded", "decision", id)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("subject", subject.id())
                .detail("outcome", result.outcome())
                .detail("mode", facts.mode())
                .detail("purpose", facts.purpose())
                .detail("recipient", recipient)
                .detail("shared", result.shared().size())
                .detail("withheld", result.withheld().size())
                .detail("basis", chainCodes(result))
                .detail("consent", result.consentId())
                .detail("consentOverridden", result.consentOverridden())
                .detail("agreement", result.agreementId())
                .detail("reconsiders", reconsiders)
                .detail("request", request == null ? null : request.requestId())
                .detail("adviser", adviser)
                .detail("engine", SharingDecisionEngine.VERSION)
                .build());
        // What was just written, without reading it back: one round trip less on the busiest path.
        return recorded.asRecorded();
    }

    /** An adviser answers the open questions and gives advice; the engine decides again with their answers. */
    @Transactional
    public RecordedDecision advise(Actor actor, UUID id, DecisionCommands.Advise command) {
        RecordedDecision decision = inOrganisation(actor, id);
        if (!actor.hasAnyRole(ADVISERS.toArray(Role[]::new))) {
            throw new ForbiddenException("Only managers, Data Protection Officers and Caldicott Guardians give advice");
        }
        if (decision.status() != DecisionStatus.AWAITING_ADVICE) {
            throw new ConflictException("", "not-awaiting-advice", "This decision is not waiting for advice");
        }
        validator.check(command);
        Map<Question, Answer> answers = command.answers() == null ? Map.of() : new EnumMap<>(command.answers());
        List<Violation> violations = new ArrayList<>();
        for (Question question : decision.result().openQuestions()) {
            Answer answer = answers.get(question);
            if (question.yesOrNo() && (answer == null || answer == Answer.NOT_SURE)) {
                violations.add(new Violation("answers." + question.name(), "required", "Answer yes or no: " + question.text()));
            }
        }
        if (answers.get(Question.OVERRIDE_JUSTIFICATION) == Answer.YES && blankToNull(command.overrideJustification()) == null) {
            violations.add(new Violation("overrideJustification", "required", "Enter why overriding their refusal is justified and proportionate"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        DecisionFacts facts = decision.facts().resolvedBy(answers, command.overrideJustification());
        DecisionResult evaluated = engine.evaluate(facts, agreements.between(decision.organisationId(), decision.recipientOrganisationId()));
        List<DecisionResult.PathStep> path = new ArrayList<>();
        StringBuilder given = new StringBuilder();
        answers.forEach((question, answer) -> given.append(given.isEmpty() ? "" : " ").append(question.text()).append(' ').append(answer.label()).append('.'));
        path.add(new DecisionResult.PathStep("What did the adviser advise?", "Advice given by a " + adviserLabel(actor),
                given.isEmpty() ? "The adviser's advice is recorded with the decision." : given.toString(), "004 golden rule 4; 003 golden rule 3"));
        path.addAll(evaluated.path());
        DecisionResult result = new DecisionResult(evaluated.outcome(), evaluated.summary(), path, evaluated.chain(), evaluated.shared(),
                evaluated.withheld(), evaluated.conditions(), evaluated.consentId(), evaluated.consentOverridden(), evaluated.managerReview(),
                evaluated.agreementId(), evaluated.openQuestions(), evaluated.adviser());
        Instant now = clock.instant();
        store.advised(decision, facts, result, answers, command.advice(), actor.userId(), now);
        if (result.outcome() == Outcome.SHARE && result.consentId() != null) {
            consents.recordReliance(actor, result.consentId(), id, decision.recipientOrganisationId(), decision.recipientTeamId());
        }
        if (decision.requestId() != null && result.outcome() != Outcome.SEEK_ADVICE) {
            requests.answered(decision.requestId(), result.outcome(), now);
        }
        ledger.record(LedgerEvent.of("decision.advised", "decision", id)
                .actor(actor.userId()).organisation(decision.organisationId())
                .detail("outcome", result.outcome())
                .detail("questions", answers.size())
                .detail("basis", chainCodes(result))
                .build());
        return store.find(id).orElseThrow();
    }

    /** A manager reviews a decision that overrode a refusal or withdrawal of consent. */
    @Transactional
    public RecordedDecision review(Actor actor, UUID id, DecisionCommands.Review command) {
        RecordedDecision decision = inOrganisation(actor, id);
        if (!actor.hasRole(Role.MANAGER)) {
            throw new ForbiddenException("Only managers review overrides of consent");
        }
        if (decision.review() == null || decision.review().status() != RecordedDecision.ReviewStatus.OPEN) {
            throw new ConflictException("", "no-open-review", "This decision has no review waiting");
        }
        validator.check(command);
        RecordedDecision.ReviewStatus status = command.agree() ? RecordedDecision.ReviewStatus.AGREED : RecordedDecision.ReviewStatus.DISAGREED;
        store.reviewed(decision, status, command.comments(), actor.userId(), clock.instant());
        ledger.record(LedgerEvent.of("decision.override-reviewed", "decision", id)
                .actor(actor.userId()).organisation(decision.organisationId()).detail("review", status).build());
        return store.find(id).orElseThrow();
    }

    /** An urgent share made verbally; it stays on the list until it is confirmed in writing (004 §6). */
    @Transactional
    public RecordedDecision recordVerbalShare(Actor actor, UUID id, DecisionCommands.VerbalShare command) {
        RecordedDecision decision = decision(actor, id);
        validator.check(command);
        if (!decision.completed() || decision.outcome() != Outcome.SHARE) {
            throw new ConflictException("", "not-a-share", "Only a decision to share can be shared verbally");
        }
        if (decision.verbalShare() != null) {
            throw new ConflictException("", "already-recorded", "The verbal share has already been recorded");
        }
        if (command.sharedAt().toInstant().isBefore(decision.decidedAt().minusSeconds(24 * 3600)) || command.sharedAt().toInstant().isAfter(clock.instant())) {
            throw InvalidRequestException.of("sharedAt", "when", "The time you shared it must be in the past and no more than a day before the decision");
        }
        store.verbalShare(decision, command.sharedAt().toInstant(), command.sharedWith());
        ledger.record(LedgerEvent.of("decision.verbal-share-recorded", "decision", id)
                .actor(actor.userId()).organisation(decision.organisationId()).build());
        return store.find(id).orElseThrow();
    }

    @Transactional
    public RecordedDecision recordWrittenConfirmation(Actor actor, UUID id) {
        RecordedDecision decision = decision(actor, id);
        if (decision.verbalShare() == null || decision.verbalShare().writtenConfirmationAt() != null) {
            throw new ConflictException("", "no-verbal-share", "There is no verbal share waiting for written confirmation");
        }
        store.writtenConfirmation(id, clock.instant());
        ledger.record(LedgerEvent.of("decision.written-confirmation-recorded", "decision", id)
                .actor(actor.userId()).organisation(decision.organisationId()).build());
        return store.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public RecordedDecision decision(Actor actor, UUID id) {
        return store.find(id).filter(d -> visible(actor, d)).orElseThrow(() -> new NotFoundException("Decision"));
    }

    @Transactional(readOnly = true)
    public List<RecordedDecision> recent(Actor actor) {
        return store.recent(actor.organisationId(), 100).stream().filter(d -> visible(actor, d)).toList();
    }

    @Transactional(readOnly = true)
    public List<RecordedDecision> forSubject(Actor actor, UUID subjectId) {
        Subject subject = subjects.subject(actor, subjectId);
        return store.forSubject(subject.id()).stream().filter(d -> visible(actor, d)).toList();
    }

    /** Decisions waiting for advice from a role the caller holds. */
    @Transactional(readOnly = true)
    public List<RecordedDecision> adviceQueue(Actor actor) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        actor.roles().stream().filter(ADVISERS::contains).forEach(roles::add);
        return store.awaitingAdvice(actor.organisationId(), roles);
    }

    @Transactional(readOnly = true)
    public List<RecordedDecision> reviewQueue(Actor actor) {
        return actor.hasRole(Role.MANAGER) ? store.openReviews(actor.organisationId()) : List.of();
    }

    @Transactional(readOnly = true)
    public List<RecordedDecision> awaitingWrittenConfirmation(Actor actor) {
        return store.awaitingWrittenConfirmation(actor.organisationId()).stream().filter(d -> visible(actor, d)).toList();
    }

    /**
     * Exactly what a completed SHARE decision of the caller's organisation allowed, for secure delivery;
     * empty for any other decision (not a share, not yet complete, or not the caller's organisation's).
     */
    @Transactional(readOnly = true)
    public Optional<AuthorisedShare> authorisedShare(UUID decisionId, Actor actor) {
        return store.find(decisionId)
                .filter(d -> actor.belongsTo(d.organisationId()))
                .filter(d -> d.completed() && d.outcome() == Outcome.SHARE)
                .map(SharingDecisions::authorised);
    }

    /** The completed share decisions among the caller's recent ones, ready to be carried out: from one query. */
    @Transactional(readOnly = true)
    public List<AuthorisedShare> authorisedShares(Actor actor) {
        return recent(actor).stream().filter(d -> d.completed() && d.outcome() == Outcome.SHARE).map(SharingDecisions::authorised).toList();
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
        DecisionResult r = d.result();
        List<AuthorisedShare.Basis> basis = r.chain().stream()
                .map(link -> new AuthorisedShare.Basis(link.code(), link.citation(), link.title(), link.why())).toList();
        List<AuthorisedShare.Item> items = r.shared().stream()
                .map(item -> new AuthorisedShare.Item(item.code(), item.label(), item.category(), item.opinion())).toList();
        DecisionResult.Conditions c = r.conditions();
        return new AuthorisedShare(d.id(), d.subjectId(), d.organisationId(), d.recipientOrganisationId(), d.recipientTeamId(),
                blankToNull(d.stated().recipientPerson()), d.facts().purpose(), basis, items, c.secureMethods(), c.informPerson(),
                c.notInformReason(), c.distinguishFactFromOpinion(), c.protectThirdParties(), c.confirmInWriting(), d.completedAt(), d.decidedBy());
    }

    private RecordedDecision inOrganisation(Actor actor, UUID id) {
        return store.find(id).filter(d -> actor.belongsTo(d.organisationId())).orElseThrow(() -> new NotFoundException("Decision"));
    }

    /** Need to know: the people who made it, their teams, and those who oversee decisions in the organisation. */
    static boolean visible(Actor actor, RecordedDecision decision) {
        if (!actor.belongsTo(decision.organisationId())) {
            return false;
        }
        if (actor.roles().stream().anyMatch(OVERSEERS::contains) || actor.userId().equals(decision.decidedBy())) {
            return true;
        }
        return !Collections.disjoint(actor.teamIds(), decision.decidedByTeams());
    }

    private Optional<ConsentRecord> consentRecord(Actor actor, UUID id) {
        try {
            return Optional.of(consents.consent(actor, id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static DecisionFacts.ConsentEvidence evidence(ConsentRecord record, Subject subject, LocalDate today) {
        DecisionFacts.ConsentState state = switch (record.status()) {
            case REFUSED -> DecisionFacts.ConsentState.REFUSED;
            case WITHDRAWN -> DecisionFacts.ConsentState.WITHDRAWN;
            case GIVEN, EXPIRED -> DecisionFacts.ConsentState.GIVEN;
        };
        boolean lackedCapacity = record.givenBy() == GivenBy.PERSON && record.capacity() == Capacity.LACKS_CAPACITY;
        return new DecisionFacts.ConsentEvidence(record.id(), state, record.explicit(), lackedCapacity, record.purposes(), record.recipients(),
                record.validFrom(), record.validUntil(), today);
    }

    private static Optional<DecisionFacts.RequestedItem> item(DecisionCommands.Item item, List<ApplicableAgreement> between) {
        boolean necessary = !Boolean.FALSE.equals(item.necessary());
        boolean others = Boolean.TRUE.equals(item.identifiesOthers());
        Optional<StandardItems.Item> standard = StandardItems.byCode(item.code());
        if (standard.isPresent()) {
            StandardItems.Item s = standard.get();
            return Optional.of(new DecisionFacts.RequestedItem(s.code(), s.label(), s.category(), s.specialCategory(), s.opinion(), necessary, others));
        }
        for (ApplicableAgreement agreement : between) {
            ApplicableAgreement.AgreementItem a = agreement.items().get(item.code());
            if (a != null) {
                DataCategory category = a.category();
                SpecialCategory special = a.specialCategory();
                return Optional.of(new DecisionFacts.RequestedItem(a.code(), a.label(), category, special, false, necessary, others));
            }
        }
        return Optional.empty();
    }

    static DecisionFacts.Holder holder(UUID organisationId, OrganisationType type) {
        boolean publicAuthority = type != OrganisationType.VOLUNTARY && type != OrganisationType.OTHER;
        boolean competent = type == OrganisationType.POLICE || type == OrganisationType.PROBATION;
        boolean care = type == OrganisationType.HEALTH || type == OrganisationType.LOCAL_AUTHORITY;
        return new DecisionFacts.Holder(organisationId, publicAuthority, competent, care);
    }

    private static String chainCodes(DecisionResult result) {
        String codes = String.join(",", result.chain().stream().map(DecisionResult.ChainLink::code).toList());
        return codes.length() > 200 ? codes.substring(0, 200) : codes;
    }

    private static String adviserLabel(Actor actor) {
        for (Role role : List.of(Role.CALDICOTT_GUARDIAN, Role.DATA_PROTECTION_OFFICER, Role.MANAGER)) {
            if (actor.hasRole(role)) {
                return role.label();
            }
        }
        return "adviser";
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
