package org.infoshare.rights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.infoshare.dataset.DatasetSpecification;
import org.infoshare.dataset.DatasetSpecifications;
import org.infoshare.delivery.Disclosure;
import org.infoshare.delivery.Disclosures;
import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.subject.Subject;
import org.infoshare.subject.SubjectAccess;
import org.infoshare.subject.Subjects;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Informing people (002 §3.1; 000 §7). Each organisation publishes its privacy notice in versions (the Data
 * Protection Officer publishes; a change is a new version). For each person, staff record whether they were told
 * about a share (when, how, under which version of the notice) or why they were not, from a fixed list of reasons;
 * shares whose sender said the person would be told, with nothing recorded yet, are listed until someone records it.
 */
@Service
public class Informing {

    private final InformingStore store;
    private final Subjects subjects;
    private final SubjectAccess access;
    private final Disclosures disclosures;
    private final DatasetSpecifications datasets;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    Informing(InformingStore store, Subjects subjects, SubjectAccess access, Disclosures disclosures, DatasetSpecifications datasets, CommandValidator validator,
              Ledger ledger, Clock clock) {
        this.store = store;
        this.subjects = subjects;
        this.access = access;
        this.disclosures = disclosures;
        this.datasets = datasets;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public PrivacyNotice publish(Actor actor, InformingCommands.PublishNotice command) {
        if (!actor.hasRole(Role.DATA_PROTECTION_OFFICER)) {
            throw new ForbiddenException("Only the Data Protection Officer publishes the privacy notice");
        }
        validator.check(command);
        Set<UUID> ours = datasets.visibleTo(actor).stream().map(DatasetSpecification::id).collect(Collectors.toSet());
        if (!ours.containsAll(command.datasetSpecificationIds())) {
            throw InvalidRequestException.of("datasetSpecificationIds", "our-dataset", "Choose datasets your organisation sends or receives");
        }
        PrivacyNotice notice = new PrivacyNotice(UUID.randomUUID(), actor.organisationId(), store.nextVersion(actor.organisationId()),
                command.title().strip(), command.body().strip(), command.publishedOn(),
                command.datasetSpecificationIds().stream().distinct().toList(), clock.instant(), actor.userId());
        store.insertNotice(notice);
        ledger.record(RightsEvents.event("rights.privacy-notice.published", "privacy-notice", notice.id(), actor, actor.organisationId())
                .detail("version", notice.version()).detail("publishedOn", notice.publishedOn())
                .detail("datasets", notice.datasetSpecificationIds().size()).build());
        return notice;
    }

    /** The datasets a notice may cover: those the organisation sends or receives. */
    @Transactional(readOnly = true)
    public List<DatasetSpecification> datasets(Actor actor) {
        return datasets.visibleTo(actor);
    }

    /** Every version of the organisation's notice, newest first (public documents: anyone signed in may read them). */
    @Transactional(readOnly = true)
    public List<PrivacyNotice> notices(UUID organisationId) {
        return store.notices(organisationId);
    }

    @Transactional
    public PersonInformed record(Actor actor, InformingCommands.RecordInforming command) {
        validator.check(command);
        Subject subject = subjects.subject(actor, command.subjectId());
        if (command.disclosureId() != null) {
            Disclosure disclosure = disclosures.readRecord(actor, command.disclosureId());
            if (!disclosure.subjectId().equals(subject.id()) || !actor.belongsTo(disclosure.senderOrganisationId())) {
                throw InvalidRequestException.of("disclosureId", "about-the-person", "Choose a share your organisation made about this person");
            }
            if (store.recordedFor(disclosure.id())) {
                throw new ConflictException("disclosureId", "already-recorded", "Whether they were told about this share is already recorded");
            }
        }
        PersonInformed informed = command.told() ? told(actor, subject, command) : notTold(actor, subject, command);
        store.insertInforming(informed);
        ledger.record(RightsEvents.event("rights.person.informed", "person-informed", informed.id(), actor, actor.organisationId())
                .detail("subject", subject.id()).detail("disclosure", command.disclosureId()).detail("told", informed.told())
                .detail("method", informed.method()).detail("noticeVersion", informed.noticeVersion()).detail("reason", informed.reason())
                .build());
        return informed;
    }

    private PersonInformed told(Actor actor, Subject subject, InformingCommands.RecordInforming c) {
        if (c.toldOn() == null) {
            throw InvalidRequestException.of("toldOn", "required", "Enter the date they were told");
        }
        if (c.method() == null) {
            throw InvalidRequestException.of("method", "required", "Select how they were told");
        }
        if (c.reason() != null) {
            throw InvalidRequestException.of("reason", "told", "A reason is recorded only when they were not told");
        }
        PrivacyNotice notice = (c.noticeVersion() == null ? store.inForceOn(actor.organisationId(), c.toldOn())
                : store.notice(actor.organisationId(), c.noticeVersion()))
                .orElseThrow(() -> InvalidRequestException.of("noticeVersion", "published-notice",
                        "Publish your privacy notice first, or choose a version that was published"));
        return new PersonInformed(UUID.randomUUID(), actor.organisationId(), subject.id(), c.disclosureId(), true, c.toldOn(), c.method(),
                notice.id(), notice.version(), null, blank(c.note()), clock.instant(), actor.userId());
    }

    private PersonInformed notTold(Actor actor, Subject subject, InformingCommands.RecordInforming c) {
        if (c.reason() == null) {
            throw InvalidRequestException.of("reason", "required", "Select why they were not told");
        }
        if (c.toldOn() != null || c.method() != null || c.noticeVersion() != null) {
            throw InvalidRequestException.of("told", "not-told", "When, how and which notice are recorded only when they were told");
        }
        return new PersonInformed(UUID.randomUUID(), actor.organisationId(), subject.id(), c.disclosureId(), false, null, null, null, null,
                c.reason(), blank(c.note()), clock.instant(), actor.userId());
    }

    @Transactional(readOnly = true)
    public List<PersonInformed> aboutSubject(Actor actor, UUID subjectId) {
        Subject subject = subjects.subject(actor, subjectId);
        return store.aboutSubject(subject.id());
    }

    /** One record of whether the person was told: for the organisation's staff who may see the person. */
    @Transactional(readOnly = true)
    public PersonInformed informed(Actor actor, UUID id) {
        PersonInformed informed = store.find(id).filter(i -> actor.belongsTo(i.organisationId()))
                .orElseThrow(() -> new NotFoundException("Record"));
        subjects.subject(actor, informed.subjectId());
        return informed;
    }

    /**
     * One page of the shares your organisation said the person would be told about, with nothing recorded yet, oldest
     * first (ADR 0017): about the people the caller may see, narrowed by person, the recipient and the days sent.
     */
    @Transactional(readOnly = true)
    public Page<InformingStore.Untold> untold(Actor actor, ListFilter filter, PageRequest request) {
        return store.untold(actor.organisationId(), access.visibleCondition(actor, "d.subject_id"), subjects.personFilter(actor, filter), filter,
                request);
    }

    LocalDate today() {
        return UkCalendar.today(clock);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
