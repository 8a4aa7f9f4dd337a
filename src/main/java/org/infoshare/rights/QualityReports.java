package org.infoshare.rights;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.delivery.Disclosure;
import org.infoshare.delivery.Disclosures;
import org.infoshare.delivery.SentDisclosure;
import org.infoshare.ledger.Ledger;
import org.infoshare.rights.rules.NoticeKind;
import org.infoshare.rights.rules.PropagationTargets;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListCodes;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.Role;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.subject.Subjects;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data quality (002 §4.7): whoever learns that an item that was shared is inaccurate, its sender or one of its
 * recipients, reports it, and every recipient of that item is told at once and asked to confirm they noted (or
 * corrected) it; when a recipient reports, the sending organisation is told too. This is not a breach: nothing is
 * withdrawn and no potential breach is recorded (withdrawing a disclosure sent in error still is one). The
 * sending organisation's DPO then corrects the item, or closes the report.
 */
@Service
public class QualityReports {

    private final QualityReportStore store;
    private final NoticeStore notices;
    private final NoticeDelivery delivery;
    private final Disclosures disclosures;
    private final Subjects subjects;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    QualityReports(QualityReportStore store, NoticeStore notices, NoticeDelivery delivery, Disclosures disclosures, Subjects subjects,
                   CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.notices = notices;
        this.delivery = delivery;
        this.disclosures = disclosures;
        this.subjects = subjects;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public QualityReport report(Actor actor, NoticeCommands.ReportInaccuracy command) {
        validator.check(command);
        Disclosure disclosure = disclosures.readRecord(actor, command.disclosureId());
        List<SentDisclosure> sentAbout = disclosures.recipientsOf(disclosure.senderOrganisationId(), disclosure.subjectId());
        boolean carried = sentAbout.stream().anyMatch(s -> s.id().equals(disclosure.id()) && s.itemCodes().contains(command.itemCode()));
        if (!carried) {
            throw InvalidRequestException.of("itemCode", "disclosed-item", "Choose an item this disclosure carried");
        }
        QualityReport report = new QualityReport(UUID.randomUUID(), disclosure.id(), command.itemCode(), disclosure.senderOrganisationId(),
                disclosure.subjectId(), actor.organisationId(), actor.userId(), clock.instant(), command.whatIsWrong().strip(),
                QualityReport.Status.OPEN, null);
        store.insert(report);
        List<PropagationTargets.Target> targets = PropagationTargets.of(sentAbout.stream().map(Propagation::sent).toList(),
                Set.of(command.itemCode()), List.of());
        List<RightsNotice> sent = new ArrayList<>();
        for (PropagationTargets.Target target : targets) {
            if (!actor.belongsTo(target.to().organisationId())) {
                sent.add(delivery.send(actor, disclosure.senderOrganisationId(), NoticeKind.DATA_QUALITY, null, report.id(), target, null));
            }
        }
        if (!actor.belongsTo(disclosure.senderOrganisationId())) {
            PropagationTargets.Target toSender = new PropagationTargets.Target(
                    new PropagationTargets.Addressee(disclosure.senderOrganisationId(), null, disclosure.sentBy()),
                    List.of(new PropagationTargets.Affected(disclosure.id(), command.itemCode(), null)));
            sent.add(delivery.send(actor, actor.organisationId(), NoticeKind.DATA_QUALITY, null, report.id(), toSender, null));
        }
        ledger.record(RightsEvents.event("rights.quality.reported", "quality-report", report.id(), actor, disclosure.senderOrganisationId())
                .detail("disclosure", disclosure.id()).detail("item", command.itemCode()).detail("reporter", actor.organisationId())
                .detail("notices", sent.size()).build());
        return report;
    }

    /** The items a disclosure the caller may read carried: what an inaccuracy can be reported in. */
    @Transactional(readOnly = true)
    public List<String> itemsOf(Actor actor, UUID disclosureId) {
        Disclosure disclosure = disclosures.readRecord(actor, disclosureId);
        return disclosures.recipientsOf(disclosure.senderOrganisationId(), disclosure.subjectId()).stream()
                .filter(s -> s.id().equals(disclosure.id())).flatMap(s -> s.itemCodes().stream()).distinct().toList();
    }

    /** The statuses the list of reports narrows to. */
    public static final Map<String, String> STATUSES = ListCodes.labels("OPEN", "Open", "CORRECTED", "Corrected", "CLOSED", "Closed");

    /**
     * One page of the reports about the organisation's disclosures or made by it, newest first, for its DPO, Caldicott
     * Guardian and auditors (ADR 0017): narrowed by status, person, the other organisation and the days reported.
     */
    @Transactional(readOnly = true)
    public Page<QualityReport> involving(Actor actor, ListFilter filter, PageRequest request) {
        if (!Notices.oversees(actor)) {
            throw new NotFoundException("Report");
        }
        return store.involving(actor.organisationId(), filter.status(STATUSES.keySet()), subjects.personFilter(actor, filter), filter, request);
    }

    @Transactional(readOnly = true)
    public QualityReport get(Actor actor, UUID id) {
        return store.find(id).filter(r -> mayRead(actor, r)).orElseThrow(() -> new NotFoundException("Report"));
    }

    @Transactional(readOnly = true)
    public List<RightsNotice> noticesOf(Actor actor, UUID id) {
        QualityReport report = get(actor, id);
        return notices.ofReport(report.id()).stream()
                .filter(n -> actor.belongsTo(n.senderOrganisationId()) || actor.belongsTo(n.recipientOrganisationId())).toList();
    }

    /** The sending organisation's DPO closes a report that needed no correction. */
    @Transactional
    public QualityReport close(Actor actor, UUID id) {
        QualityReport report = owned(actor, id);
        settle(actor, report, QualityReport.Status.CLOSED);
        return store.find(id).orElseThrow();
    }

    QualityReport owned(Actor actor, UUID id) {
        QualityReport report = get(actor, id);
        if (!actor.belongsTo(report.senderOrganisationId()) || !actor.hasRole(Role.DATA_PROTECTION_OFFICER)) {
            throw new NotFoundException("Report");
        }
        return report;
    }

    void settle(Actor actor, QualityReport report, QualityReport.Status status) {
        if (!store.settle(report.id(), status, actor.userId(), clock.instant())) {
            throw new ConflictException("", "already-settled", "This report has already been dealt with");
        }
        ledger.record(RightsEvents.event("rights.quality." + (status == QualityReport.Status.CORRECTED ? "corrected" : "closed"),
                "quality-report", report.id(), actor, report.senderOrganisationId()).build());
    }

    static boolean mayRead(Actor actor, QualityReport r) {
        if (actor.belongsTo(r.senderOrganisationId())) {
            return Notices.oversees(actor);
        }
        return actor.belongsTo(r.reporterOrganisationId()) && (actor.userId().equals(r.reportedBy()) || Notices.oversees(actor));
    }
}
