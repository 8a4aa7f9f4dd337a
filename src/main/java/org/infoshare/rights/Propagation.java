package org.infoshare.rights;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.dataset.DatasetUpload;
import org.infoshare.dataset.Datasets;
import org.infoshare.delivery.Disclosures;
import org.infoshare.delivery.SentDisclosure;
import org.infoshare.ledger.Ledger;
import org.infoshare.rights.rules.NoticeKind;
import org.infoshare.rights.rules.PropagationTargets;
import org.infoshare.rights.rules.RequestOutcome;
import org.infoshare.shared.Actor;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passing a granted rectification, erasure, restriction or objection on (002 §3.2; UK GDPR Art 19): every
 * addressee of the disclosures and datasets that carried the affected items gets a notice naming exactly the
 * items they received, due {@value NoticeDelivery#WORKING_DAYS} working days later in their nation; nobody else does.
 */
@Service
public class Propagation {

    private final RightsRequests requests;
    private final RightsRequestStore requestStore;
    private final NoticeStore notices;
    private final NoticeDelivery delivery;
    private final Disclosures disclosures;
    private final Datasets datasets;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    Propagation(RightsRequests requests, RightsRequestStore requestStore, NoticeStore notices, NoticeDelivery delivery,
                Disclosures disclosures, Datasets datasets, CommandValidator validator, Ledger ledger, Clock clock) {
        this.requests = requests;
        this.requestStore = requestStore;
        this.notices = notices;
        this.delivery = delivery;
        this.disclosures = disclosures;
        this.datasets = datasets;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The addressees a granted request would reach, before anything is sent. */
    @Transactional(readOnly = true)
    public List<PropagationTargets.Target> preview(Actor actor, UUID requestId, NoticeCommands.SendNotices command) {
        RightsRequest request = grantedAndPassedOn(actor, requestId);
        return targets(actor, request, command);
    }

    @Transactional
    public List<RightsNotice> send(Actor actor, UUID requestId, NoticeCommands.SendNotices command) {
        RightsRequest request = grantedAndPassedOn(actor, requestId);
        validator.check(command);
        if (request.propagated()) {
            throw new ConflictException("", "already-sent", "The recipients have already been told about this request");
        }
        List<PropagationTargets.Target> targets = targets(actor, request, command);
        NoticeKind kind = NoticeKind.of(request.kind());
        List<RightsNotice> sent = new ArrayList<>();
        for (PropagationTargets.Target target : targets) {
            sent.add(delivery.send(actor, kind, request.id(), null, target, command.note()));
        }
        requestStore.propagated(requestId, clock.instant());
        ledger.record(RightsEvents.request("passed-on", actor, request).detail("notices", sent.size())
                .detail("items", targets.stream().mapToInt(t -> t.items().size()).sum()).build());
        return sent;
    }

    @Transactional(readOnly = true)
    public List<RightsNotice> ofRequest(Actor actor, UUID requestId) {
        RightsRequest request = requests.find(actor, requestId);
        return notices.ofRequest(request.id());
    }

    /** Who received anything about the person from the organisation, item by item (the propagation query). */
    @Transactional(readOnly = true)
    public List<SentDisclosure> sentAbout(Actor actor, UUID subjectId) {
        return disclosures.recipientsOf(actor.organisationId(), subjectId);
    }

    private List<PropagationTargets.Target> targets(Actor actor, RightsRequest request, NoticeCommands.SendNotices command) {
        List<SentDisclosure> sent = disclosures.recipientsOf(actor.organisationId(), request.subjectId());
        Set<String> known = new HashSet<>();
        sent.forEach(s -> known.addAll(s.itemCodes()));
        for (int i = 0; i < command.itemCodes().size(); i++) {
            if (!known.contains(command.itemCodes().get(i))) {
                throw InvalidRequestException.of("itemCodes[" + i + "]", "shared-item", "Choose items that were shared about the person");
            }
        }
        List<PropagationTargets.DatasetSent> chosen = new ArrayList<>();
        for (int i = 0; i < command.datasetUploads().size(); i++) {
            UUID uploadId = command.datasetUploads().get(i);
            DatasetUpload upload = datasets.published(actor, uploadId)
                    .orElseThrow(() -> InvalidRequestException.of("datasetUploads", "published-dataset",
                            "Choose datasets your organisation published"));
            chosen.add(new PropagationTargets.DatasetSent(upload.id(),
                    new PropagationTargets.Addressee(upload.recipientOrganisationId(), upload.recipientTeamId(), null)));
        }
        return PropagationTargets.of(sent.stream().map(Propagation::sent).toList(), Set.copyOf(command.itemCodes()), chosen);
    }

    static PropagationTargets.Sent sent(SentDisclosure d) {
        return new PropagationTargets.Sent(d.id(), new PropagationTargets.Addressee(d.recipientOrganisationId(), d.recipientTeamId(),
                d.recipientUserId()), Set.copyOf(d.itemCodes()), d.withdrawnUnopened());
    }

    private RightsRequest grantedAndPassedOn(Actor actor, UUID requestId) {
        RightsRequest request = requests.find(actor, requestId);
        RightsRequests.requireDpo(actor);
        if (!request.kind().propagates()) {
            throw new ConflictException("", "not-passed-on", "A request for " + request.kind().label().toLowerCase() + " is not passed on to recipients");
        }
        if (request.decision() == null || request.decision().outcome() == RequestOutcome.REFUSED
                || request.decision().outcome() == RequestOutcome.NOTHING_HELD || request.subjectId() == null) {
            throw new ConflictException("", "not-granted", "Only a granted request is passed on to the recipients");
        }
        return request;
    }
}
