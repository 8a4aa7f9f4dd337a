package org.infoshare.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.agreement.TransferMethod;
import org.infoshare.decision.AuthorisedShare;
import org.infoshare.decision.RecordedDecision;
import org.infoshare.decision.SharingDecisions;
import org.infoshare.delivery.rules.DisclosureAccess;
import org.infoshare.delivery.rules.Redaction;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.LedgerEvent;
import org.infoshare.ledger.LedgerQueries;
import org.infoshare.ledger.LedgerRecord;
import org.infoshare.ledger.RefusedReads;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.shared.problem.Violation;
import org.infoshare.subject.Subjects;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final SharingDecisions decisions;
    private final DirectoryLookup directory;
    private final Notifications notifications;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final LedgerQueries ledgerQueries;
    private final Clock clock;
    private final RefusedReads refusedReads;
    private final Subjects subjects;

    Disclosures(DisclosureStore store, SharingDecisions decisions, DirectoryLookup directory, Notifications notifications,
                CommandValidator validator, Ledger ledger, LedgerQueries ledgerQueries, Clock clock, RefusedReads refusedReads,
                Subjects subjects) {
        this.store = store;
        this.decisions = decisions;
        this.directory = directory;
        this.notifications = notifications;
        this.validator = validator;
        this.ledger = ledger;
        this.ledgerQueries = ledgerQueries;
        this.clock = clock;
        this.refusedReads = refusedReads;
        this.subjects = subjects;
    }

    // --- composing -------------------------------------------------------------------------------------

    /** Completed share decisions you can see, ready to be carried out by a disclosure. */
    @Transactional(readOnly = true)
    public List<AuthorisedShare> shareDecisions(Actor actor) {
        List<AuthorisedShare> shares = new ArrayList<>();
        for (RecordedDecision decision : decisions.recent(actor)) {
            decisions.authorisedShare(decision.id(), actor).ifPresent(shares::add);
        }
        return shares;
    }

    /** What a share decision allows: the only basis on which a disclosure is composed. */
    @Transactional(readOnly = true)
    public AuthorisedShare shareDecision(Actor actor, UUID decisionId) {
        decisions.decision(actor, decisionId);
        return decisions.authorisedShare(decisionId, actor)
                .orElseThrow(() -> new NotFoundException("Share decision"));
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
        // Every problem at once: the command's own rules, then what the decision allows.
        List<Violation> violations = new ArrayList<>(validator.violations(command));
        if (command == null || command.decisionId() == null || command.items() == null) {
            validator.check(command);
            throw new InvalidRequestException(violations);
        }
        AuthorisedShare share;
        try {
            share = shareDecision(actor, command.decisionId());
        } catch (NotFoundException e) {
            throw InvalidRequestException.of("decisionId", "share-decision",
                    "Choose a completed decision to share, made in your organisation, that you can see");
        }
        checkRecipient(share, command, violations);
        if (!share.secureMethods().isEmpty() && !share.secureMethods().contains(TransferMethod.INFOSHARE_PLATFORM)) {
            violations.add(new Violation("decisionId", "transfer-method",
                    "The decision's secure methods of transfer do not include this platform"));
        }
        LocalDate today = UkCalendar.today(clock);
        if (command.accessUntil() != null && command.accessUntil().isBefore(today)) {
            violations.add(new Violation("accessUntil", "today-or-later", "The last day of access must be today or later"));
        }
        List<DisclosureStore.StoredItem> items = items(share, command, violations);
        List<String> identities = new ArrayList<>();
        if (command.protectedIdentities() != null) {
            for (int i = 0; i < command.protectedIdentities().size(); i++) {
                String identity = command.protectedIdentities().get(i);
                if (identity == null || identity.isBlank()) {
                    continue;
                }
                if (!Redaction.usable(identity)) {
                    violations.add(new Violation("protectedIdentities[" + i + "]", "min-letters",
                            "A protected identity needs at least " + Redaction.MIN_LETTERS + " letters or digits"));
                } else {
                    identities.add(identity.strip());
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Disclosure disclosure = new Disclosure(UUID.randomUUID(), share.decisionId(), share.subjectId(), actor.organisationId(),
                actor.userId(), share.recipientOrganisationId(), command.recipientUserId() == null ? command.recipientTeamId() : null,
                command.recipientUserId(), share.purpose(),
                share.lawfulBasis().stream().map(b -> new Disclosure.LawfulBasis(b.code(), b.citation(), b.title(), b.why())).toList(),
                share.informPerson(), command.accessUntil(), clock.instant(), null, null, null, items.size());
        store.insert(disclosure, share.notInformReason(), identities, items);
        ledger.record(LedgerEvent.of("delivery.disclosure.sent", "disclosure", disclosure.id())
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("decision", share.decisionId())
                .detail("recipient", disclosure.recipientOrganisationId())
                .detail("team", disclosure.recipientTeamId()).detail("person", disclosure.recipientUserId())
                .detail("items", abbreviate(String.join(",", items.stream().map(DisclosureStore.StoredItem::code).toList())))
                .detail("opinions", items.stream().filter(i -> i.kind() == ItemKind.OPINION).count())
                .detail("notToSubject", items.stream().filter(DisclosureStore.StoredItem::notToSubject).count())
                .detail("protectedIdentities", identities.size())
                .detail("accessUntil", command.accessUntil())
                .build());
        for (UUID person : addressees(disclosure)) {
            notifications.somethingWaiting(person, disclosure.recipientOrganisationId(), Waiting.DISCLOSURE, "/disclosures/" + disclosure.id());
        }
        return store.find(disclosure.id()).orElseThrow();
    }

    private void checkRecipient(AuthorisedShare share, DisclosureCommands.CreateDisclosure command, List<Violation> violations) {
        UUID team = command.recipientTeamId();
        UUID person = command.recipientUserId();
        if ((team == null) == (person == null)) {
            violations.add(new Violation("recipientTeamId", "one-recipient", "Choose the named team or the named person, one of them"));
            return;
        }
        if (team != null) {
            if (directory.team(team).filter(t -> t.organisationId().equals(share.recipientOrganisationId())).isEmpty()) {
                violations.add(new Violation("recipientTeamId", "team-in-recipient", "Choose a team in the recipient organisation"));
            } else if (share.recipientTeamId() != null && !share.recipientTeamId().equals(team)) {
                violations.add(new Violation("recipientTeamId", "decided-team", "The decision named another team: send it to that team or a person in it"));
            }
            return;
        }
        Optional<DirectoryLookup.Person> named = directory.person(person)
                .filter(p -> p.active() && p.organisationId().equals(share.recipientOrganisationId()));
        if (named.isEmpty()) {
            violations.add(new Violation("recipientUserId", "person-in-recipient", "Choose a person with access in the recipient organisation"));
        } else if (share.recipientTeamId() != null && !named.get().teamIds().contains(share.recipientTeamId())) {
            violations.add(new Violation("recipientUserId", "decided-team", "The decision named a team: choose a person in that team"));
        }
    }

    /** Exactly the items the decision allowed, or fewer; never one it withheld. */
    private static List<DisclosureStore.StoredItem> items(AuthorisedShare share, DisclosureCommands.CreateDisclosure command,
                                                          List<Violation> violations) {
        Map<String, AuthorisedShare.Item> allowed = new LinkedHashMap<>();
        share.items().forEach(item -> allowed.put(item.code(), item));
        List<DisclosureStore.StoredItem> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < command.items().size(); i++) {
            DisclosureCommands.Item item = command.items().get(i);
            String field = "items[" + i + "].";
            AuthorisedShare.Item authorised = allowed.get(item.code());
            if (authorised == null) {
                violations.add(new Violation(field + "code", "authorised-item",
                        "The share decision did not allow this item to be shared: only what it allowed can be disclosed"));
                continue;
            }
            if (!seen.add(item.code())) {
                violations.add(new Violation(field + "code", "unique", "Each item is disclosed once"));
                continue;
            }
            if (item.historical() && (item.historicalNote() == null || item.historicalNote().isBlank())) {
                violations.add(new Violation(field + "historicalNote", "required", "Say what is historical about this item, and how old it is"));
            }
            if (item.content() == null || item.kind() == null) {
                continue; // already reported by the command's own rules
            }
            items.add(new DisclosureStore.StoredItem(authorised.code(), authorised.label(), authorised.category(), item.kind(),
                    item.historical(), item.historical() ? item.historicalNote().strip() : null, item.notToSubject(), item.content().strip()));
        }
        return items;
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
            ledger.record(LedgerEvent.of("delivery.disclosure.viewed-by-sender", "disclosure", id)
                    .actor(actor.userId()).organisation(actor.organisationId()).build());
            return new DisclosureView(disclosure, true, items, store.protectedIdentities(disclosure), store.notInformReason(disclosure));
        }
        store.markOpened(id, clock.instant());
        ledger.record(LedgerEvent.of(access.action(), "disclosure", id)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("sender", disclosure.senderOrganisationId())
                .detail("withheldIdentities", redaction.isEmpty() ? 0 : 1)
                .build());
        return new DisclosureView(store.find(id).orElseThrow(), false, items, List.of(), null);
    }

    /**
     * The record of a disclosure without its content: for its sender, its recipients, and in the sending organisation
     * whoever may see the person it is about (need to know, ADR 0048: the Data Protection Officer, Caldicott Guardian
     * and auditors, and the teams working with the person).
     */
    @Transactional(readOnly = true)
    public Disclosure record(Actor actor, UUID id) {
        Disclosure disclosure = store.find(id).orElseThrow(() -> new NotFoundException("Disclosure"));
        boolean oversees = actor.belongsTo(disclosure.senderOrganisationId()) && subjects.mayView(actor, disclosure.subjectId());
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
        Disclosure disclosure = record(actor, id);
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
        String described = describe(entry);
        if (described == null) {
            return null;
        }
        int times = attempts.getOrDefault(entry.actorId() + "@" + entry.details().get(RefusedReads.WINDOW), 1);
        return times > 1 ? described + " (" + times + " attempts within the hour)" : described;
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
        ledger.record(LedgerEvent.of("delivery.disclosure.withdrawn", "disclosure", id)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("breach", breachId).detail("openedBeforeWithdrawal", opened)
                .build());
        ledger.record(LedgerEvent.of("delivery.breach.recorded", "potential-breach", breachId)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("disclosure", id).detail("openedBeforeWithdrawal", opened)
                .build());
        for (UUID person : addressees(disclosure)) {
            notifications.somethingWaiting(person, disclosure.recipientOrganisationId(), Waiting.NOTICE, "/inbox");
        }
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
        ledger.record(LedgerEvent.of("delivery.breach.reviewed", "potential-breach", id)
                .actor(actor.userId()).organisation(actor.organisationId()).detail("disclosure", breach.disclosureId()).build());
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
        ledger.record(LedgerEvent.of("delivery.disclosure.subject-access-read", "subject", subjectId)
                .actor(actor.userId()).organisation(actor.organisationId()).detail("disclosures", views.size()).build());
        return views;
    }

    // --- helpers ---------------------------------------------------------------------------------------

    /**
     * Refused: the same 404 as for no disclosure at all. The attempt goes in the sending organisation's trail, not the
     * caller's, so that the caller cannot tell a refusal from a disclosure that does not exist (ADR 0047).
     */
    private void refuse(Actor actor, Disclosure disclosure, String reason) {
        refusedReads.record(LedgerEvent.of("delivery.disclosure.access-refused", "disclosure", disclosure.id())
                .actor(actor.userId()).organisation(disclosure.senderOrganisationId())
                .detail("reason", reason).detail("from", actor.organisationId()).build());
        throw new NotFoundException("Disclosure");
    }

    static DisclosureAccess.Reader reader(Actor actor) {
        return new DisclosureAccess.Reader(actor.userId(), actor.organisationId(), actor.teamIds());
    }

    static DisclosureAccess.Addressed addressed(Disclosure d) {
        return new DisclosureAccess.Addressed(d.senderOrganisationId(), d.sentBy(), d.recipientOrganisationId(), d.recipientTeamId(),
                d.recipientUserId(), d.accessUntil(), d.withdrawn());
    }

    private static String abbreviate(String value) {
        return value.length() <= LedgerEvent.MAX_DETAIL_LENGTH ? value : value.substring(0, LedgerEvent.MAX_DETAIL_LENGTH - 1) + "…";
    }
}
