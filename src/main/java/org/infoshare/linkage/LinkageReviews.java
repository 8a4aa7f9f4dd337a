package org.infoshare.linkage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.ledger.Ledger;
import org.infoshare.linkage.rules.clustering.PersonFlag;
import org.infoshare.linkage.rules.matching.Field;
import org.infoshare.linkage.rules.matching.Hold;
import org.infoshare.linkage.rules.matching.Level;
import org.infoshare.linkage.rules.matching.MatchModel;
import org.infoshare.linkage.rules.matching.Patterns;
import org.infoshare.shared.Actor;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analyst's review of a run: uncertain pairs, each explained field by field, confirmed or rejected; people
 * the run flagged, and any person split. Decisions are kept with the plan and applied by every later run: a
 * rejected pair or a split is never silently joined again.
 */
@Service
public class LinkageReviews {

    private final LinkageRuns runs;
    private final LinkageRunStore store;
    private final WorklistStore worklist;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    LinkageReviews(LinkageRuns runs, LinkageRunStore store, WorklistStore worklist, CommandValidator validator, Ledger ledger, Clock clock) {
        this.runs = runs;
        this.store = store;
        this.worklist = worklist;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** How two records compare on one field, and the weight that added. */
    public record FieldComparison(Field field, Level level, double weight) {
        public String describe() {
            return field.label() + ": " + level.words();
        }
    }

    /**
     * A pair for review: the two records (organisation and reference), the match weight and its probability, why
     * it is held if it is, each field's comparison, and the decision if one was made.
     */
    public record PairReview(UUID runId, int pairNo, double weight, double probability, Hold hold, RecordKey first, RecordKey second,
                             List<FieldComparison> fields, String decision) {
    }

    /** A person of a run, by their records, and what flagged them if anything did. */
    public record PersonReview(UUID runId, int personNo, Integer familyNo, Set<PersonFlag> flags, List<RecordKey> records) {
    }

    @Transactional(readOnly = true)
    public List<PairReview> pairs(Actor actor, UUID runId) {
        LinkageRun run = runs.get(actor, runId);
        LinkagePlan plan = runs.analystOf(actor, run);
        Map<String, Double> weights = weights(run);
        Map<Integer, String> decided = new HashMap<>();
        store.decisions(plan.id(), plan.agreementId()).stream().filter(d -> d.runId().equals(run.id()) && d.pairNo() != null)
                .forEach(d -> decided.put(d.pairNo(), d.kind().name()));
        return store.pairs(run.id(), plan.agreementId()).stream().map(p -> review(run, p, weights, decided.get(p.pairNo()))).toList();
    }

    /** One pair, by its number as written in the address (read once the caller is known to be the run's analyst). */
    @Transactional(readOnly = true)
    public PairReview pair(Actor actor, UUID runId, String pairNumber) {
        LinkageRun run = runs.get(actor, runId);
        LinkagePlan plan = runs.analystOf(actor, run);
        int pairNo = RunNumber.read("pairNo", pairNumber, "Pair");
        LinkageRunStore.StoredPair pair = store.pair(run.id(), pairNo, plan.agreementId()).orElseThrow(() -> new NotFoundException("Pair"));
        return review(run, pair, weights(run), store.decisionOn(run.id(), pairNo).map(Enum::name).orElse(null));
    }

    /** The reviewer's answer: the same person (joined at the next run) or not (never joined). */
    @Transactional
    public PairReview decide(Actor actor, UUID runId, String pairNumber, LinkageCommands.Decide command) {
        LinkageRun run = runs.get(actor, runId);
        LinkagePlan plan = runs.analystOf(actor, run);
        int pairNo = RunNumber.read("pairNo", pairNumber, "Pair");
        validator.check(command);
        LinkageRunStore.StoredPair pair = store.pair(run.id(), pairNo, plan.agreementId()).orElseThrow(() -> new NotFoundException("Pair"));
        if (store.decisionOn(run.id(), pairNo).isPresent()) {
            throw new ConflictException("same", "decided", "This pair has been decided already");
        }
        LinkageRunStore.DecisionKind kind = command.same() ? LinkageRunStore.DecisionKind.SAME : LinkageRunStore.DecisionKind.NOT_SAME;
        store.insertDecision(plan.id(), plan.agreementId(), new LinkageRunStore.Decision(UUID.randomUUID(), kind, run.id(), pairNo,
                clock.instant(), actor.userId(), List.of(pair.first(), pair.second()), List.of()));
        ledger.record(LinkageEvents.pairDecided(actor, plan, run.id(), pairNo, command.same()));
        return pair(actor, runId, pairNumber);
    }

    /** The people the run flagged for a look. */
    @Transactional(readOnly = true)
    public List<PersonReview> flagged(Actor actor, UUID runId) {
        LinkageRun run = runs.get(actor, runId);
        LinkagePlan plan = runs.analystOf(actor, run);
        return store.people(run.id(), plan.agreementId()).stream()
                .map(p -> new PersonReview(run.id(), p.personNo(), null, p.flags(), p.records())).toList();
    }

    /** One person: among the flagged, or (with its family's number) a member of a family the run found. */
    @Transactional(readOnly = true)
    public PersonReview person(Actor actor, UUID runId, String personNumber, Integer familyNo) {
        LinkageRun run = runs.get(actor, runId);
        LinkagePlan plan = runs.analystOf(actor, run);
        int personNo = RunNumber.read("personNo", personNumber, "Person");
        Set<PersonFlag> flags = Set.of();
        List<RecordKey> records = null;
        for (LinkageRunStore.StoredPerson flagged : store.people(run.id(), plan.agreementId())) {
            if (flagged.personNo() == personNo) {
                flags = flagged.flags();
                records = flagged.records();
            }
        }
        if (familyNo != null) {
            StoredShapes.Member member = worklist.family(run.id(), familyNo, plan.agreementId())
                    .flatMap(f -> f.content().members().stream().filter(m -> m.person() == personNo).findFirst())
                    .orElseThrow(() -> new NotFoundException("Person"));
            records = LinkageRunStore.keys(member.records());
        }
        if (records == null) {
            throw new NotFoundException("Person");
        }
        return new PersonReview(run.id(), personNo, familyNo, flags, records);
    }

    /**
     * Separates some of a person's records from the rest: from the next run on, no record separated is joined to
     * any of the others, whatever links say; the separated records may still be joined to each other.
     */
    @Transactional
    public PersonReview split(Actor actor, UUID runId, String personNumber, Integer familyNo, LinkageCommands.Split command) {
        PersonReview person = person(actor, runId, personNumber, familyNo);
        LinkagePlan plan = runs.analystOf(actor, runs.get(actor, runId));
        validator.check(command);
        List<RecordKey> separated = new ArrayList<>();
        List<RecordKey> rest = new ArrayList<>();
        for (int i = 0; i < person.records().size(); i++) {
            (command.records().contains(i) ? separated : rest).add(person.records().get(i));
        }
        if (command.records().stream().anyMatch(i -> i < 0 || i >= person.records().size())) {
            throw InvalidRequestException.of("records", "record-of-person", "Choose records of this person");
        }
        if (rest.isEmpty()) {
            throw InvalidRequestException.of("records", "keep-one", "Leave at least one record with the person: separate the others");
        }
        store.insertDecision(plan.id(), plan.agreementId(), new LinkageRunStore.Decision(UUID.randomUUID(), LinkageRunStore.DecisionKind.APART,
                runId, null, clock.instant(), actor.userId(), separated, rest));
        ledger.record(LinkageEvents.personSplit(actor, plan, runId, person.personNo(), separated.size(), rest.size()));
        return person;
    }

    private static Map<String, Double> weights(LinkageRun run) {
        Map<String, Double> weights = new HashMap<>();
        run.model().forEach(p -> weights.put(p.field() + "/" + p.level(), p.weight()));
        return weights;
    }

    private static PairReview review(LinkageRun run, LinkageRunStore.StoredPair pair, Map<String, Double> weights, String decision) {
        List<FieldComparison> fields = new ArrayList<>();
        for (Field field : Field.values()) {
            Level level = Patterns.levelOf(pair.pattern(), field);
            fields.add(new FieldComparison(field, level, level == Level.MISSING ? 0 : weights.getOrDefault(field.name() + "/" + level.name(), 0.0)));
        }
        return new PairReview(run.id(), pair.pairNo(), pair.weight(), MatchModel.probability(pair.weight()), pair.hold(), pair.first(),
                pair.second(), fields, decision);
    }
}
