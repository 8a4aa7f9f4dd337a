package org.infoshare.rights;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.infoshare.delivery.Disclosure;
import org.infoshare.delivery.Disclosures;
import org.infoshare.ledger.Ledger;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.subject.Subject;
import org.infoshare.subject.Subjects;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification actually corrects the held record (UK GDPR Art 16): a person's details, or an item the
 * organisation disclosed (recipients read the corrected item from then on), answering a rectification request
 * or a reported inaccuracy. Each correction keeps what it was, what it became and why. The organisation's Data
 * Protection Officer makes them; granting the request then passes the correction on to the recipients.
 */
@Service
public class Rectifications {

    private final RectificationStore store;
    private final RightsRequests requests;
    private final QualityReports reports;
    private final Subjects subjects;
    private final Disclosures disclosures;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    Rectifications(RectificationStore store, RightsRequests requests, QualityReports reports, Subjects subjects, Disclosures disclosures,
                   CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.requests = requests;
        this.reports = reports;
        this.subjects = subjects;
        this.disclosures = disclosures;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Corrects the details of the person a rectification request is about. */
    @Transactional
    public List<Rectification> correctPerson(Actor actor, UUID requestId, RectificationCommands.CorrectPerson command) {
        RightsRequest request = rectificationRequest(actor, requestId);
        validator.check(command);
        if ((command.name() == null || command.name().isBlank()) && command.dateOfBirth() == null) {
            throw InvalidRequestException.of("name", "something-to-correct", "Enter the corrected name or date of birth");
        }
        Subject before = subjects.correct(actor, request.subjectId(), command.name(), command.dateOfBirth());
        Subject after = subjects.subject(actor, request.subjectId());
        List<Rectification> made = new ArrayList<>();
        if (!Objects.equals(before.name(), after.name())) {
            made.add(record(actor, after.id(), requestId, null, Rectification.Target.PERSON_NAME, null, null, before.name(), after.name(), command.why()));
        }
        if (!Objects.equals(before.dateOfBirth(), after.dateOfBirth())) {
            made.add(record(actor, after.id(), requestId, null, Rectification.Target.PERSON_DATE_OF_BIRTH, null, null,
                    Objects.toString(before.dateOfBirth(), ""), Objects.toString(after.dateOfBirth(), ""), command.why()));
        }
        if (made.isEmpty()) {
            throw InvalidRequestException.of("name", "something-to-correct", "The details you entered are what the record already says");
        }
        return made;
    }

    /** Corrects an item disclosed about the person a rectification request is about. */
    @Transactional
    public Rectification correctItemForRequest(Actor actor, UUID requestId, RectificationCommands.CorrectItem command) {
        RightsRequest request = rectificationRequest(actor, requestId);
        validator.check(command);
        return correctItem(actor, request.subjectId(), requestId, null, command);
    }

    /** Corrects the item a reported inaccuracy is about, and marks the report corrected. */
    @Transactional
    public Rectification correctReported(Actor actor, UUID reportId, RectificationCommands.CorrectItem command) {
        QualityReport report = reports.owned(actor, reportId);
        validator.check(command);
        if (report.status() != QualityReport.Status.OPEN) {
            throw new ConflictException("", "already-settled", "This report has already been dealt with");
        }
        if (!report.disclosureId().equals(command.disclosureId()) || !report.itemCode().equals(command.itemCode())) {
            throw InvalidRequestException.of("itemCode", "reported-item", "Correct the item that was reported");
        }
        Rectification made = correctItem(actor, report.subjectId(), null, reportId, command);
        reports.settle(actor, report, QualityReport.Status.CORRECTED);
        return made;
    }

    @Transactional(readOnly = true)
    public List<Rectification> aboutSubject(Actor actor, UUID subjectId) {
        subjects.subject(actor, subjectId);
        return store.aboutSubject(subjectId);
    }

    private Rectification correctItem(Actor actor, UUID subjectId, UUID requestId, UUID reportId, RectificationCommands.CorrectItem command) {
        Disclosure disclosure = disclosures.readRecord(actor, command.disclosureId());
        if (!subjectId.equals(disclosure.subjectId()) || !actor.belongsTo(disclosure.senderOrganisationId())) {
            throw InvalidRequestException.of("disclosureId", "about-the-person", "Choose a disclosure your organisation made about this person");
        }
        String content = command.content().strip();
        String before = disclosures.correctItem(actor, disclosure.id(), command.itemCode(), content);
        if (before.equals(content)) {
            throw InvalidRequestException.of("content", "something-to-correct", "The item already says this");
        }
        return record(actor, subjectId, requestId, reportId, Rectification.Target.DISCLOSED_ITEM, disclosure.id(), command.itemCode(),
                before, content, command.why());
    }

    private Rectification record(Actor actor, UUID subject, UUID requestId, UUID reportId, Rectification.Target target, UUID disclosure,
                                 String code, String before, String after, String why) {
        Rectification r = new Rectification(UUID.randomUUID(), actor.organisationId(), subject, requestId, reportId, target, disclosure, code,
                before, after, why.strip(), clock.instant(), actor.userId());
        store.insert(r);
        ledger.record(RightsEvents.event("rights.rectification.made", "rectification", r.id(), actor, actor.organisationId())
                .detail("subject", subject).detail("target", target).detail("request", requestId).detail("report", reportId)
                .detail("disclosure", disclosure).detail("item", code).build());
        return r;
    }

    private RightsRequest rectificationRequest(Actor actor, UUID requestId) {
        RightsRequest request = requests.open(actor, requestId);
        if (request.kind() != RightKind.RECTIFICATION) {
            throw new ConflictException("", "not-rectification", "Corrections are made under a request for rectification");
        }
        if (request.subjectId() == null) {
            throw new ConflictException("", "person-not-confirmed", "Find the person in your records and confirm it is them first");
        }
        return request;
    }
}
