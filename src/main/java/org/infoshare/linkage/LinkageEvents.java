package org.infoshare.linkage;

import java.time.LocalDate;
import java.util.UUID;

import org.infoshare.ledger.LedgerEvent;
import org.infoshare.linkage.rules.matching.Field;
import org.infoshare.linkage.rules.matching.Level;
import org.infoshare.shared.Actor;

/**
 * Every ledger entry the linkage module writes, in one place. Details are ids, numbers, codes and keyed digests:
 * no reference, encoding, fact or name reaches the ledger.
 */
final class LinkageEvents {

    /** An override's m or u left to the data. */
    private static final String LEARNT = "learnt";

    private LinkageEvents() {
    }

    static LedgerEvent planCreated(Actor actor, LinkagePlan plan, int agreementVersion) {
        return plan("linkage.plan.created", actor, plan)
                .detail("agreementVersion", agreementVersion).detail("analystTeam", plan.analystTeamId())
                .detail("worklistTeam", plan.worklistTeamId()).detail("secretFingerprint", plan.secretFingerprint())
                .detail("outcomesVersion", plan.outcomes().version())
                .build();
    }

    /** @param change "settings" or "outcomes" */
    static LedgerEvent planChanged(Actor actor, LinkagePlan plan, String change) {
        return changed(actor, plan, change).build();
    }

    /**
     * An analyst's m and u for one field's level, as set: "learnt" where a value is left to the data (both learnt:
     * the override is gone). Field and level are codes; m and u are numbers about the model, not about anyone.
     */
    static LedgerEvent overrideSet(Actor actor, LinkagePlan plan, Field field, Level level, Double m, Double u) {
        return changed(actor, plan, "override").detail("field", field.name()).detail("level", level.name())
                .detail("m", probability(m)).detail("u", probability(u))
                .build();
    }

    /** As the analyst wrote it (0.0001, not 1.0E-4). */
    private static String probability(Double value) {
        return value == null ? LEARNT : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static LedgerEvent.Builder changed(Actor actor, LinkagePlan plan, String change) {
        return plan("linkage.plan.changed", actor, plan)
                .detail("change", change).detail("planVersion", plan.version() + 1)
                .detail("outcomesVersion", plan.outcomes().version())
                .detail("matchWeight", plan.settings().matchWeight()).detail("reviewWeight", plan.settings().reviewWeight())
                .detail("overrides", plan.settings().overrides().size()).detail("descriptors", plan.outcomes().descriptors().size());
    }

    static LedgerEvent ownExtractUploaded(Actor actor, LinkagePlan plan, UUID extract, int records, long rows, String digest) {
        return plan("linkage.extract.uploaded", actor, plan)
                .detail("extract", extract).detail("records", records).detail("rows", rows).detail("digest", digest)
                .build();
    }

    static LedgerEvent runStarted(Actor actor, LinkagePlan plan, UUID run, LocalDate asOf) {
        return run("linkage.run.started", actor, plan, run)
                .detail("asOf", asOf).detail("planVersion", plan.version()).detail("outcomesVersion", plan.outcomes().version())
                .build();
    }

    static LedgerEvent runFinished(Actor actor, LinkagePlan plan, UUID run, LinkageRun.Summary summary, int sources, String modelDigest) {
        return run("linkage.run.finished", actor, plan, run)
                .detail("sources", sources).detail("records", summary.records()).detail("people", summary.people())
                .detail("families", summary.families()).detail("familiesMeetingAnArea", summary.familiesMeetingAnArea())
                .detail("eligible", summary.eligibleFamilies()).detail("pairsForReview", summary.pairsForReview())
                .detail("decisionsApplied", summary.decisionsApplied()).detail("linksRefused", summary.linksRefused())
                .detail("model", modelDigest)
                .build();
    }

    /** @param reason a stable code */
    static LedgerEvent runFailed(Actor actor, LinkagePlan plan, UUID run, String reason) {
        return run("linkage.run.failed", actor, plan, run).detail("reason", reason).build();
    }

    /** A run that a stopped process left unfinished, closed by the next start: no actor. */
    static LedgerEvent runAbandoned(UUID run, LinkagePlan plan) {
        return LedgerEvent.of("linkage.run.failed", "linkage-run", run).organisation(plan.organisationId())
                .detail("plan", plan.id()).detail("agreement", plan.agreementId()).detail("reason", "interrupted").build();
    }

    static LedgerEvent pairDecided(Actor actor, LinkagePlan plan, UUID run, int pairNo, boolean same) {
        return run("linkage.pair.decided", actor, plan, run).detail("pair", pairNo).detail("decision", same ? "SAME" : "NOT_SAME").build();
    }

    static LedgerEvent personSplit(Actor actor, LinkagePlan plan, UUID run, int person, int separated, int rest) {
        return run("linkage.person.split", actor, plan, run)
                .detail("person", person).detail("separated", separated).detail("keptApartFrom", rest).build();
    }

    static LedgerEvent published(Actor actor, LinkagePlan plan, UUID run, long families, long eligible) {
        return run("linkage.run.published", actor, plan, run)
                .detail("worklistTeam", plan.worklistTeamId()).detail("families", families).detail("eligible", eligible).build();
    }

    static LedgerEvent familyOpened(Actor actor, LinkagePlan plan, UUID run, int family) {
        return run("linkage.family.opened", actor, plan, run).detail("family", family).build();
    }

    static LedgerEvent programmeJoined(Actor actor, LinkagePlan plan, UUID run, int family, UUID programme, LocalDate baseline, int areas,
                                       String digest) {
        return run("linkage.programme.joined", actor, plan, run)
                .detail("family", family).detail("programme", programme).detail("baseline", baseline).detail("areas", areas)
                .detail("evidence", digest).build();
    }

    static LedgerEvent progressAssessed(Actor actor, LinkagePlan plan, UUID run, UUID programme, boolean significant, int improved, int areas,
                                        String digest) {
        return run("linkage.progress.assessed", actor, plan, run)
                .detail("programme", programme).detail("significantAndSustained", significant).detail("improved", improved)
                .detail("areas", areas).detail("evidence", digest).build();
    }

    private static LedgerEvent.Builder plan(String action, Actor actor, LinkagePlan plan) {
        return LedgerEvent.of(action, "linkage-plan", plan.id()).actor(actor.userId()).organisation(actor.organisationId())
                .detail("agreement", plan.agreementId());
    }

    private static LedgerEvent.Builder run(String action, Actor actor, LinkagePlan plan, UUID run) {
        return LedgerEvent.of(action, "linkage-run", run).actor(actor.userId()).organisation(actor.organisationId())
                .detail("plan", plan.id()).detail("agreement", plan.agreementId());
    }
}
