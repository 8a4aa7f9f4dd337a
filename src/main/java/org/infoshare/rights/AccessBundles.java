package org.infoshare.rights;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.infoshare.delivery.rules.Redaction;
import org.infoshare.ledger.Ledger;
import org.infoshare.readlog.ReadHow;
import org.infoshare.readlog.ReadLog;
import org.infoshare.readlog.RecordKind;
import org.infoshare.rights.rules.Withholding;
import org.infoshare.shared.Actor;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subject access bundles (004 §6; UK GDPR Art 15, 20). The Data Protection Officer prepares a bundle for an access or
 * portability request once the person is confirmed and their identity checked, previews the internal copy (every
 * entry, each withheld one with its exemption), withholds or includes entries and adds identities to withhold,
 * approves it (its content is then fixed, and the digest of what will be released is ledgered) and records its
 * release. The released bundle, as an accessible PDF and as JSON, never shows what was withheld or why.
 */
@Service
public class AccessBundles {

    private final BundleStore store;
    private final BundleAssembler assembler;
    private final BundlePrinter printer;
    private final RightsRequests requests;
    private final ReadLog reads;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final JsonMapper json;
    private final Clock clock;

    AccessBundles(BundleStore store, BundleAssembler assembler, BundlePrinter printer, RightsRequests requests, ReadLog reads,
                  CommandValidator validator, Ledger ledger, JsonMapper json, Clock clock) {
        this.store = store;
        this.assembler = assembler;
        this.printer = printer;
        this.requests = requests;
        this.reads = reads;
        this.validator = validator;
        this.ledger = ledger;
        this.json = json;
        this.clock = clock;
    }

    /** A bundle's state and its internal copy: what the DPO previews. */
    public record Preview(AccessBundle bundle, BundleContent content, BundleChoices choices) {
    }

