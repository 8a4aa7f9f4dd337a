package org.infoshare.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.decision.AuthorisedShare;
import org.infoshare.delivery.rules.DisclosureAccess;
import org.infoshare.delivery.rules.Redaction;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.LedgerQueries;
import org.infoshare.ledger.LedgerRecord;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.ledger.RefusedReads;
import org.infoshare.readlog.ReadLog;
import org.infoshare.readlog.RecordKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.events.PotentialIncident;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.subject.SubjectAccess;
import org.infoshare.validation.CommandValidator;
import org.infoshare.legal.DataCategory;
import org.springframework.context.ApplicationEventPublisher;
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

    static final Set<Role> SENDERS = Set.of(Role.PRACTITIONER, Role.MANAGER);

    private final DisclosureStore store;
    private final DisclosureInput input;
    private final DirectoryLookup directory;
    private final Notifications notifications;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final LedgerQueries ledgerQueries;
    private final Clock clock;
    private final RefusedReads refusedReads;
    private final SubjectAccess access;
    private final ReadLog reads;
    private final TransactionTemplate own;
    private final ApplicationEventPublisher events;
    private final RecordDigests digests;

    Disclosures(DisclosureStore store, DisclosureInput input, DirectoryLookup directory, Notifications notifications,
                CommandValidator validator, Ledger ledger, LedgerQueries ledgerQueries, Clock clock, RefusedReads refusedReads,
                SubjectAccess access, ReadLog reads, PlatformTransactionManager transactions, ApplicationEventPublisher events,
                RecordDigests digests) {
        this.digests = digests;
        this.reads = reads;
        this.events = events;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.store = store;
        this.input = input;
        this.directory = directory;
        this.notifications = notifications;
        this.validator = validator;
        this.ledger = ledger;
        this.ledgerQueries = ledgerQueries;
        this.clock = clock;
        this.refusedReads = refusedReads;
        this.access = access;
    }

    // --- composing -------------------------------------------------------------------------------------

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
        store.setUrgency(disclosure.id(), resolved.share().urgency());
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

    /**
     * A disclosure you sent, found by its id however many you have sent since (ADR 0017): anyone else's is not found.
     */
    @Transactional(readOnly = true)
    public Disclosure sentByYou(Actor actor, UUID id) {
        return store.find(id).filter(d -> sentBy(actor, d)).orElseThrow(() -> new NotFoundException("Disclosure"));
    }

    private static boolean sentBy(Actor actor, Disclosure d) {
        return actor.userId().equals(d.sentBy()) && actor.belongsTo(d.senderOrganisationId());
    }

    /**
     * The disclosure as its reader may see it: for a recipient, with protected identities withheld (and the
     * access recorded as {@code access}); for its sender, the original with a preview of the redaction. Either way
     * with what the ledger says of it as stored (ADR 0063), judged before this reading changes anything: only a first
     * opening of a disclosure found as recorded binds its new state; any other reading leaves its binding as it was.
     */
    @Transactional
    public DisclosureView read(Actor actor, UUID id, DisclosureReading access) {
        Disclosure disclosure = store.find(id).orElseThrow(() -> new NotFoundException("Disclosure"));
        DisclosureAccess.Outcome outcome = DisclosureAccess.decide(reader(actor), addressed(disclosure), UkCalendar.today(clock));
        if (!outcome.allowed() || (outcome == DisclosureAccess.Outcome.SENDER && access != DisclosureReading.OPENED)) {
            refuse(actor, disclosure, outcome.allowed() ? "sender-not-recipient" : outcome.reason());
        }
        boolean asSender = outcome == DisclosureAccess.Outcome.SENDER;
        Redaction redaction = Redaction.of(store.protectedIdentities(disclosure));
        List<DisclosedItem> items = store.items(disclosure).stream().map(item -> new DisclosedItem(item.code(), item.label(), item.category(),
                item.kind(), item.historical(), asSender ? item.historicalNote() : redaction.plain(item.historicalNote(), DisclosedItem.WITHHELD),
                item.notToSubject(), asSender ? item.content() : redaction.plain(item.content(), DisclosedItem.WITHHELD),
                DisclosedItem.fragments(redaction, item.content(), asSender),
                DisclosedItem.fragments(redaction, item.historicalNote(), asSender))).toList();
        reads.read(actor, RecordKind.DISCLOSURE, id, disclosure.subjectId(), disclosure.senderOrganisationId(), access.how());
        var integrity = digests.check(ProtectedRecords.DISCLOSURE, id);
        if (asSender) {
            ledger.recordUnchanged(DeliveryEvents.viewedBySender(actor, id));
            return new DisclosureView(disclosure, true, items, store.protectedIdentities(disclosure), store.notInformReason(disclosure),
                    DisclosureView.integrity(integrity));
        }
        var read = DeliveryEvents.read(actor, disclosure, access.action(), !redaction.isEmpty());
        if (store.markOpened(id, clock.instant()) && integrity.isEmpty()) {
            ledger.record(read);
        } else {
            ledger.recordUnchanged(read);
        }
        return new DisclosureView(store.find(id).orElseThrow(), false, items, List.of(), null, DisclosureView.integrity(integrity));
    }

    /**
     * The record of a disclosure without its content: for its sender, its recipients, and in the sending organisation
     * whoever may see the person it is about (need to know, ADR 0048: the Data Protection Officer, Caldicott Guardian
     * and auditors, and the teams working with the person).
     */
    @Transactional(readOnly = true)
    public Disclosure readRecord(Actor actor, UUID id) {
        Disclosure disclosure = store.find(id).orElseThrow(() -> new NotFoundException("Disclosure"));
        boolean oversees = actor.belongsTo(disclosure.senderOrganisationId()) && access.mayView(actor, disclosure.subjectId());
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
        Map<String, Integer> attempts = new java.util.HashMap<>();
        refusedReads.attempts("disclosure", id.toString())
                .forEach(a -> attempts.put(a.actorId() + "@" + a.windowStart(), a.attempts()));
        return entries.stream().map(entry -> new AccessEntry(entry.recordedAt(), entry.actorId(),
                        names.getOrDefault(entry.actorId(), "Unknown"), organisationOf(entry), entry.action(), describe(entry, attempts)))
                .filter(e -> e.what() != null)
                .toList();
    }

    /** Whose attempt it was: a refusal is kept in the sender's trail and names the caller's organisation as "from". */
    private static UUID organisationOf(LedgerRecord entry) {
        String from = entry.details().get("from");
        return from == null ? entry.organisationId() : UUID.fromString(from);
    }

    private static String describe(LedgerRecord entry, Map<String, Integer> attempts) {
        String described = DeliveryEvents.describe(entry);
        if (described == null) {
            return null;
        }
        int times = attempts.getOrDefault(entry.actorId() + "@" + entry.details().get(RefusedReads.WINDOW), 1);
        return times > 1 ? described + " (" + times + " attempts within the hour)" : described;
    }

    // --- withdrawal and breaches -----------------------------------------------------------------------

    /**
     * The sender withdraws a disclosure sent in error: the recipient can no longer open it, and it enters the sending
     * organisation's incident register (whose Data Protection Officer is told) as a potential breach.
     */
    @Transactional
    public PotentialBreach withdraw(Actor actor, UUID id, DisclosureCommands.Withdraw command) {
        Disclosure disclosure = sentByYou(actor, id);
        validator.check(command);
        if (!store.withdraw(id, actor.userId(), clock.instant())) {
            throw new ConflictException("", "already-withdrawn", "This disclosure has already been withdrawn");
        }
        UUID breachId = UUID.randomUUID();
        boolean opened = disclosure.firstOpenedAt() != null;
        store.insertBreach(breachId, disclosure, actor.userId(), command.reason().strip(), opened, clock.instant());
        ledger.record(DeliveryEvents.withdrawn(actor, id, breachId, opened));
        ledger.record(DeliveryEvents.breachRecorded(actor, breachId, id, opened));
        events.publishEvent(potentialIncident(PotentialIncident.Source.DISCLOSURE_WITHDRAWN, disclosure, actor.userId(),
                command.reason().strip(), opened ? "opened-before-withdrawal" : "not-opened"));
        tellAddressees(disclosure, Waiting.NOTICE, "/inbox");
        return store.breach(breachId).orElseThrow();
    }

    /** The organisation's potential breaches, for its Data Protection Officer and Caldicott Guardian. */
    @Transactional(readOnly = true)
    public List<PotentialBreach> breaches(Actor actor) {
        requireDpo(actor);
        return store.breaches(actor.organisationId());
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
    @Transactional
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
            views.add(new DisclosureView(disclosure, true, items, store.protectedIdentities(disclosure), store.notInformReason(disclosure),
                    DisclosureView.NOT_CHECKED));
        }
        ledger.record(DeliveryEvents.subjectAccessRead(actor, subjectId, views.size()));
        return views;
    }

    /**
     * Every disclosure the organisation made about a person, with its addressees and item codes but no content:
     * for passing a person's rights, or an inaccuracy, on to exactly those who received the items (002 §3.2, §4.7).
     * For modules that have already checked that the caller acts for {@code senderOrganisationId}.
     */
    @Transactional(readOnly = true)
    public List<SentDisclosure> recipientsOf(UUID senderOrganisationId, UUID subjectId) {
        return store.sentAbout(senderOrganisationId, subjectId);
    }

    /**
     * Corrects the content of one item the organisation disclosed (UK GDPR Art 16; 002 §4.7), returning what it said
     * before: the recipients read the corrected content from now on. The sending organisation's Data Protection
     * Officer only; the caller records why.
     */
    @Transactional
    public String correctItem(Actor actor, UUID disclosureId, String code, String content) {
        if (!actor.hasRole(Role.DATA_PROTECTION_OFFICER)) {
            throw new ForbiddenException("Only the Data Protection Officer corrects what was disclosed");
        }
        Disclosure disclosure = store.find(disclosureId).filter(d -> actor.belongsTo(d.senderOrganisationId()))
                .orElseThrow(() -> new NotFoundException("Disclosure"));
        String before = store.correctItem(disclosure, code, content)
                .orElseThrow(() -> org.infoshare.shared.problem.InvalidRequestException.of("itemCode", "disclosed-item",
                        "Choose an item this disclosure carried"));
        ledger.record(DeliveryEvents.itemCorrected(actor, disclosure, code));
        return before;
    }

    /** Whether the organisation sent or received the disclosure: for linking records to it, without reading it. */
    @Transactional(readOnly = true)
    public boolean involves(UUID disclosureId, UUID organisationId) {
        return store.find(disclosureId).filter(d -> organisationId.equals(d.senderOrganisationId())
                || organisationId.equals(d.recipientOrganisationId())).isPresent();
    }

    // --- helpers ---------------------------------------------------------------------------------------

    /**
     * Refused: the same 404 as for no disclosure at all. The attempt goes in the sending organisation's trail, not the
     * caller's, so that the caller cannot tell a refusal from a disclosure that does not exist (ADR 0047). An attempt by
     * someone the disclosure was never meant for is also a potential incident for the sending organisation, raised in a
     * transaction of its own (the caller's rolls back with the 404).
     */
    private void refuse(Actor actor, Disclosure disclosure, String reason) {
        refusedReads.record(DeliveryEvents.accessRefused(actor, disclosure, reason));
        if (UNINTENDED_READERS.contains(reason)) {
            own.executeWithoutResult(status -> events.publishEvent(
                    potentialIncident(PotentialIncident.Source.ACCESS_REFUSED, disclosure, actor.userId(), null, reason)));
        }
        throw new NotFoundException("Disclosure");
    }

    /** Refusals that mean someone tried to read what was not meant for them (not a recipient whose access has ended). */
    private static final Set<String> UNINTENDED_READERS = Set.of("not-named-recipient", "other-organisation");

    private PotentialIncident potentialIncident(PotentialIncident.Source source, Disclosure disclosure, UUID by, String account, String reason) {
        Set<DataCategory> categories = store.categories(disclosure.id());
        return new PotentialIncident(source, disclosure.senderOrganisationId(), by, clock.instant(), "disclosure", disclosure.id(),
                disclosure.subjectId(), disclosure.recipientOrganisationId(), categories.contains(DataCategory.SPECIAL_CATEGORY),
                categories.contains(DataCategory.CRIMINAL_OFFENCE), account, reason);
    }

    static DisclosureAccess.Reader reader(Actor actor) {
        return new DisclosureAccess.Reader(actor.userId(), actor.organisationId(), actor.teamIds());
    }

    static DisclosureAccess.Addressed addressed(Disclosure d) {
        return new DisclosureAccess.Addressed(d.senderOrganisationId(), d.sentBy(), d.recipientOrganisationId(), d.recipientTeamId(),
                d.recipientUserId(), d.accessUntil(), d.withdrawn());
    }

}
