package org.infoshare.linkage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.agreement.AgreementRegister;
import org.infoshare.agreement.AgreementTerms;
import org.infoshare.ledger.Ledger;
import org.infoshare.linkage.rules.outcomes.AgeGroup;
import org.infoshare.linkage.rules.outcomes.HeadlineArea;
import org.infoshare.linkage.rules.outcomes.Indicator;
import org.infoshare.shared.Actor;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The early help team's worklist: the families of the latest published run that meet at least one headline
 * area, to filter and sort; each family's evidence (members by their records' references, the descriptors met,
 * the facts with their source and date), opened only by the plan's early help team and analysts and recorded in
 * the ledger; families taken into the programme, and their progress as later runs find it.
 */
@Service
public class FamilyWorklist {

    private final LinkagePlans plans;
    private final LinkageRunStore runs;
    private final WorklistStore store;
    private final AgreementRegister agreements;
    private final EvidenceDigests digests;
    private final Ledger ledger;
    private final Clock clock;

    FamilyWorklist(LinkagePlans plans, LinkageRunStore runs, WorklistStore store, AgreementRegister agreements, EvidenceDigests digests,
                   Ledger ledger, Clock clock) {
        this.plans = plans;
        this.runs = runs;
        this.store = store;
        this.agreements = agreements;
        this.digests = digests;
        this.ledger = ledger;
        this.clock = clock;
    }

    public enum Sort { AREAS, LATEST_EVIDENCE, FAMILY }

    /** What to show: one area's families, eligible ones only, those with evidence from one organisation. */
    public record Filter(HeadlineArea area, boolean eligibleOnly, UUID source, Sort sort) {
        public static final Filter ALL = new Filter(null, false, null, Sort.AREAS);
    }

    public record Entry(int familyNo, boolean eligible, Set<HeadlineArea> areasMet, int members, LocalDate latestEvidence, Set<UUID> sources,
                        boolean inProgramme, Boolean significantAndSustained) {
    }

    /** The worklist: empty, with no run, until the analysts publish one. */
    public record Worklist(LinkagePlan plan, LinkageRun run, List<Entry> entries) {
    }

    @Transactional(readOnly = true)
    public Worklist worklist(Actor actor, UUID planId, Filter filter) {
        LinkagePlan plan = forWorklist(actor, planId);
        LinkageRun run = runs.latestPublished(plan.id()).orElse(null);
        if (run == null) {
            return new Worklist(plan, null, List.of());
        }
        Map<Integer, StatusInProgramme> programme = programmeStatus(plan, run);
        List<Entry> entries = new ArrayList<>();
        for (WorklistStore.StoredFamily family : store.families(run.id(), plan.agreementId(), filter.eligibleOnly())) {
            Entry entry = entry(family, programme.get(family.familyNo()));
            if ((filter.area() == null || entry.areasMet().contains(filter.area())) && (filter.source() == null || entry.sources().contains(filter.source()))) {
                entries.add(entry);
            }
        }
        Comparator<Entry> order = switch (filter.sort() == null ? Sort.AREAS : filter.sort()) {
            case AREAS -> Comparator.comparing((Entry e) -> -e.areasMet().size())
                    .thenComparing(Entry::latestEvidence, Comparator.nullsLast(Comparator.reverseOrder()));
            case LATEST_EVIDENCE -> Comparator.comparing(Entry::latestEvidence, Comparator.nullsLast(Comparator.reverseOrder()));
            case FAMILY -> Comparator.comparingInt(Entry::familyNo);
        };
        entries.sort(order.thenComparingInt(Entry::familyNo));
        return new Worklist(plan, run, entries);
    }

    /** The families a run found, as worklist entries: for its analysts, and for the early help team once published. */
    @Transactional(readOnly = true)
    public List<Entry> families(Actor actor, UUID runId) {
        LinkageRun run = runs.run(runId).orElseThrow(() -> new NotFoundException("Family"));
        LinkagePlan plan = forFamily(actor, run);
        Map<Integer, StatusInProgramme> programme = programmeStatus(plan, run);
        return store.families(run.id(), plan.agreementId(), false).stream().map(f -> entry(f, programme.get(f.familyNo()))).toList();
    }