    @Transactional
    public AccessBundle prepare(Actor actor, UUID requestId) {
        RightsRequest request = requests.open(actor, requestId);
        if (!request.kind().answeredWithBundle()) {
            throw new ConflictException("", "no-bundle", "A request for " + request.kind().label().toLowerCase() + " is not answered with a bundle");
        }
        if (request.subjectId() == null) {
            throw new ConflictException("", "person-not-confirmed", "Find the person in your records and confirm it is them first");
        }
        if (request.identityCheck() == null) {
            throw new ConflictException("", "identity-not-checked", "Record how their identity was checked first");
        }
        if (store.ofRequest(requestId).isPresent()) {
            throw new ConflictException("", "already-prepared", "A bundle has already been prepared for this request");
        }
        UUID id = UUID.randomUUID();
        store.draft(id, request, BundleChoices.NONE, actor.userId(), clock.instant());
        ledger.record(RightsEvents.bundle("prepared", actor, id, actor.organisationId()).detail("request", requestId).build());
        return store.ofRequest(requestId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<AccessBundle> ofRequest(Actor actor, UUID requestId) {
        requests.find(actor, requestId);
        return store.ofRequest(requestId);
    }

    /** The internal copy: assembled afresh while a draft, as approved afterwards. A read of the person's information, ledgered. */
    @Transactional
    public Preview preview(Actor actor, UUID requestId) {
        RightsRequest request = requests.find(actor, requestId);
        RightsRequests.requireDpo(actor);
        AccessBundle bundle = store.ofRequest(requestId).orElseThrow(() -> new NotFoundException("Bundle"));
        BundleChoices choices = store.choicesOf(requestId);
        BundleContent content = bundle.status() == AccessBundle.Status.DRAFT
                ? assembler.assemble(actor, request, choices, UkCalendar.today(clock))
                : store.approvedContent(requestId).orElseThrow();
        reads.read(actor, RecordKind.BUNDLE, bundle.id(), request.subjectId(), actor.organisationId(), ReadHow.VIEWED);
        return new Preview(bundle, content, choices);
    }

    @Transactional
    public Preview choose(Actor actor, UUID requestId, BundleCommands.Choose command) {
        validator.check(command);
        Preview preview = draft(actor, requestId);
        if (!keys(preview.content()).contains(command.key())) {
            throw InvalidRequestException.of("key", "bundle-entry", "Choose an entry of this bundle");
        }
        if (command.exemption() != null && !command.exemption().withholdsItems()) {
            throw InvalidRequestException.of("exemption", "withholds-items", "Choose an exemption that allows information to be withheld");
        }
        if (command.choice() == Withholding.Choice.WITHHOLD && command.exemption() == null) {
            throw InvalidRequestException.of("exemption", "exemption-required", "Select the exemption it is withheld under");
        }
        Map<String, BundleChoices.ItemChoice> items = new HashMap<>(preview.choices().items());
        items.put(command.key(), new BundleChoices.ItemChoice(command.choice(), command.exemption()));
        store.choices(requestId, new BundleChoices(items, preview.choices().identities()));
        ledger.record(RightsEvents.bundle("entry-chosen", actor, preview.bundle().id(), actor.organisationId())
                .detail("choice", command.choice()).detail("exemption", command.exemption()).build());
        return preview(actor, requestId);
    }

    @Transactional
    public Preview identities(Actor actor, UUID requestId, BundleCommands.Identities command) {
        validator.check(command);
        Preview preview = draft(actor, requestId);
        List<String> identities = command.identities() == null ? List.of()
                : Arrays.stream(command.identities().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        for (String identity : identities) {
            if (!Redaction.usable(identity)) {
                throw InvalidRequestException.of("identities", "usable-identity",
                        "Each name must have at least " + Redaction.MIN_LETTERS + " letters or digits");
            }
        }
        store.choices(requestId, new BundleChoices(preview.choices().items(), identities));
        ledger.record(RightsEvents.bundle("identities-set", actor, preview.bundle().id(), actor.organisationId())
                .detail("identities", identities.size()).build());
        return preview(actor, requestId);
    }

    /** Fixes the content as previewed and ledgers the digest of what will be released. */
    @Transactional
    public AccessBundle approve(Actor actor, UUID requestId) {
        Preview preview = draft(actor, requestId);
        byte[] sha = sha256(json.writeValueAsString(preview.content().released()));
        if (!store.approve(requestId, preview.content(), sha, actor.userId(), clock.instant())) {
            throw new ConflictException("", "not-draft", "Only a draft bundle can be approved");
        }
        ledger.record(RightsEvents.bundle("approved", actor, preview.bundle().id(), actor.organisationId()).detail("request", requestId)
                .detail("sha256", HexFormat.of().formatHex(sha)).detail("items", BundleStore.itemCount(preview.content()))
                .detail("withheld", preview.content().withheldCount())
                .detail("exemptions", preview.content().exemptions().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .build());
        return store.ofRequest(requestId).orElseThrow();
    }

    /** Back to a draft, to change it: only before it is released. */
    @Transactional
    public AccessBundle reopen(Actor actor, UUID requestId) {
        AccessBundle bundle = ofRequest(actor, requestId).orElseThrow(() -> new NotFoundException("Bundle"));
        requests.open(actor, requestId);
        if (!store.reopen(requestId)) {
            throw new ConflictException("", "not-approved", "Only an approved bundle that has not been released can be changed");
        }
        ledger.record(RightsEvents.bundle("reopened", actor, bundle.id(), actor.organisationId()).build());
        return store.ofRequest(requestId).orElseThrow();
    }

    @Transactional
    public AccessBundle release(Actor actor, UUID requestId, BundleCommands.Release command) {
        RightsRequest request = requests.find(actor, requestId);
        RightsRequests.requireDpo(actor);
        validator.check(command);
        AccessBundle bundle = store.ofRequest(requestId).orElseThrow(() -> new NotFoundException("Bundle"));
        if (command.releasedOn().isBefore(request.receivedOn())) {
            throw InvalidRequestException.of("releasedOn", "after-receipt", "The date it was released must be on or after the date the request was received");
        }
        if (!store.release(requestId, command.method(), command.releasedOn(), actor.userId(), clock.instant())) {
            throw new ConflictException("", bundle.status() == AccessBundle.Status.RELEASED ? "already-released" : "not-approved",
                    bundle.status() == AccessBundle.Status.RELEASED ? "The bundle has already been released" : "Approve the bundle before releasing it");
        }
        ledger.record(RightsEvents.bundle("released", actor, bundle.id(), actor.organisationId()).detail("request", requestId)
                .detail("method", command.method()).detail("sha256", bundle.sha256()).build());
        return store.ofRequest(requestId).orElseThrow();
    }

    /** The bundle as released (or to be released), for its JSON and PDF: only once approved. A download of the person's information. */
    @Transactional(readOnly = true)
    public ReleasedBundle released(Actor actor, UUID requestId) {
        RightsRequest request = requests.find(actor, requestId);
        RightsRequests.requireDpo(actor);
        AccessBundle bundle = store.ofRequest(requestId).orElseThrow(() -> new NotFoundException("Bundle"));
        BundleContent content = store.approvedContent(requestId)
                .orElseThrow(() -> new ConflictException("", "not-approved", "Approve the bundle before downloading it"));
        reads.read(actor, RecordKind.BUNDLE, bundle.id(), request.subjectId(), actor.organisationId(), ReadHow.DOWNLOADED);
        return content.released();
    }

    public byte[] pdf(Actor actor, UUID requestId) {
        return printer.pdf(released(actor, requestId));
    }

    private Preview draft(Actor actor, UUID requestId) {
        requests.open(actor, requestId);
        Preview preview = preview(actor, requestId);
        if (preview.bundle().status() != AccessBundle.Status.DRAFT) {
            throw new ConflictException("", "not-draft", "The bundle is approved: reopen it to change it");
        }
        return preview;
    }

    static Set<String> keys(BundleContent c) {
        return Stream.of(c.consents().stream().map(BundleContent.ConsentEntry::key), c.decisions().stream().map(BundleContent.DecisionEntry::key),
                c.disclosures().stream().flatMap(d -> d.items().stream()).map(BundleContent.ItemEntry::key)).flatMap(s -> s).collect(Collectors.toSet());
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
