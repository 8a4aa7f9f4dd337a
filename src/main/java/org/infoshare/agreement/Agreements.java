package org.infoshare.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.infoshare.agreement.rules.ActivationRules;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.ledger.Ledger;
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
 * Drafting, activating, signing, amending, publishing and importing agreements. Their DPIAs are
 * {@link DpiaAssessments}'; their reviews and termination {@link AgreementReviews}'.
 *
 * <p>Who may do what ({@link AgreementAccess}): the Data Protection Officers and partnership administrators of
 * a party draft, submit, amend, publish and import; a party's authorised signatory (its Data Protection Officer
 * or Caldicott Guardian) signs for it. Parties' staff read their agreements in full; other signed-in staff read
 * agreements that have been in force, without drafts; anything else is not found.
 */
@Service
public class Agreements {

    private final AgreementStore store;
    private final AgreementAccess access;
    private final AgreementImport imports;
    private final LegalCatalogue catalogue;
    private final DirectoryLookup directory;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    Agreements(AgreementStore store, AgreementAccess access, AgreementImport imports, LegalCatalogue catalogue,
               DirectoryLookup directory, CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.access = access;
        this.imports = imports;
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
                .map(a -> AgreementAccess.visible(actor, a))
                .flatMap(Optional::stream)
                .toList();
    }

    @Transactional(readOnly = true)
    public Agreement get(Actor actor, UUID id) {
        return access.get(actor, id);
    }

    /** Published agreements as anyone may read them: without drafts or pending amendments. */
    @Transactional(readOnly = true)
    public List<Agreement> published() {
        return store.agreements(store.publishedIds()).stream().map(Agreement::withoutPending).toList();
    }

    @Transactional(readOnly = true)
    public Agreement publishedAgreement(UUID id) {
        return store.agreement(id).filter(Agreement::published).filter(Agreement::everInForce)
                .map(Agreement::withoutPending).orElseThrow(() -> new NotFoundException("Agreement"));
    }

    public static boolean isParty(Actor actor, Agreement agreement) {
        return AgreementAccess.isParty(actor, agreement);
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
        AgreementAccess.requireRole(actor, AgreementAccess.GOVERNANCE, "Only Data Protection Officers and partnership administrators draft agreements");
        validator.check(command);
        UUID id = UUID.randomUUID();
        String reference = store.nextReference(UkCalendar.today(clock).getYear());
        store.insertAgreement(id, reference, actor.organisationId(), actor.userId(), clock.instant());
        AgreementDocument document = AgreementDocument.started(command.title().strip(), actor.organisationId());
        int catalogueVersion = catalogue.current().version();
        store.insertVersion(id, 1, AgreementStatus.DRAFT, document, catalogueVersion, actor.userId(), clock.instant());
        ledger.record(AgreementEvents.created(actor, id, reference, catalogueVersion));
        return get(actor, id);
    }

    @Transactional
    public Agreement saveDraft(Actor actor, UUID id, AgreementCommands.SaveDraft command) {
        Agreement agreement = access.governed(actor, id);
        validator.check(command);
        Agreement.Version draft = AgreementAccess.draft(agreement);
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
        ledger.record(AgreementEvents.draftSaved(actor, id, draft.version(), command.revision() + 1,
                changedSections(draft.document(), document), catalogueVersion));
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
        Agreement agreement = access.governed(actor, id);
        Agreement.Version draft = AgreementAccess.draft(agreement);
        List<Violation> violations = ActivationRules.activation(draft.document(), context(), store.dpia(id, draft.version()));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        store.markSubmitted(id, draft.version(), actor.userId(), clock.instant());
        ledger.record(AgreementEvents.submitted(actor, id, draft.version(), draft.document().parties().size()));
        return get(actor, id);
    }

    /** Takes a version awaiting signatures back to draft; every signature it had is void. */
    @Transactional
    public Agreement reopen(Actor actor, UUID id) {
        Agreement agreement = access.governed(actor, id);
        Agreement.Version pending = agreement.pending()
                .filter(v -> v.status() == AgreementStatus.AWAITING_SIGNATURES)
                .orElseThrow(() -> new ConflictException("status", "not-awaiting-signatures", "No version is awaiting signatures"));
        store.reopen(id, pending.version(), clock.instant());
        ledger.record(AgreementEvents.reopened(actor, id, pending.version(), pending.signatures().size()));
        return get(actor, id);
    }

