package org.infoshare.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.decision.AuthorisedShare;
import org.infoshare.decision.SharingDecisions;
import org.infoshare.delivery.rules.DisclosureAccess;
import org.infoshare.delivery.rules.Redaction;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.LedgerQueries;
import org.infoshare.ledger.LedgerRecord;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case-by-case disclosures. A disclosure can only be made from a completed share decision and holds exactly
 * the items that decision allowed (nothing it withheld can be added), each marked fact or opinion and, where
 * it is, historical; the purpose and lawful basis travel with it. Only the named person or the members of the
 * named team open it, while access lasts, in a view from which protected identities are withheld; every open,
 * download and print is recorded and shown to the sender. Anyone else is told it does not exist, and the
 * attempt is recorded.
 */
@Service
public class Disclosures {

    static final int LIST_LIMIT = 200;
    static final Set<Role> SENDERS = Set.of(Role.PRACTITIONER, Role.MANAGER);
    /** Who in the sending organisation oversees its disclosures (sees their records and access histories, never their content). */
    static final Set<Role> OVERSEERS = Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.MANAGER, Role.AUDITOR);

    /** How a recipient reads a disclosure: each is recorded as its own action. */
    public enum Access {
        OPENED("delivery.disclosure.opened", "Opened"),
        DOWNLOADED("delivery.disclosure.downloaded", "Downloaded"),
        PRINTED("delivery.disclosure.printed", "Printed");

        private final String action;
        private final String label;

        Access(String action, String label) {
            this.action = action;
            this.label = label;
        }

        public String action() {
            return action;
        }

        public String label() {
            return label;
        }
    }

    private final DisclosureStore store;
    private final DisclosureInput input;
    private final SharingDecisions decisions;
    private final DirectoryLookup directory;
    private final Notifications notifications;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final LedgerQueries ledgerQueries;
    private final Clock clock;
    private final TransactionTemplate own;

    Disclosures(DisclosureStore store, DisclosureInput input, SharingDecisions decisions, DirectoryLookup directory, Notifications notifications,
                CommandValidator validator, Ledger ledger, LedgerQueries ledgerQueries, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.input = input;
        this.decisions = decisions;
        this.directory = directory;
        this.notifications = notifications;
        this.validator = validator;
        this.ledger = ledger;
        this.ledgerQueries = ledgerQueries;
        this.clock = clock;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // --- composing -------------------------------------------------------------------------------------

    /** Completed share decisions you can see, ready to be carried out by a disclosure. */
    @Transactional(readOnly = true)
    public List<AuthorisedShare> shareDecisions(Actor actor) {
        return decisions.authorisedShares(actor);
    }

    /** What a share decision allows: the only basis on which a disclosure is composed. */
    @Transactional(readOnly = true)
    public AuthorisedShare shareDecision(Actor actor, UUID decisionId) {
        return input.share(actor, decisionId);
    }

    /** Disclosures already made under a decision (so a second one is made knowingly). */
    @Transactional(readOnly = true)
    public List<Disclosure> madeUnder(Actor actor, UUID decisionId) {
        shareDecision(actor, decisionId);
        return store.ofDecision(decisionId);
    }

    @Transactional
    public Disclosure create(Actor actor, DisclosureCommands.CreateDisclosure command) {
        if (SENDERS.stream().noneMatch(actor::hasRole)) {
            throw new ForbiddenException("Only practitioners and managers make disclosures");
        }
        DisclosureInput.Resolved resolved = input.resolve(actor, command);
        Disclosure disclosure = resolved.disclosure(actor, command, clock.instant());
        store.insert(disclosure, resolved.share().notInformReason(), resolved.protectedIdentities(), resolved.items());
        ledger.record(DeliveryEvents.sent(actor, disclosure, resolved.items(), resolved.protectedIdentities().size(), command.accessUntil()));
        tellAddressees(disclosure, Waiting.DISCLOSURE, "/disclosures/" + disclosure.id());
        return store.find(disclosure.id()).orElseThrow();
    }

    private void tellAddressees(Disclosure disclosure, Waiting waiting, String link) {
        for (UUID person : addressees(disclosure)) {
            notifications.somethingWaiting(person, disclosure.recipientOrganisationId(), waiting, link);
        }
    }

    private List<UUID> addressees(Disclosure d) {
        if (d.recipientUserId() != null) {
            return List.of(d.recipientUserId());
        }
        return directory.members(d.recipientTeamId()).stream().filter(DirectoryLookup.Person::active).map(DirectoryLookup.Person::id).toList();
    }

    // --- reading ---------------------------------------------------------------------------------------

    /** Disclosures addressed to you or to one of your teams, whatever their state. */
    @Transactional(readOnly = true)
    public List<Disclosure> inbox(Actor actor) {
        return store.addressedTo(actor.organisationId(), actor.userId(), actor.teamIds(), LIST_LIMIT);
    }

    /** Disclosures you sent. */
    @Transactional(readOnly = true)
    public List<Disclosure> sent(Actor actor) {
        return store.sentBy(actor.userId(), LIST_LIMIT);
    }

    /**
     * The disclosure as its reader may see it: for a recipient, with protected identities withheld (and the
     * access recorded as {@code access}); for its sender, the original with a preview of the redaction.
     */
    @Transactional
    public DisclosureView read(Actor actor, UUID id, Access access) {
        Disclosure disclosure = store.find(id).orElseThrow(() -> new NotFoundException("Disclosure"));
        DisclosureAccess.Outcome outcome = DisclosureAccess.decide(reader(actor), addressed(disclosure), UkCalendar.today(clock));
        if (!outcome.allowed() || (outcome == DisclosureAccess.Outcome.SENDER && access != Access.OPENED)) {
            refuse(actor, disclosure, outcome.allowed() ? "sender-not-recipient" : outcome.reason());
        }
        boolean asSender = outcome == DisclosureAccess.Outcome.SENDER;
        Redaction redaction = Redaction.of(store.protectedIdentities(disclosure));
        List<DisclosedItem> items = store.items(disclosure).stream().map(item -> new DisclosedItem(item.code(), item.label(), item.category(),
                item.kind(), item.historical(), asSender ? item.historicalNote() : redaction.plain(item.historicalNote(), DisclosedItem.WITHHELD),
                item.notToSubject(), asSender ? item.content() : redaction.plain(item.content(), DisclosedItem.WITHHELD),
                DisclosedItem.fragments(redaction, item.content(), asSender),
                DisclosedItem.fragments(redaction, item.historicalNote(), asSender))).toList();
        if (asSender) {
            ledger.record(DeliveryEvents.viewedBySender(actor, id));
            return new DisclosureView(disclosure, true, items, store.protectedIdentities(disclosure), store.notInformReason(disclosure));
        }
        store.markOpened(id, clock.instant());
        ledger.record(DeliveryEvents.read(actor, disclosure, access, !redaction.isEmpty()));
        return new DisclosureView(store.find(id).orElseThrow(), false, items, List.of(), null);
    }

    /**
     * The record of a disclosure without its content: for its sender, the sending organisation's overseers (DPO,
     * Caldicott Guardian, managers, auditors) and its recipients.
     */
    @Transactional(readOnly = true)
    public Disclosure readRecord(Actor actor, UUID id) {
        Disclosure disclosure = store.find(id).orElseThrow(() -> new NotFoundException("Disclosure"));
        boolean oversees = actor.belongsTo(disclosure.senderOrganisationId()) && OVERSEERS.stream().anyMatch(actor::hasRole);
        DisclosureAccess.Outcome outcome = DisclosureAccess.decide(reader(actor), addressed(disclosure), UkCalendar.today(clock));
        boolean addressee = actor.belongsTo(disclosure.recipientOrganisationId())
                && outcome != DisclosureAccess.Outcome.NOT_NAMED && outcome != DisclosureAccess.Outcome.OTHER_ORGANISATION;
        if (!oversees && !addressee && outcome != DisclosureAccess.Outcome.SENDER) {
            refuse(actor, disclosure, outcome.reason());
        }
        return disclosure;
    }

    /** One entry of an access history: who did what, when. */
    public record AccessEntry(java.time.Instant at, UUID actorId, String who, UUID organisationId, String action, String what) {
    }

    /** Every open, download and print, and every refused attempt: for the sender and the sending organisation's overseers. */
    @Transactional(readOnly = true)
    public List<AccessEntry> accessHistory(Actor actor, UUID id) {
        Disclosure disclosure = readRecord(actor, id);
        if (!actor.belongsTo(disclosure.senderOrganisationId())) {
            throw new NotFoundException("Disclosure");
        }
        List<LedgerRecord> entries = ledgerQueries.forSubject("disclosure", id.toString());
        Map<UUID, String> names = directory.displayNames(entries.stream().map(LedgerRecord::actorId).filter(java.util.Objects::nonNull).distinct().toList());
        return entries.stream().map(entry -> new AccessEntry(entry.recordedAt(), entry.actorId(),
                        names.getOrDefault(entry.actorId(), "Unknown"), entry.organisationId(), entry.action(), describe(entry)))
                .filter(e -> e.what() != null)
                .toList();
    }

    private static String describe(LedgerRecord entry) {
        return switch (entry.action()) {
            case "delivery.disclosure.sent" -> "Sent";
            case "delivery.disclosure.opened" -> "Opened";
            case "delivery.disclosure.downloaded" -> "Downloaded";
            case "delivery.disclosure.printed" -> "Printed";
            case "delivery.disclosure.viewed-by-sender" -> "Viewed by the sender";
            case "delivery.disclosure.withdrawn" -> "Withdrawn by the sender";
            case "delivery.disclosure.access-refused" -> "Refused: " + switch (entry.details().getOrDefault("reason", "")) {
                case "not-named-recipient" -> "not the named person or team";
                case "other-organisation" -> "another organisation";
                case "withdrawn" -> "withdrawn";
                case "expired" -> "access had ended";
                case "sender-not-recipient" -> "the sender cannot download or print";
                default -> "no access";
            };
            case "delivery.notice.delivered" -> "Consent withdrawal notice delivered";
            default -> null;
        };
    }

    // --- withdrawal and breaches -----------------------------------------------------------------------

    /** The sender withdraws a disclosure sent in error: the recipient can no longer open it, and the DPO gets a potential breach. */
    @Transactional
    public PotentialBreach withdraw(Actor actor, UUID id, DisclosureCommands.Withdraw command) {
        Disclosure disclosure = store.find(id).filter(d -> actor.userId().equals(d.sentBy()) && actor.belongsTo(d.senderOrganisationId()))
                .orElseThrow(() -> new NotFoundException("Disclosure"));
        validator.check(command);
        if (!store.withdraw(id, actor.userId(), clock.instant())) {
            throw new ConflictException("", "already-withdrawn", "This disclosure has already been withdrawn");
        }
        UUID breachId = UUID.randomUUID();
        boolean opened = disclosure.firstOpenedAt() != null;
        store.insertBreach(breachId, disclosure, actor.userId(), command.reason().strip(), opened, clock.instant());
        ledger.record(DeliveryEvents.withdrawn(actor, id, breachId, opened));
        ledger.record(DeliveryEvents.breachRecorded(actor, breachId, id, opened));
        tellAddressees(disclosure, Waiting.NOTICE, "/inbox");
        return store.breach(breachId).orElseThrow();
    }

    /** The organisation's potential breaches, for its Data Protection Officer and Caldicott Guardian. */
    @Transactional(readOnly = true)
    public List<PotentialBreach> breaches(Actor actor) {
        requireDpo(actor);
        return store.breaches(actor.organisationId());
    }

    @Transactional
    public PotentialBreach review(Actor actor, UUID id, DisclosureCommands.ReviewBreach command) {
        requireDpo(actor);
        PotentialBreach breach = store.breach(id).filter(b -> actor.belongsTo(b.organisationId()))
                .orElseThrow(() -> new NotFoundException("Potential breach"));
        validator.check(command);
        if (!store.reviewBreach(id, breach.organisationId(), actor.userId(), command.assessment().strip(), clock.instant())) {
            throw new ConflictException("", "already-reviewed", "This potential breach has already been assessed");
        }
        ledger.record(DeliveryEvents.breachReviewed(actor, id, breach.disclosureId()));
        return store.breach(id).orElseThrow();
    }

    private static void requireDpo(Actor actor) {
        if (!actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN)) {
            throw new ForbiddenException("Only the Data Protection Officer or Caldicott Guardian sees potential breaches");
        }
    }

    // --- for other modules -----------------------------------------------------------------------------

    /**
     * For a subject access request (004 §6): what your organisation disclosed about a person, with the items the
     * sender marked not to be disclosed to them. For the organisation's Data Protection Officer.
     */
    @Transactional(readOnly = true)
    public List<DisclosureView> disclosedAbout(Actor actor, UUID subjectId) {
        if (!actor.hasRole(Role.DATA_PROTECTION_OFFICER)) {
            throw new ForbiddenException("Only the Data Protection Officer answers subject access requests");
        }
        List<DisclosureView> views = new ArrayList<>();
        for (Disclosure disclosure : store.aboutSubject(actor.organisationId(), subjectId)) {
            Redaction redaction = Redaction.of(store.protectedIdentities(disclosure));
            List<DisclosedItem> items = store.items(disclosure).stream().map(item -> new DisclosedItem(item.code(), item.label(),
                    item.category(), item.kind(), item.historical(), item.historicalNote(), item.notToSubject(), item.content(),
                    DisclosedItem.fragments(redaction, item.content(), true), DisclosedItem.fragments(redaction, item.historicalNote(), true)))
                    .toList();
            views.add(new DisclosureView(disclosure, true, items, store.protectedIdentities(disclosure), store.notInformReason(disclosure)));
        }
        ledger.record(DeliveryEvents.subjectAccessRead(actor, subjectId, views.size()));
        return views;
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private void refuse(Actor actor, Disclosure disclosure, String reason) {
        own.executeWithoutResult(status -> ledger.record(DeliveryEvents.accessRefused(actor, disclosure.id(), reason)));
        throw new NotFoundException("Disclosure");
    }

    static DisclosureAccess.Reader reader(Actor actor) {
        return new DisclosureAccess.Reader(actor.userId(), actor.organisationId(), actor.teamIds());
    }

    static DisclosureAccess.Addressed addressed(Disclosure d) {
        return new DisclosureAccess.Addressed(d.senderOrganisationId(), d.sentBy(), d.recipientOrganisationId(), d.recipientTeamId(),
                d.recipientUserId(), d.accessUntil(), d.withdrawn());
    }

}
