package org.infoshare.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.infoshare.agreement.files.AgreementFiles;
import org.infoshare.agreement.rules.ActivationRules;
import org.infoshare.agreement.rules.DpiaScreeningRules;
import org.infoshare.agreement.rules.ReviewSchedule;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.LedgerEvent;
import org.infoshare.legal.CatalogueSnapshot;
import org.infoshare.legal.LegalCatalogue;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.shared.problem.Violation;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting, activating, signing, amending, reviewing, terminating and publishing agreements, and their DPIAs.
 *
 * <p>Who may do what: the Data Protection Officers and partnership administrators of a party draft, submit,
 * amend, publish and run the DPIA; a party's authorised signatory (its Data Protection Officer or Caldicott
 * Guardian) signs for it and records reviews; a Data Protection Officer signs off a DPIA and terminates.
 * Parties' staff read their agreements in full; other signed-in staff read agreements that have been in
 * force, without drafts; anything else is not found.
 */
@Service
public class Agreements {

    static final Set<Role> GOVERNANCE = Set.of(Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR);
    static final Set<Role> SIGNATORIES = Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN);

    private final AgreementStore store;
    private final LegalCatalogue catalogue;
    private final DirectoryLookup directory;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final AgreementFiles files;
    private final Clock clock;

    Agreements(AgreementStore store, LegalCatalogue catalogue, DirectoryLookup directory, CommandValidator validator,
               Ledger ledger, AgreementFiles files, Clock clock) {
        this.store = store;
        this.files = files;
        this.catalogue = catalogue;
        this.directory = directory;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    // --- reading ----------------------------------------------------------------------------------------

    /** The agreements this actor may read, newest first. */
    @Transactional(readOnly = true)
    public List<Agreement> visibleTo(Actor actor) {
        return store.agreements(store.allIds()).stream()
                .map(a -> visible(actor, a))
                .flatMap(Optional::stream)
                .toList();
    }

    @Transactional(readOnly = true)
    public Agreement get(Actor actor, UUID id) {
        return store.agreement(id).flatMap(a -> visible(actor, a)).orElseThrow(() -> new NotFoundException("Agreement"));
    }

    /** Published agreements as anyone may read them: without drafts or pending amendments. */
    @Transactional(readOnly = true)
    public List<Agreement> published() {
        return store.agreements(store.publishedIds()).stream().map(Agreements::withoutPending).toList();
    }

    @Transactional(readOnly = true)
    public Agreement publishedAgreement(UUID id) {
        return store.agreement(id).filter(Agreement::published).filter(Agreement::everInForce)
                .map(Agreements::withoutPending).orElseThrow(() -> new NotFoundException("Agreement"));
    }

    public static boolean isParty(Actor actor, Agreement agreement) {
        return agreement.hasParty(actor.organisationId());
    }

    private static Optional<Agreement> visible(Actor actor, Agreement agreement) {
        if (isParty(actor, agreement)) {
            return Optional.of(agreement);
        }
        return agreement.everInForce() ? Optional.of(withoutPending(agreement)) : Optional.empty();
    }

    private static Agreement withoutPending(Agreement a) {
        return new Agreement(a.id(), a.reference(), a.createdByOrganisation(), a.createdAt(), a.firstEffectiveOn(),
                a.publishedAt(), a.versions().stream().filter(v -> !v.pending()).toList(), a.reviews());
    }

    @Transactional(readOnly = true)
    public Dpia.State dpia(Actor actor, UUID id, int version) {
        Agreement agreement = get(actor, id);
        agreement.version(version).orElseThrow(() -> new NotFoundException("Agreement version"));
        return store.dpia(id, version);
    }

    /** What the activation rules say about the draft now; empty when it may be submitted. */
    @Transactional(readOnly = true)
    public List<Violation> problems(Actor actor, UUID id) {
        Agreement agreement = get(actor, id);
        Agreement.Version draft = agreement.pending().orElseThrow(() -> new NotFoundException("Draft"));
        return ActivationRules.activation(draft.document(), context(), store.dpia(id, draft.version()));
    }

    /** What the rules check codes and parties against, as they stand now. */
    @Transactional(readOnly = true)
    public ActivationRules.Context context() {
        return new ActivationRules.Context(catalogue.current().byCode(),
                directory.organisations().stream().map(Organisation::id).collect(Collectors.toSet()));
    }

    @Transactional(readOnly = true)
    public CatalogueSnapshot catalogue() {
        return catalogue.current();
    }

    // --- drafting ---------------------------------------------------------------------------------------

    @Transactional
    public Agreement create(Actor actor, AgreementCommands.CreateAgreement command) {
        requireRole(actor, GOVERNANCE, "Only Data Protection Officers and partnership administrators draft agreements");
        validator.check(command);
        UUID id = UUID.randomUUID();
        String reference = store.nextReference(UkCalendar.today(clock).getYear());
        store.insertAgreement(id, reference, actor.organisationId(), actor.userId(), clock.instant());
        AgreementDocument document = AgreementDocument.started(command.title().strip(), actor.organisationId());
        int catalogueVersion = catalogue.current().version();
        store.insertVersion(id, 1, AgreementStatus.DRAFT, document, catalogueVersion, actor.userId(), clock.instant());
        ledger.record(event("agreement.created", actor, id).detail("version", 1).detail("reference", reference)
                .detail("catalogueVersion", catalogueVersion).build());
        return get(actor, id);
    }

    @Transactional
    public Agreement saveDraft(Actor actor, UUID id, AgreementCommands.SaveDraft command) {
        Agreement agreement = governed(actor, id);
        validator.check(command);
        Agreement.Version draft = draft(agreement);
        AgreementDocument document = command.document();
        if (!document.partyIds().contains(actor.organisationId())) {
            throw InvalidRequestException.of("parties", "own-organisation",
                    "Your organisation must stay a party to an agreement it drafts");
        }
        int catalogueVersion = catalogue.current().version();
        try {
            store.updateDocument(id, draft.version(), document, catalogueVersion, command.revision(), clock.instant());
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            throw new ConflictException("revision", "current-revision",
                    "Someone else changed this draft since you opened it: open it again and reapply your change");
        }
        ledger.record(event("agreement.draft-saved", actor, id).detail("version", draft.version())
                .detail("revision", command.revision() + 1).detail("sections", changedSections(draft.document(), document))
                .detail("catalogueVersion", catalogueVersion).build());
        return get(actor, id);
    }

    private static String changedSections(AgreementDocument before, AgreementDocument after) {
        List<String> changed = new ArrayList<>();
        for (AgreementSection section : AgreementSection.values()) {
            if (!DocumentSections.slice(before, section).equals(DocumentSections.slice(after, section))) {
                changed.add(section.key());
            }
        }
        return changed.isEmpty() ? "none" : String.join(",", changed);
    }

    /** Submits the draft for signature: refused, naming every missing element, unless the rules all hold. */
    @Transactional
    public Agreement submit(Actor actor, UUID id) {
        Agreement agreement = governed(actor, id);
        Agreement.Version draft = draft(agreement);
        List<Violation> violations = ActivationRules.activation(draft.document(), context(), store.dpia(id, draft.version()));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        store.markSubmitted(id, draft.version(), actor.userId(), clock.instant());
        ledger.record(event("agreement.submitted", actor, id).detail("version", draft.version())
                .detail("parties", draft.document().parties().size()).build());
        return get(actor, id);
    }

    /** Takes a version awaiting signatures back to draft; every signature it had is void. */
    @Transactional
    public Agreement reopen(Actor actor, UUID id) {
        Agreement agreement = governed(actor, id);
        Agreement.Version pending = agreement.pending()
                .filter(v -> v.status() == AgreementStatus.AWAITING_SIGNATURES)
                .orElseThrow(() -> new ConflictException("status", "not-awaiting-signatures", "No version is awaiting signatures"));
        store.reopen(id, pending.version(), clock.instant());
        ledger.record(event("agreement.reopened", actor, id).detail("version", pending.version())
                .detail("signaturesVoided", pending.signatures().size()).build());
        return get(actor, id);
    }

    /**
     * The actor signs the version for their organisation. When the last party signs, the version becomes
     * active and any version it amends is superseded.
     */
    @Transactional
    public Agreement sign(Actor actor, UUID id, int version) {
        store.lock(id);
        Agreement agreement = get(actor, id);
        Agreement.Version target = agreement.version(version).orElseThrow(() -> new NotFoundException("Agreement version"));
        if (!target.document().partyIds().contains(actor.organisationId())) {
            throw new ForbiddenException(actor.organisationName() + " is not a party to version " + version + " of this agreement");
        }
        Role capacity = SIGNATORIES.stream().filter(actor::hasRole).sorted().findFirst()
                .orElseThrow(() -> new ForbiddenException(
                        "Only an authorised signatory (the Data Protection Officer or Caldicott Guardian) signs for " + actor.organisationName()));
        if (target.status() != AgreementStatus.AWAITING_SIGNATURES) {
            throw new ConflictException("version", "not-awaiting-signatures",
                    "Version " + version + " is " + target.status().label().toLowerCase() + ": only a version awaiting signatures can be signed");
        }
        if (target.signatureOf(actor.organisationId()).isPresent()) {
            throw new ConflictException("version", "already-signed", actor.organisationName() + " has already signed version " + version);
        }
        store.insertSignature(id, version, actor.organisationId(), actor.userId(), capacity, clock.instant());
        ledger.record(event("agreement.signed", actor, id).detail("version", version).detail("capacity", capacity)
                .detail("party", actor.organisationId()).build());
        Agreement signed = store.agreement(id).orElseThrow();
        Agreement.Version now = signed.version(version).orElseThrow();
        if (now.awaitingSignature().isEmpty()) {
            activate(actor, signed, now);
        }
        return get(actor, id);
    }

    private void activate(Actor actor, Agreement agreement, Agreement.Version version) {
        List<Violation> violations = ActivationRules.activation(version.document(), context(), store.dpia(agreement.id(), version.version()));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        LocalDate today = UkCalendar.today(clock);
        agreement.inForce().ifPresent(previous -> {
            store.supersede(agreement.id(), previous.version(), today, clock.instant());
            ledger.record(event("agreement.superseded", actor, agreement.id()).detail("version", previous.version())
                    .detail("by", version.version()).build());
        });
        store.activate(agreement.id(), version.version(), today, clock.instant());
        ledger.record(event("agreement.activated", actor, agreement.id()).detail("version", version.version())
                .detail("effectiveFrom", today).detail("signatures", version.document().parties().size()).build());
    }

    /** Starts a new version of the agreement in force; it needs every party's signature again (002 §1). */
    @Transactional
    public Agreement amend(Actor actor, UUID id) {
        Agreement agreement = governed(actor, id);
        startAmendment(actor, agreement, "request");
        return get(actor, id);
    }

    private int startAmendment(Actor actor, Agreement agreement, String cause) {
        Agreement.Version active = agreement.inForce()
                .orElseThrow(() -> new ConflictException("status", "not-active", "Only an agreement in force can be amended"));
        if (agreement.pending().isPresent()) {
            throw new ConflictException("status", "amendment-in-progress",
                    "Version " + agreement.pending().get().version() + " is already being drafted: continue that one");
        }
        int next = agreement.latest().version() + 1;
        store.insertVersion(agreement.id(), next, AgreementStatus.DRAFT, active.document(), catalogue.current().version(),
                actor.userId(), clock.instant());
        Dpia.State previous = store.dpia(agreement.id(), active.version());
        if (previous.screened()) {
            // The new version starts from the old DPIA, which a DPO must sign off again.
            store.saveDpia(new Dpia.State(agreement.id(), next, previous.screening(), previous.fullRequired(),
                    previous.screeningReasons(), previous.screenedBy(), previous.screenedAt(), previous.assessment(),
                    previous.assessedBy(), previous.assessedAt(), null, null));
        }
        ledger.record(event("agreement.amendment-started", actor, agreement.id()).detail("version", next)
                .detail("amends", active.version()).detail("cause", cause).build());
        return next;
    }

    // --- reviews, termination, publication --------------------------------------------------------------

    /** The review standing of an agreement in force, or empty. */
    @Transactional(readOnly = true)
    public Optional<ReviewSchedule.Status> reviewStatus(Agreement agreement) {
        if (agreement.inForce().isEmpty() || agreement.firstEffectiveOn() == null) {
            return Optional.empty();
        }
        return Optional.of(ReviewSchedule.status(agreement.firstEffectiveOn(),
                agreement.reviews().stream().map(Agreement.Review::reviewedOn).toList(), UkCalendar.today(clock)));
    }

    public record ReviewDue(Agreement agreement, ReviewSchedule.Status status) {
    }

    /**
     * Reviews for the agreements in force that the actor's organisation is party to, soonest first: those
     * due or overdue, and those due within {@code withinDays}.
     */
    @Transactional(readOnly = true)
    public List<ReviewDue> reviewsFor(Actor actor, int withinDays) {
        return store.agreements(store.idsWithParty(actor.organisationId())).stream()
                .filter(a -> a.inForce().map(v -> v.document().partyIds().contains(actor.organisationId())).orElse(false))
                .map(a -> reviewStatus(a).map(status -> new ReviewDue(a, status)))
                .flatMap(Optional::stream)
                .filter(due -> due.status().dueOrOverdue() || due.status().daysUntil() <= withinDays)
                .sorted(Comparator.comparing(due -> due.status().dueOn()))
                .toList();
    }

    @Transactional
    public Agreement review(Actor actor, UUID id, AgreementCommands.RecordReview command) {
        store.lock(id);
        Agreement agreement = get(actor, id);
        requireParty(actor, agreement);
        requireRole(actor, SIGNATORIES, "Only a party's Data Protection Officer or Caldicott Guardian records a review");
        validator.check(command);
        Agreement.Version active = agreement.inForce()
                .orElseThrow(() -> new ConflictException("status", "not-active", "Only an agreement in force is reviewed"));
        LocalDate reviewedOn = command.reviewedOn() == null ? UkCalendar.today(clock) : command.reviewedOn();
        if (reviewedOn.isBefore(active.effectiveFrom())) {
            throw InvalidRequestException.of("reviewedOn", "after-effective",
                    "The review date must be on or after the date this version took effect");
        }
        if (command.outcome() == ReviewOutcome.TERMINATE && (command.notes() == null || command.notes().isBlank())) {
            throw InvalidRequestException.of("notes", "required", "Enter why the review decided to terminate the agreement");
        }
        ReviewSchedule.Status status = reviewStatus(agreement).orElseThrow();
        Agreement.Review review = new Agreement.Review(UUID.randomUUID(), active.version(), status.cycle(), status.dueOn(),
                reviewedOn, command.outcome(), blankToNull(command.notes()), actor.userId(), actor.organisationId(), clock.instant());
        store.insertReview(id, review);
        ledger.record(event("agreement.reviewed", actor, id).detail("version", active.version()).detail("cycle", status.cycle())
                .detail("dueOn", status.dueOn()).detail("reviewedOn", reviewedOn).detail("outcome", command.outcome()).build());
        switch (command.outcome()) {
            case AMEND -> startAmendment(actor, store.agreement(id).orElseThrow(), "review");
            case TERMINATE -> terminate(actor, store.agreement(id).orElseThrow(), "Terminated at review: " + command.notes().strip());
            case CONTINUE -> { }
        }
        return get(actor, id);
    }

    /** Ends the agreement: no new sharing under it; each party keeps what it holds as controller (002 §1.5). */
    @Transactional
    public Agreement terminate(Actor actor, UUID id, AgreementCommands.Terminate command) {
        store.lock(id);
        Agreement agreement = get(actor, id);
        requireParty(actor, agreement);
        requireRole(actor, Set.of(Role.DATA_PROTECTION_OFFICER), "Only a party's Data Protection Officer terminates an agreement");
        validator.check(command);
        terminate(actor, agreement, command.reason().strip());
        return get(actor, id);
    }

    private void terminate(Actor actor, Agreement agreement, String reason) {
        if (agreement.terminated()) {
            throw new ConflictException("status", "already-terminated", "The agreement is already terminated");
        }
        LocalDate today = UkCalendar.today(clock);
        String cut = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        List<Integer> ended = new ArrayList<>();
        for (Agreement.Version version : agreement.versions()) {
            if (version.status() == AgreementStatus.ACTIVE || version.pending()) {
                store.terminate(agreement.id(), version.version(), today, cut, actor.userId(), clock.instant());
                ended.add(version.version());
            }
        }
        if (ended.isEmpty()) {
            throw new ConflictException("status", "nothing-to-terminate", "No version of the agreement is in force or in progress");
        }
        ledger.record(event("agreement.terminated", actor, agreement.id()).detail("versions", ended.stream().map(String::valueOf)
                .collect(Collectors.joining(","))).detail("terminatedOn", today).build());
    }

    /** Publishes the agreement (002 §2.8): its versions that have been in force become public. */
    @Transactional
    public Agreement publish(Actor actor, UUID id) {
        Agreement agreement = governed(actor, id);
        if (!agreement.everInForce()) {
            throw new ConflictException("status", "never-in-force", "Only an agreement that has been in force can be published");
        }
        if (agreement.published()) {
            throw new ConflictException("status", "already-published", "The agreement is already published");
        }
        store.publish(id, actor.userId(), clock.instant());
        ledger.record(event("agreement.published", actor, id).detail("version", agreement.current().version()).build());
        return get(actor, id);
    }

    // --- DPIA -------------------------------------------------------------------------------------------

    @Transactional
    public Dpia.State screen(Actor actor, UUID id, Dpia.ScreeningAnswers answers) {
        Agreement agreement = governed(actor, id);
        if (answers == null) {
            throw InvalidRequestException.of("", "required", "Answer the screening questions");
        }
        Agreement.Version draft = draft(agreement);
        DpiaScreeningRules.Result result = DpiaScreeningRules.assess(answers, DpiaScreeningRules.Facts.of(draft.document()));
        Dpia.State current = store.dpia(id, draft.version());
        Dpia.State screened = new Dpia.State(id, draft.version(), answers, result.fullRequired(), result.reasons(),
                actor.userId(), clock.instant(), current.assessment(), current.assessedBy(), current.assessedAt(),
                current.signedOffBy(), current.signedOffAt());
        store.saveDpia(screened);
        ledger.record(event("agreement.dpia.screened", actor, id).detail("version", draft.version())
                .detail("fullRequired", result.fullRequired()).detail("criteria", result.reasons().size()).build());
        return store.dpia(id, draft.version());
    }

    @Transactional
    public Dpia.State assess(Actor actor, UUID id, AgreementCommands.AssessDpia command) {
        Agreement agreement = governed(actor, id);
        validator.check(command);
        Agreement.Version draft = draft(agreement);
        Dpia.State current = store.dpia(id, draft.version());
        if (!current.screened()) {
            throw new ConflictException("dpia.screening", "dpia-not-screened", "Screen the agreement before assessing it");
        }
        if (!current.fullRequired()) {
            throw new ConflictException("dpia.screening", "dpia-not-required", "The screening found that no full DPIA is needed");
        }
        List<Violation> tooLong = assessmentLengths(command.assessment());
        if (!tooLong.isEmpty()) {
            throw new InvalidRequestException(tooLong);
        }
        Dpia.State assessed = new Dpia.State(id, draft.version(), current.screening(), current.fullRequired(), current.screeningReasons(),
                current.screenedBy(), current.screenedAt(), command.assessment(), actor.userId(), clock.instant(), null, null);
        store.saveDpia(assessed);
        ledger.record(event("agreement.dpia.assessed", actor, id).detail("version", draft.version())
                .detail("complete", assessed.assessmentComplete())
                .detail("residualRisk", command.assessment().residualRisk()).build());
        return store.dpia(id, draft.version());
    }

    @Transactional
    public Dpia.State signOffDpia(Actor actor, UUID id) {
        store.lock(id);
        Agreement agreement = get(actor, id);
        requireParty(actor, agreement);
        requireRole(actor, Set.of(Role.DATA_PROTECTION_OFFICER), "Only a party's Data Protection Officer signs off a DPIA");
        Agreement.Version draft = draft(agreement);
        Dpia.State current = store.dpia(id, draft.version());
        if (!current.screened() || !current.fullRequired()) {
            throw new ConflictException("dpia.screening", "dpia-not-required", "There is no full DPIA to sign off");
        }
        if (!current.assessmentComplete()) {
            List<Violation> missing = ActivationRules.dpia(draft.document(), current).stream()
                    .filter(v -> v.rule().equals(ActivationRules.DPIA_INCOMPLETE)).toList();
            throw new InvalidRequestException(missing);
        }
        if (current.signedOff()) {
            throw new ConflictException("dpia.signOff", "already-signed-off", "The DPIA is already signed off");
        }
        store.saveDpia(new Dpia.State(id, draft.version(), current.screening(), current.fullRequired(), current.screeningReasons(),
                current.screenedBy(), current.screenedAt(), current.assessment(), current.assessedBy(), current.assessedAt(),
                actor.userId(), clock.instant()));
        ledger.record(event("agreement.dpia.signed-off", actor, id).detail("version", draft.version()).build());
        return store.dpia(id, draft.version());
    }

    private static List<Violation> assessmentLengths(Dpia.Assessment a) {
        List<Violation> v = new ArrayList<>();
        check(v, "assessment.benefits", a.benefits());
        check(v, "assessment.riskOfNotSharing", a.riskOfNotSharing());
        check(v, "assessment.mitigations", a.mitigations());
        check(v, "assessment.dpoAdvice", a.dpoAdvice());
        for (int i = 0; i < a.risksToIndividuals().size(); i++) {
            check(v, "assessment.risksToIndividuals[" + i + "].description", a.risksToIndividuals().get(i).description());
        }
        for (int i = 0; i < a.risksToOrganisation().size(); i++) {
            check(v, "assessment.risksToOrganisation[" + i + "].description", a.risksToOrganisation().get(i).description());
        }
        return v;
    }

    private static void check(List<Violation> v, String field, String text) {
        if (text != null && text.length() > ActivationRules.MAX_TEXT) {
            v.add(new Violation(field, "max-length", "This must be " + ActivationRules.MAX_TEXT + " characters or fewer"));
        }
    }

    // --- import (agreement as code) ---------------------------------------------------------------------

    /**
     * Creates a draft from an agreement file after reading it and checking it with the document rules (the
     * same rules as activation, less the DPIA and signatures); every problem names its path in the file, and
     * nothing is written unless there are none.
     */
    @Transactional
    public Agreement importAgreement(Actor actor, AgreementCommands.ImportAgreement command) {
        requireRole(actor, GOVERNANCE, "Only Data Protection Officers and partnership administrators import agreements");
        validator.check(command);
        AgreementFiles.Parsed parsed = files.parse(command.content(), command.format());
        List<Violation> violations = new ArrayList<>(ActivationRules.document(parsed.document(), context()).stream()
                .map(v -> new Violation(AgreementFiles.ROOT + "." + v.field(), v.rule(), v.message())).toList());
        if (!parsed.document().partyIds().contains(actor.organisationId())) {
            violations.add(new Violation(AgreementFiles.ROOT + ".parties", "own-organisation",
                    "Your organisation must be a party to an agreement it imports"));
        }
        int catalogueVersion = parsed.catalogueVersion() == null ? catalogue.current().version() : parsed.catalogueVersion();
        if (catalogueVersion < 1 || catalogueVersion > catalogue.current().version()) {
            violations.add(new Violation("catalogueVersion", "unknown-catalogue-version",
                    "The legal catalogue has no version " + catalogueVersion + " (the current version is " + catalogue.current().version() + ")"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        UUID id;
        int version;
        if (command.agreementId() == null) {
            String reference = parsed.reference() == null ? store.nextReference(UkCalendar.today(clock).getYear()) : parsed.reference();
            if (store.referenceTaken(reference)) {
                throw new ConflictException("reference", "unique", "An agreement with the reference " + reference
                        + " already exists: import the file as a new version of it instead");
            }
            id = UUID.randomUUID();
            version = 1;
            store.insertAgreement(id, reference, actor.organisationId(), actor.userId(), clock.instant());
            store.insertVersion(id, version, AgreementStatus.DRAFT, parsed.document(), catalogueVersion, actor.userId(), clock.instant());
        } else {
            Agreement agreement = governed(actor, command.agreementId());
            id = agreement.id();
            if (parsed.reference() != null && !parsed.reference().equals(agreement.reference())) {
                throw InvalidRequestException.of("reference", "reference-mismatch",
                        "The file is agreement " + parsed.reference() + ", not " + agreement.reference());
            }
            Optional<Agreement.Version> pending = agreement.pending();
            if (pending.isPresent() && pending.get().status() == AgreementStatus.AWAITING_SIGNATURES) {
                throw new ConflictException("status", "awaiting-signatures",
                        "Version " + pending.get().version() + " is awaiting signatures: take it back to draft before importing over it");
            }
            if (pending.isPresent()) {
                version = pending.get().version();
                store.updateDocument(id, version, parsed.document(), catalogueVersion, pending.get().revision(), clock.instant());
            } else if (agreement.terminated()) {
                throw new ConflictException("status", "already-terminated", "A terminated agreement cannot be changed");
            } else {
                version = startAmendment(actor, agreement, "import");
                Agreement.Version created = store.agreement(id).orElseThrow().version(version).orElseThrow();
                store.updateDocument(id, version, parsed.document(), catalogueVersion, created.revision(), clock.instant());
            }
        }
        ledger.record(event("agreement.imported", actor, id).detail("version", version).detail("format", command.format())
                .detail("catalogueVersion", catalogueVersion).detail("items", parsed.document().dataItems().size()).build());
        return get(actor, id);
    }

    // --- helpers ----------------------------------------------------------------------------------------

    /** Visible to the actor, who must be a governance role of a party. */
    private Agreement governed(Actor actor, UUID id) {
        store.lock(id);
        Agreement agreement = get(actor, id);
        requireParty(actor, agreement);
        requireRole(actor, GOVERNANCE, "Only a party's Data Protection Officers and partnership administrators change an agreement");
        return agreement;
    }

    private static void requireParty(Actor actor, Agreement agreement) {
        if (!isParty(actor, agreement)) {
            throw new ForbiddenException(actor.organisationName() + " is not a party to this agreement");
        }
    }

    private static void requireRole(Actor actor, Set<Role> roles, String reason) {
        if (roles.stream().noneMatch(actor::hasRole)) {
            throw new ForbiddenException(reason);
        }
    }

    private static Agreement.Version draft(Agreement agreement) {
        return agreement.pending().filter(v -> v.status() == AgreementStatus.DRAFT)
                .orElseThrow(() -> new ConflictException("status", "not-draft",
                        agreement.pending().isPresent() ? "The version is awaiting signatures: take it back to draft to change it"
                                : "No version of this agreement is being drafted: start an amendment to change it"));
    }

    private static LedgerEvent.Builder event(String action, Actor actor, UUID agreementId) {
        return LedgerEvent.of(action, "agreement", agreementId).actor(actor.userId()).organisation(actor.organisationId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