    /**
     * The actor signs the version for their organisation. When the last party signs, the version becomes
     * active and any version it amends is superseded.
     */
    @Transactional
    public Agreement sign(Actor actor, UUID id, int version) {
        Agreement agreement = access.locked(actor, id);
        Agreement.Version target = agreement.version(version).orElseThrow(() -> new NotFoundException("Agreement version"));
        if (!target.document().partyIds().contains(actor.organisationId())) {
            throw new ForbiddenException(actor.organisationName() + " is not a party to version " + version + " of this agreement");
        }
        Role capacity = AgreementAccess.SIGNATORIES.stream().filter(actor::hasRole).sorted().findFirst()
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
        ledger.record(AgreementEvents.signed(actor, id, version, capacity));
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
            ledger.record(AgreementEvents.superseded(actor, agreement.id(), previous.version(), version.version()));
        });
        store.activate(agreement.id(), version.version(), today, clock.instant());
        ledger.record(AgreementEvents.activated(actor, agreement.id(), version.version(), today, version.document().parties().size()));
    }

    /** Starts a new version of the agreement in force; it needs every party's signature again (002 §1). */
    @Transactional
    public Agreement amend(Actor actor, UUID id) {
        Agreement agreement = access.governed(actor, id);
        startAmendment(actor, agreement, "request");
        return get(actor, id);
    }

    /** Starts a new draft version from the one in force; its number. Also started by a review or an import. */
    int startAmendment(Actor actor, Agreement agreement, String cause) {
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
        ledger.record(AgreementEvents.amendmentStarted(actor, agreement.id(), next, active.version(), cause));
        return next;
    }

    /** Publishes the agreement (002 §2.8): its versions that have been in force become public. */
    @Transactional
    public Agreement publish(Actor actor, UUID id) {
        Agreement agreement = access.governed(actor, id);
        if (!agreement.everInForce()) {
            throw new ConflictException("status", "never-in-force", "Only an agreement that has been in force can be published");
        }
        if (agreement.published()) {
            throw new ConflictException("status", "already-published", "The agreement is already published");
        }
        store.publish(id, actor.userId(), clock.instant());
        ledger.record(AgreementEvents.published(actor, id, agreement.current().version()));
        return get(actor, id);
    }

    // --- import (agreement as code) ---------------------------------------------------------------------

    /**
     * Creates a draft from an agreement file once it passes every check ({@link AgreementImport}): a new
     * agreement, or with {@code agreementId} that agreement's draft (replacing the draft in progress, or
     * starting an amendment of the version in force). Nothing is written unless the file passes.
     */
    @Transactional
    public Agreement importAgreement(Actor actor, AgreementCommands.ImportAgreement command) {
        AgreementAccess.requireRole(actor, AgreementAccess.GOVERNANCE, "Only Data Protection Officers and partnership administrators import agreements");
        validator.check(command);
        AgreementImport.Checked file = imports.check(actor, command, context(), catalogue.current().version());
        Imported imported = command.agreementId() == null ? importAsNew(actor, file) : importInto(actor, command.agreementId(), file);
        ledger.record(AgreementEvents.imported(actor, imported.id(), imported.version(), command.format(), file.catalogueVersion(),
                file.file().document().dataItems().size()));
        return get(actor, imported.id());
    }

    private record Imported(UUID id, int version) {
    }

    private Imported importAsNew(Actor actor, AgreementImport.Checked file) {
        String reference = file.file().reference() == null ? store.nextReference(UkCalendar.today(clock).getYear()) : file.file().reference();
        if (store.referenceTaken(reference)) {
            throw new ConflictException("reference", "unique", "An agreement with the reference " + reference
                    + " already exists: import the file as a new version of it instead");
        }
        UUID id = UUID.randomUUID();
        store.insertAgreement(id, reference, actor.organisationId(), actor.userId(), clock.instant());
        store.insertVersion(id, 1, AgreementStatus.DRAFT, file.file().document(), file.catalogueVersion(), actor.userId(), clock.instant());
        return new Imported(id, 1);
    }

    private Imported importInto(Actor actor, UUID agreementId, AgreementImport.Checked file) {
        Agreement agreement = access.governed(actor, agreementId);
        UUID id = agreement.id();
        if (file.file().reference() != null && !file.file().reference().equals(agreement.reference())) {
            throw InvalidRequestException.of("reference", "reference-mismatch",
                    "The file is agreement " + file.file().reference() + ", not " + agreement.reference());
        }
        Optional<Agreement.Version> pending = agreement.pending();
        if (pending.isPresent() && pending.get().status() == AgreementStatus.AWAITING_SIGNATURES) {
            throw new ConflictException("status", "awaiting-signatures",
                    "Version " + pending.get().version() + " is awaiting signatures: take it back to draft before importing over it");
        }
        if (pending.isEmpty() && agreement.terminated()) {
            throw new ConflictException("status", "already-terminated", "A terminated agreement cannot be changed");
        }
        int version = pending.isPresent() ? pending.get().version() : startAmendment(actor, agreement, "import");
        int revision = pending.isPresent() ? pending.get().revision()
                : store.agreement(id).orElseThrow().version(version).orElseThrow().revision();
        store.updateDocument(id, version, file.file().document(), file.catalogueVersion(), revision, clock.instant());
        return new Imported(id, version);
    }
}