    /** A family on a published worklist, with its evidence; the opening is recorded. */
    public record Family(LinkagePlan plan, LinkageRun run, int familyNo, boolean eligible, String reason, Set<HeadlineArea> areasMet,
                         List<MemberView> members, List<ResultView> results, UUID programmeId, List<ProgressView> progress) {
    }

    /** A member: their number in the run, age group, and their records by organisation and reference. */
    public record MemberView(int person, AgeGroup ageGroup, List<RecordKey> records) {
    }

    /** A descriptor's verdict for the family, with the facts it rested on. */
    public record ResultView(String code, HeadlineArea area, boolean met, String reason, List<EvidenceView> evidence) {
    }

    public record EvidenceView(int person, UUID organisationId, Indicator indicator, LocalDate date, Double value) {
    }

    public record ProgressView(UUID runId, LocalDate asOf, boolean significantAndSustained, String reason, List<AreaProgressView> areas,
                               String evidenceDigest) {
    }

    public record AreaProgressView(HeadlineArea area, boolean metNow, LocalDate resolvedSince, boolean sustained) {
    }

    @Transactional
    public Family family(Actor actor, UUID runId, String familyNumber) {
        LinkageRun run = runs.run(runId).orElseThrow(() -> new NotFoundException("Family"));
        LinkagePlan plan = forFamily(actor, run);
        int familyNo = RunNumber.read("familyNo", familyNumber, "Family");
        WorklistStore.StoredFamily family = store.family(run.id(), familyNo, plan.agreementId()).orElseThrow(() -> new NotFoundException("Family"));
        ledger.record(LinkageEvents.familyOpened(actor, plan, run.id(), familyNo));
        StoredShapes.Family content = visible(plan, run, family.content());
        UUID programme = null;
        List<ProgressView> progress = new ArrayList<>();
        for (WorklistStore.StoredProgramme p : store.programme(plan.id(), plan.agreementId())) {
            if (p.runId().equals(run.id()) && p.familyNo() == familyNo) {
                programme = p.id();
            }
        }
        if (programme != null) {
            UUID id = programme;
            store.progress(plan.id(), plan.agreementId()).stream().filter(x -> x.programmeId().equals(id))
                    .forEach(x -> progress.add(new ProgressView(x.runId(), x.content().asOf(), x.significantAndSustained(), x.content().reason(),
                            x.content().areas().stream().map(a -> new AreaProgressView(HeadlineArea.valueOf(a.area()), a.metNow(), a.resolvedSince(),
                                    a.sustained())).toList(), x.evidenceDigest())));
        }
        Set<HeadlineArea> areas = EnumSet.noneOf(HeadlineArea.class);
        content.areasMet().forEach(a -> areas.add(HeadlineArea.valueOf(a)));
        List<MemberView> members = content.members().stream().map(m -> new MemberView(m.person(), AgeGroup.valueOf(m.ageGroup()),
                LinkageRunStore.keys(m.records()))).toList();
        List<ResultView> results = content.results().stream().map(r -> new ResultView(r.code(), HeadlineArea.valueOf(r.area()), r.met(), r.reason(),
                r.evidence().stream().map(e -> new EvidenceView(e.person(), e.source(), Indicator.valueOf(e.indicator()), e.date(), e.value()))
                        .toList())).toList();
        return new Family(plan, run, familyNo, content.eligible(), content.reason(), areas, members, results, programme, progress);
    }

    /**
     * The early help team takes a family into the programme: the day of the run is its baseline, and the areas met
     * then are what its progress will be measured against.
     */
    @Transactional
    public UUID joinProgramme(Actor actor, UUID runId, String familyNumber) {
        LinkageRun run = runs.run(runId).orElseThrow(() -> new NotFoundException("Family"));
        LinkagePlan plan = forFamily(actor, run);
        int familyNo = RunNumber.read("familyNo", familyNumber, "Family");
        WorklistStore.StoredFamily family = store.family(run.id(), familyNo, plan.agreementId()).orElseThrow(() -> new NotFoundException("Family"));
        if (store.programme(plan.id(), plan.agreementId()).stream().anyMatch(p -> p.runId().equals(run.id()) && p.familyNo() == familyNo)) {
            throw new ConflictException("", "in-programme", "This family is already in the programme");
        }
        UUID id = UUID.randomUUID();
        List<StoredShapes.Ref> members = family.content().members().stream().flatMap(m -> m.records().stream()).toList();
        store.insertProgramme(new WorklistStore.StoredProgramme(id, plan.id(), run.id(), familyNo, clock.instant(), actor.userId(), run.asOf(),
                new StoredShapes.Programme(StoredShapes.SHAPE, members, family.content().areasMet())), plan.agreementId());
        String digest = digests.ofEvidence(plan.agreementId(), run.outcomesVersion(),
                family.content().results().stream().flatMap(r -> r.evidence().stream()).toList());
        ledger.record(LinkageEvents.programmeJoined(actor, plan, run.id(), familyNo, id, run.asOf(), family.areasMet(), digest));
        return id;
    }

