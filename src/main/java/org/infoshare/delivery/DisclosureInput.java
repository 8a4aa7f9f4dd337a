package org.infoshare.delivery;

import java.time.Clock;
import java.time.Instant;
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
import org.infoshare.decision.SharingDecisions;
import org.infoshare.delivery.rules.Redaction;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.shared.problem.Violation;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Component;

/**
 * Resolves a request to disclose into what the share decision allows: the decision, a recipient in the
 * organisation (and team) it named, a method it approved, and exactly the items it allowed, or fewer. Every
 * problem is reported at once; nothing is written here.
 */
@Component
class DisclosureInput {

    /** A request that passed every check: the share it carries out, its items and the identities to protect. */
    record Resolved(AuthorisedShare share, List<DisclosureStore.StoredItem> items, List<String> protectedIdentities) {

        /** The disclosure this request makes, sent now by the actor. */
        Disclosure disclosure(Actor actor, DisclosureCommands.CreateDisclosure command, Instant now) {
            return new Disclosure(UUID.randomUUID(), share.decisionId(), share.subjectId(), actor.organisationId(),
                    actor.userId(), share.recipientOrganisationId(), command.recipientUserId() == null ? command.recipientTeamId() : null,
                    command.recipientUserId(), share.purpose(),
                    share.lawfulBasis().stream().map(b -> new Disclosure.LawfulBasis(b.code(), b.citation(), b.title(), b.why())).toList(),
                    share.informPerson(), command.accessUntil(), now, null, null, null, items.size());
        }
    }

    private final SharingDecisions decisions;
    private final DirectoryLookup directory;
    private final CommandValidator validator;
    private final Clock clock;

    DisclosureInput(SharingDecisions decisions, DirectoryLookup directory, CommandValidator validator, Clock clock) {
        this.decisions = decisions;
        this.directory = directory;
        this.validator = validator;
        this.clock = clock;
    }

    /** What a share decision the actor can see allows: the only basis on which a disclosure is composed. */
    AuthorisedShare share(Actor actor, UUID decisionId) {
        decisions.decision(actor, decisionId);
        return decisions.authorisedShare(decisionId, actor).orElseThrow(() -> new NotFoundException("Share decision"));
    }

    Resolved resolve(Actor actor, DisclosureCommands.CreateDisclosure command) {
        // Every problem at once: the command's own rules, then what the decision allows.
        List<Violation> violations = new ArrayList<>(validator.violations(command));
        if (command == null || command.decisionId() == null || command.items() == null) {
            validator.check(command);
            throw new InvalidRequestException(violations);
        }
        AuthorisedShare share;
        try {
            share = share(actor, command.decisionId());
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
        List<String> identities = protectedIdentities(command, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new Resolved(share, items, identities);
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

    /** The identities to withhold from the recipient's view; blank lines are ignored. */
    private static List<String> protectedIdentities(DisclosureCommands.CreateDisclosure command, List<Violation> violations) {
        List<String> identities = new ArrayList<>();
        if (command.protectedIdentities() == null) {
            return identities;
        }
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
        return identities;
    }
}
