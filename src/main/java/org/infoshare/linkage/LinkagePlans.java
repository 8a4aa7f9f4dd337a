package org.infoshare.linkage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.infoshare.agreement.AgreementRegister;
import org.infoshare.agreement.AgreementTerms;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.LedgerEvent;
import org.infoshare.linkage.extract.CsvRows;
import org.infoshare.linkage.extract.ExtractReader;
import org.infoshare.linkage.rules.matching.LinkageSettings;
import org.infoshare.linkage.rules.matching.OverridePolicy;
import org.infoshare.linkage.rules.outcomes.OutcomesPlan;
import org.infoshare.linkage.rules.outcomes.StandardPlan;
import org.infoshare.shared.Actor;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.shared.problem.Violation;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Linkage plans: set up by the linking organisation's Data Protection Officer or a manager, who names the
 * analysts' team and the early help team; configured (settings, m/u values, the outcomes plan) by the analysts.
 * Nobody else sees a plan: anyone outside the organisation and those teams is told it does not exist.
 */
@Service
public class LinkagePlans {

    /** The largest own extract accepted in one upload. */
    static final int MAX_EXTRACT_BYTES = 200 * 1024 * 1024;

    private final LinkagePlanStore store;
    private final AgreementRegister agreements;
    private final DirectoryLookup directory;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    LinkagePlans(LinkagePlanStore store, AgreementRegister agreements, DirectoryLookup directory, CommandValidator validator, Ledger ledger,
                 Clock clock) {
        this.store = store;
        this.agreements = agreements;
        this.directory = directory;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The plans of your organisation you may see. */
    @Transactional(readOnly = true)
    public List<LinkagePlan> visibleTo(Actor actor) {
        return store.plansOf(actor.organisationId()).stream().filter(plan -> LinkageAccess.sees(actor, plan)).toList();
    }

    @Transactional(readOnly = true)
    public LinkagePlan get(Actor actor, UUID id) {
        return store.plan(id).filter(plan -> LinkageAccess.sees(actor, plan)).orElseThrow(() -> new NotFoundException("Linkage"));
    }

    /** A plan for an analyst of it (404 for anyone who may not see it, 403 for those who may see but not analyse). */
    LinkagePlan forAnalyst(Actor actor, UUID id) {
        LinkagePlan plan = get(actor, id);
        if (!LinkageAccess.analyses(actor, plan)) {
            throw new ForbiddenException("Only the linkage's analysts do this");
        }
        return plan;
    }

    @Transactional
    public LinkagePlan create(Actor actor, LinkageCommands.CreatePlan command) {
        if (!LinkageAccess.administers(actor)) {
            throw new ForbiddenException("Only a Data Protection Officer or a manager sets up a linkage");
        }
        validator.check(command);
        AgreementTerms terms = agreements.terms(command.agreementId()).filter(t -> t.parties().contains(actor.organisationId()))
                .orElseThrow(() -> InvalidRequestException.of("agreementId", "agreement", "Choose an agreement your organisation is a party to"));
        List<Violation> problems = new ArrayList<>();
        if (!terms.inForce()) {
            problems.add(new Violation("agreementId", "in-force", "The agreement must be signed by every party and in force"));
        }
        if (!terms.mode().allowsSystematic()) {
            problems.add(new Violation("agreementId", "systematic", "The agreement covers only one-off sharing, not datasets"));
        }
        if (directory.team(command.analystTeamId()).filter(t -> t.organisationId().equals(actor.organisationId())).isEmpty()) {
            problems.add(new Violation("analystTeamId", "team-in-organisation", "Choose a team in your organisation"));
        }
        if (directory.team(command.worklistTeamId()).filter(t -> t.organisationId().equals(actor.organisationId())).isEmpty()) {
            problems.add(new Violation("worklistTeamId", "team-in-organisation", "Choose a team in your organisation"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        LinkagePlan plan = new LinkagePlan(UUID.randomUUID(), actor.organisationId(), terms.agreementId(), command.name().strip(),
                command.analystTeamId(), command.worklistTeamId(), command.secretFingerprint(), LinkageSettings.STANDARD,
                StandardPlan.version1(), 0, clock.instant());
        store.insert(plan, actor.userId());
        ledger.record(LinkageEvents.planCreated(actor, plan, terms.version()));
        return store.plan(plan.id()).orElseThrow();
    }

    @Transactional
    public LinkagePlan updateSettings(Actor actor, UUID id, LinkageCommands.UpdateSettings command) {
        LinkagePlan plan = forAnalyst(actor, id);
        validator.check(command);
        if (command.reviewWeight() > command.matchWeight()) {
            throw InvalidRequestException.of("reviewWeight", "review-below-match", "The review band starts at or below the match threshold");
        }
        LinkageSettings settings = plan.settings().withBlocking(command.blocking().stream().sorted().toList())
                .withThresholds(command.matchWeight(), command.reviewWeight()).withMaxBlockSize(command.maxBlockSize());
        return save(actor, plan.with(settings, clock.instant()), command.version(), "settings");
    }

    @Transactional
    public LinkagePlan setOverride(Actor actor, UUID id, LinkageCommands.SetOverride command) {
        LinkagePlan plan = forAnalyst(actor, id);
        validator.check(command);
        OverridePolicy.Verdict verdict = OverridePolicy.check(command.field(), command.level(), command.m(), command.u());
        if (!verdict.allowed()) {
            throw InvalidRequestException.of(verdict.reason().field(), verdict.reason().code(), verdict.message(command.field()));
        }
        List<LinkageSettings.Override> overrides = new ArrayList<>(plan.settings().overrides().stream()
                .filter(o -> o.field() != command.field() || o.level() != command.level()).toList());
        if (command.m() != null || command.u() != null) {
            overrides.add(new LinkageSettings.Override(command.field(), command.level(), command.m(), command.u()));
        }
        LinkagePlan changed = plan.with(plan.settings().withOverrides(overrides), clock.instant());
        return save(actor, changed, command.version(),
                LinkageEvents.overrideSet(actor, changed, command.field(), command.level(), command.m(), command.u()));
    }

    @Transactional
    public LinkagePlan addDescriptor(Actor actor, UUID id, LinkageCommands.AddDescriptor command) {
        LinkagePlan plan = forAnalyst(actor, id);
        validator.check(command);
        List<org.infoshare.linkage.rules.outcomes.Descriptor> descriptors = new ArrayList<>(plan.outcomes().descriptors());
        if (descriptors.stream().anyMatch(d -> d.code().equals(command.code()))) {
            throw InvalidRequestException.of("code", "unique", "The plan already has a descriptor " + command.code());
        }
        descriptors.add(OutcomesEditing.descriptor(command));
        OutcomesPlan next = plan.outcomes().nextVersion(descriptors, plan.outcomes().minimumAreas(), plan.outcomes().sustainMonths());
        return saveOutcomes(actor, plan, next, command.version());
    }

    @Transactional
    public LinkagePlan removeDescriptor(Actor actor, UUID id, LinkageCommands.RemoveDescriptor command) {
        LinkagePlan plan = forAnalyst(actor, id);
        validator.check(command);
        List<org.infoshare.linkage.rules.outcomes.Descriptor> kept = plan.outcomes().descriptors().stream()
                .filter(d -> !d.code().equals(command.code())).toList();
        if (kept.size() == plan.outcomes().descriptors().size()) {
            throw new NotFoundException("Descriptor");
        }
        OutcomesPlan next = plan.outcomes().nextVersion(kept, plan.outcomes().minimumAreas(), plan.outcomes().sustainMonths());
        return saveOutcomes(actor, plan, next, command.version());
    }

    @Transactional
    public LinkagePlan setEligibility(Actor actor, UUID id, LinkageCommands.Eligibility command) {
        LinkagePlan plan = forAnalyst(actor, id);
        validator.check(command);
        OutcomesPlan next = plan.outcomes().nextVersion(plan.outcomes().descriptors(), command.minimumAreas(), command.sustainMonths());
        return saveOutcomes(actor, plan, next, command.version());
    }

    private LinkagePlan saveOutcomes(Actor actor, LinkagePlan plan, OutcomesPlan next, int version) {
        LinkagePlan changed = save(actor, plan.with(next, clock.instant()), version, "outcomes");
        store.insertOutcomes(plan.id(), next, clock.instant(), actor.userId());
        return changed;
    }

    private LinkagePlan save(Actor actor, LinkagePlan changed, int version, String change) {
        return save(actor, changed, version, LinkageEvents.planChanged(actor, changed, change));
    }

    private LinkagePlan save(Actor actor, LinkagePlan changed, int version, LedgerEvent event) {
        if (!store.update(changed, version, actor.userId())) {
            throw new ConflictException("version", "stale", "Someone changed the linkage since you opened it: open it again and redo your change");
        }
        ledger.record(event);
        return store.plan(changed.id()).orElseThrow();
    }

    /**
     * The linking organisation's own records, encoded by the same command as partners use (it sends no dataset to
     * itself): checked whole, and refused with the rows and rules broken, or kept sealed for the next run.
     */
    @Transactional
    public OwnExtractReceipt uploadOwnExtract(Actor actor, UUID id, InputStream content) {
        LinkagePlan plan = forAnalyst(actor, id);
        byte[] bytes;
        try {
            bytes = content.readNBytes(MAX_EXTRACT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_EXTRACT_BYTES) {
            throw InvalidRequestException.of("file", "too-large", "The extract is larger than 200 MB: send the linking organisation's records as a dataset instead");
        }
        ExtractReader.Result read = new ExtractReader(plan.secretFingerprint(), 0)
                .read(new CsvRows(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)));
        if (!read.accepted()) {
            List<Violation> problems = read.problems().stream()
                    .map(p -> new Violation("file", p.rule().code(), "Row " + p.row() + (p.column() == null ? "" : ", column " + p.column()) + ": "
                            + p.rule().message()))
                    .toList();
            throw new InvalidRequestException(problems);
        }
        UUID extract = UUID.randomUUID();
        store.insertOwnExtract(new LinkagePlanStore.OwnExtract(extract, plan.id(), clock.instant(), actor.userId(), read.records().size(),
                read.rows()), plan.agreementId(), bytes);
        ledger.record(LinkageEvents.ownExtractUploaded(actor, plan, extract, read.records().size(), read.rows(), sha256(bytes)));
        return new OwnExtractReceipt(extract, read.records().size(), read.rows());
    }

    /** What an accepted own extract held. */
    public record OwnExtractReceipt(UUID id, int records, long rows) {
    }

    /** The latest own extract, if any: when and how many records. */
    @Transactional(readOnly = true)
    public java.util.Optional<OwnExtractReceipt> ownExtract(Actor actor, UUID id) {
        LinkagePlan plan = get(actor, id);
        return store.latestOwnExtract(plan.id()).map(e -> new OwnExtractReceipt(e.id(), e.records(), e.rows()));
    }

    /** The agreements your organisation is a party to that are in force and allow datasets: what a linkage can run under. */
    @Transactional(readOnly = true)
    public List<AgreementTerms> agreementsFor(Actor actor) {
        java.util.Map<UUID, AgreementTerms> found = new java.util.LinkedHashMap<>();
        directory.organisations().stream().filter(o -> !o.id().equals(actor.organisationId()))
                .forEach(o -> agreements.between(actor.organisationId(), o.id()).stream()
                        .filter(t -> t.inForce() && t.mode().allowsSystematic())
                        .forEach(t -> found.putIfAbsent(t.agreementId(), t)));
        return List.copyOf(found.values());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