    private record StatusInProgramme(boolean in, Boolean significant) {
    }

    private Map<Integer, StatusInProgramme> programmeStatus(LinkagePlan plan, LinkageRun run) {
        Map<UUID, Integer> programmeFamily = new HashMap<>();
        Map<Integer, StatusInProgramme> status = new HashMap<>();
        for (WorklistStore.StoredProgramme p : store.programme(plan.id(), plan.agreementId())) {
            if (p.runId().equals(run.id())) {
                programmeFamily.put(p.id(), p.familyNo());
                status.put(p.familyNo(), new StatusInProgramme(true, null));
            }
        }
        for (WorklistStore.StoredProgress progress : store.progress(plan.id(), plan.agreementId())) {
            Integer family = programmeFamily.get(progress.programmeId());
            if (family != null) {
                status.put(family, new StatusInProgramme(true, progress.significantAndSustained()));
            }
        }
        return status;
    }

    private static Entry entry(WorklistStore.StoredFamily family, StatusInProgramme programme) {
        Set<HeadlineArea> areas = EnumSet.noneOf(HeadlineArea.class);
        family.content().areasMet().forEach(a -> areas.add(HeadlineArea.valueOf(a)));
        Set<UUID> sources = new java.util.HashSet<>();
        family.content().results().forEach(r -> r.evidence().forEach(e -> sources.add(e.source())));
        return new Entry(family.familyNo(), family.eligible(), areas, family.members(), family.latestEvidence(), sources,
                programme != null && programme.in(), programme == null ? null : programme.significant());
    }

    /**
     * The evidence the agreement lets the linking organisation see: facts from a partner's dataset only when the
     * agreement's data item for its events may go to that organisation (the datasets module checked it on upload;
     * checked again here against the agreement as it stands, so a change to the agreement takes effect at once).
     */
    private StoredShapes.Family visible(LinkagePlan plan, LinkageRun run, StoredShapes.Family family) {
        AgreementTerms terms = agreements.terms(plan.agreementId()).orElse(null);
        Set<UUID> allowed = new java.util.HashSet<>();
        for (LinkageRun.Source source : run.sources()) {
            if (source.kind() == LinkageRun.SourceKind.OWN_EXTRACT || (terms != null && terms.inForce() && source.eventItem() != null
                    && terms.item(source.eventItem()).filter(i -> i.mayGoTo(plan.organisationId())).isPresent())) {
                allowed.add(source.organisationId());
            }
        }
        List<StoredShapes.Result> results = family.results().stream().map(r -> new StoredShapes.Result(r.code(), r.area(), r.met(), r.reason(),
                r.evidence().stream().filter(e -> allowed.contains(e.source())).toList())).toList();
        return new StoredShapes.Family(family.shape(), family.members(), family.areasMet(), family.eligible(), family.reason(), results);
    }

    private LinkagePlan forWorklist(Actor actor, UUID planId) {
        LinkagePlan plan = plans.get(actor, planId);
        if (!LinkageAccess.worksFamilies(actor, plan)) {
            throw new NotFoundException("Worklist");
        }
        return plan;
    }

    /** The run's plan for someone who works its families: the run must be published, unless they are its analyst. */
    private LinkagePlan forFamily(Actor actor, LinkageRun run) {
        LinkagePlan plan;
        try {
            plan = forWorklist(actor, run.planId());
        } catch (NotFoundException e) {
            throw new NotFoundException("Family");
        }
        if (!run.published() && !LinkageAccess.analyses(actor, plan)) {
            throw new NotFoundException("Family");
        }
        return plan;
    }
}
