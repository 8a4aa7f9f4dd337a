package org.infoshare.delivery;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.consent.WithdrawalNotice;
import org.infoshare.decision.AuthorisedShare;
import org.infoshare.directory.DirectoryLookup;
import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Page;
import org.infoshare.shared.ListFilter;
import org.infoshare.web.PagedResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.access.SignedIn;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/** Secure delivery for partner systems and scripts: disclosures, access histories, withdrawals, breaches, notices. */
@RestController
@Tag(name = "Disclosures")
class DisclosureApi {

    private final Disclosures disclosures;
    private final DisclosureLists lists;
    private final DeliveryNotices notices;
    private final DirectoryLookup directory;

    /** Whether each disclosure's record listed or answered is still as the ledger recorded it (ADR 0063). */
    private final RecordDigests digests;

    DisclosureApi(Disclosures disclosures, DisclosureLists lists, DeliveryNotices notices, DirectoryLookup directory, RecordDigests digests) {
        this.digests = digests;
        this.disclosures = disclosures;
        this.lists = lists;
        this.notices = notices;
        this.directory = directory;
    }

    @GetMapping("/api/v1/disclosures")
    @SignedIn
    @Operation(summary = "Your inbox: disclosures addressed to you or your teams (no content; open one to read it), newest first",
            description = "Paged (page from 1, size up to 100, 100 when not given) and narrowed by status (WAITING, OPENED, WITHDRAWN, "
                    + "ENDED), urgency (IMMEDIATE, URGENT, ROUTINE, NOT_STATED), organisation (the sender's id) and from/to (days sent, "
                    + "both included). X-Total-Count gives how many match; the Link header the other pages.")
    ResponseEntity<List<CheckedDisclosure>> inbox(Actor actor, @RequestParam(required = false) String status, @RequestParam(required = false) String urgency,
                                           @RequestParam(required = false) UUID organisation,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                           HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, status, urgency, organisation, from, to);
        return PagedResponse.of(checked(lists.inbox(actor, filter, false, PagedResponse.request(page, size))), request);
    }

    @GetMapping("/api/v1/disclosures/sent")
    @SignedIn
    @Operation(summary = "Disclosures you sent, newest first",
            description = "Paged like the inbox, and narrowed by person (your organisation's reference), status, urgency, "
                    + "organisation (the recipient's id) and from/to (days sent).")
    ResponseEntity<List<CheckedDisclosure>> sent(Actor actor, @RequestParam(required = false) String person, @RequestParam(required = false) String status,
                                          @RequestParam(required = false) String urgency, @RequestParam(required = false) UUID organisation,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                          HttpServletRequest request) {
        ListFilter filter = new ListFilter(person, status, urgency, organisation, from, to);
        return PagedResponse.of(checked(lists.sent(actor, filter, PagedResponse.request(page, size))), request);
    }

    @GetMapping("/api/v1/disclosures/share-decisions")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Completed share decisions you can carry out: what each allows, to whom, on what basis; newest first",
            description = "Paged (page from 1, size up to 100, 100 when not given) and narrowed by status (WAITING: no disclosure made "
                    + "under the decision still stands; DISCLOSED: one does; both when not given), person (your organisation's "
                    + "reference), organisation (the recipient's id) and from/to (days decided, both included). X-Total-Count gives "
                    + "how many match; the Link header the other pages.")
    ResponseEntity<List<AuthorisedShare>> shareDecisions(Actor actor, @RequestParam(required = false) String status,
                                                         @RequestParam(required = false) String person,
                                                         @RequestParam(required = false) UUID organisation,
                                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                         @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                         HttpServletRequest request) {
        ListFilter filter = new ListFilter(person, status, null, organisation, from, to);
        return PagedResponse.of(lists.shareDecisions(actor, filter, PagedResponse.request(page, size)), request);
    }

    @GetMapping("/api/v1/disclosures/share-decisions/{decisionId}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "What one share decision allows, and the disclosures already made under it")
    Map<String, Object> shareDecision(Actor actor, @PathVariable UUID decisionId) {
        return Map.of("authorised", disclosures.shareDecision(actor, decisionId), "disclosures", disclosures.madeUnder(actor, decisionId));
    }

    @PostMapping("/api/v1/disclosures")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Disclose what a share decision allowed to a named team or person (only its allowed items; protected identities withheld)")
    ResponseEntity<Disclosure> create(Actor actor, @RequestBody DisclosureCommands.CreateDisclosure command) {
        Disclosure created = disclosures.create(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/disclosures/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/disclosures/{id}")
    @SignedIn(personalData = true)
    @Operation(summary = "Open a disclosure: recipients see it with protected identities withheld (recorded); the sender sees the original")
    DisclosureView open(Actor actor, @PathVariable UUID id) {
        return disclosures.read(actor, id, DisclosureReading.OPENED);
    }

    @GetMapping(value = "/api/v1/disclosures/{id}/download", produces = MediaType.TEXT_PLAIN_VALUE)
    @SignedIn(personalData = true)
    @Operation(summary = "Download the recipient's view as text (recorded)")
    ResponseEntity<String> download(Actor actor, @PathVariable UUID id) {
        DisclosureView view = disclosures.read(actor, id, DisclosureReading.DOWNLOADED);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("disclosure-" + id + ".txt").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(DisclosureText.render(view, directory.names(List.of()).get(view.disclosure().senderOrganisationId()),
                        DisclosureText.addressee(view.disclosure(),
                                directory.names(Arrays.asList(view.disclosure().recipientTeamId(), view.disclosure().recipientUserId())))));
    }

    @GetMapping("/api/v1/disclosures/{id}/record")
    @SignedIn
    @Operation(summary = "A disclosure's record without its content: for its sender, recipients and the sending organisation's overseers")
    CheckedDisclosure record(Actor actor, @PathVariable UUID id) {
        Disclosure disclosure = disclosures.readRecord(actor, id);
        return CheckedDisclosure.of(disclosure, digests.check(ProtectedRecords.DISCLOSURE, disclosure.id()));
    }

    @GetMapping("/api/v1/disclosures/{id}/access")
    @SignedIn
    @Operation(summary = "Access history: every open, download and print, and refused attempts (sending organisation)")
    List<Disclosures.AccessEntry> access(Actor actor, @PathVariable UUID id) {
        return disclosures.accessHistory(actor, id);
    }

    @PostMapping("/api/v1/disclosures/{id}/withdrawal")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    @Operation(summary = "Withdraw a disclosure you sent in error: recipients lose access, and it enters your organisation's incident register")
    PotentialBreach withdraw(Actor actor, @PathVariable UUID id, @RequestBody DisclosureCommands.Withdraw command) {
        return disclosures.withdraw(actor, id, command);
    }

    @GetMapping("/api/v1/potential-breaches")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "Your organisation's disclosures withdrawn as sent in error; each is assessed as an incident at /api/v1/incidents")
    List<PotentialBreach> breaches(Actor actor) {
        return disclosures.breaches(actor);
    }

    @GetMapping("/api/v1/withdrawal-notices")
    @RolesAllowed({PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER})
    @Operation(summary = "Consent withdrawal notices your organisation must still deliver to recipients")
    List<WithdrawalNotice> toDeliver(Actor actor) {
        return notices.toDeliver(actor);
    }

    @PostMapping("/api/v1/withdrawal-notices/{id}/delivery")
    @RolesAllowed({PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER})
    @Operation(summary = "Deliver a consent withdrawal notice to the recipients of the disclosures it concerns, and mark it done")
    List<DeliveryNotice> deliver(Actor actor, @PathVariable UUID id) {
        return notices.deliver(actor, id);
    }

    @GetMapping("/api/v1/disclosure-notices")
    @SignedIn
    @Operation(summary = "Notices addressed to you: consent that a share to you relied on has been withdrawn; newest first, a page at a time",
            description = "Paged (page from 1, size up to 100, 100 when not given) and narrowed by status (UNCONFIRMED, CONFIRMED), "
                    + "organisation (the sender's id) and from/to (days sent, both included). X-Total-Count gives how many match; "
                    + "the Link header the other pages.")
    ResponseEntity<List<DeliveryNotice>> received(Actor actor, @RequestParam(required = false) String status,
                                                  @RequestParam(required = false) UUID organisation,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                  HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, status, null, organisation, from, to);
        return PagedResponse.of(notices.received(actor, filter, PagedResponse.request(page, size)), request);
    }

    @GetMapping("/api/v1/disclosure-notices/sent")
    @RolesAllowed({PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER})
    @Operation(summary = "Notices your organisation delivered to the recipients of its shares; newest first, a page at a time",
            description = "Paged and narrowed like the notices received; organisation is the recipient's id, from/to the days sent.")
    ResponseEntity<List<DeliveryNotice>> delivered(Actor actor, @RequestParam(required = false) String status,
                                                   @RequestParam(required = false) UUID organisation,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                   HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, status, null, organisation, from, to);
        return PagedResponse.of(notices.delivered(actor, filter, PagedResponse.request(page, size)), request);
    }

    @PostMapping("/api/v1/disclosure-notices/{id}/acknowledgement")
    @SignedIn
    @Operation(summary = "Confirm you have read a notice")
    DeliveryNotice acknowledge(Actor actor, @PathVariable UUID id) {
        return notices.acknowledge(actor, id);
    }

    /** A page of a list, each disclosure judged with the rest of the page in one query. */
    private Page<CheckedDisclosure> checked(Page<Disclosure> page) {
        return new Page<>(CheckedDisclosure.checked(page.items(), digests), page.number(), page.size(), page.total());
    }
}
