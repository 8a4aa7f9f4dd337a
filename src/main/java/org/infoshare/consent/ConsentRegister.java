package org.infoshare.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.subject.Subject;
import org.infoshare.subject.SubjectAccess;
import org.infoshare.subject.Subjects;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records consent given or refused, and withdrawals; keeps every record and its history. Scoped to the
 * caller's organisation: another organisation's consent records are 'not found'.
 */
@Service
public class ConsentRegister {

    private final ConsentStore store;
    private final Subjects subjects;
    private final SubjectAccess access;
    private final ConsentChecks checks;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    ConsentRegister(ConsentStore store, Subjects subjects, SubjectAccess access, ConsentChecks checks, CommandValidator validator,
                    Ledger ledger, Clock clock) {
        this.store = store;
        this.subjects = subjects;
        this.access = access;
        this.checks = checks;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public ConsentRecord record(Actor actor, ConsentCommands.RecordConsent command) {
        validator.check(command);
        Subject subject = subjects.subject(actor, command.subjectId());
        LocalDate today = UkCalendar.today(clock);
        checks.check(actor, command, subject, today);
        LocalDate validFrom = ConsentChecks.validFrom(command);
        UUID id = UUID.randomUUID();
        Instant givenAt = at(command.givenOn(), command.givenTime());
        Instant now = clock.instant();
        store.insert(id, actor.organisationId(), command, givenAt, validFrom, actor.userId(), now);
        ConsentStatus event = command.answer() == ConsentCommands.Answer.GIVEN ? ConsentStatus.GIVEN : ConsentStatus.REFUSED;
        store.event(id, subject.id(), event, givenAt, actor.userId(), null, now);
        ledger.record(ConsentEvents.recorded(actor, id, subject.id(), event, command));
        access.involve(actor, subject.id());
        return store.find(id, today).orElseThrow();
    }

    /**
     * Records a withdrawal (never deletes the consent) and raises a notice for every recipient of a share
     * that relied on it: what must be told to whom now.
     */
    @Transactional
    public ConsentRecord withdraw(Actor actor, UUID id, ConsentCommands.WithdrawConsent command) {
        ConsentRecord current = consent(actor, id);
        validator.check(command);
        if (current.status() == ConsentStatus.REFUSED) {
            throw new ConflictException("", "not-given", "Consent was refused, so there is nothing to withdraw");
        }
        if (current.status() == ConsentStatus.WITHDRAWN) {
            throw new ConflictException("", "already-withdrawn", "This consent has already been withdrawn");
        }
        Instant withdrawnAt = at(command.withdrawnOn(), command.withdrawnTime());
        if (withdrawnAt.isBefore(current.givenAt().minusSeconds(86_399))) {
            throw InvalidRequestException.of("withdrawnOn", "after-given", "The date consent was withdrawn must be on or after the date it was given");
        }
        Instant now = clock.instant();
        store.withdraw(id, withdrawnAt);
        store.event(id, current.subjectId(), ConsentStatus.WITHDRAWN, withdrawnAt, actor.userId(), command.notes(), now);
        List<ConsentStore.Reliance> reliances = store.reliances(id);
        ledger.record(ConsentEvents.withdrawn(actor, current, reliances.size()));
        for (ConsentStore.Reliance reliance : reliances) {
            UUID notice = UUID.randomUUID();
            store.insertNotice(notice, id, reliance, current.organisationId(), current.subjectId(), now);
            ledger.record(ConsentEvents.noticeRaised(actor, notice, current, reliance));
        }
        return store.find(id, UkCalendar.today(clock)).orElseThrow();
    }

    @Transactional(readOnly = true)
    public ConsentRecord consent(Actor actor, UUID id) {
        // Need to know (ADR 0048): a consent record is seen by whoever may see the person it is about.
        return store.find(id, UkCalendar.today(clock)).filter(c -> actor.belongsTo(c.organisationId()) && access.mayView(actor, c.subjectId()))
                .orElseThrow(() -> new NotFoundException("Consent record"));
    }

    @Transactional(readOnly = true)
    public List<ConsentRecord> forSubject(Actor actor, UUID subjectId) {
        Subject subject = subjects.subject(actor, subjectId);
        return store.forSubject(subject.id(), UkCalendar.today(clock));
    }

    /**
     * One page of the register: the organisation's records about people the caller may see, newest recorded first,
     * narrowed on the server (ADR 0017) by person, status (GIVEN, REFUSED, WITHDRAWN, EXPIRED), an organisation the
     * consent names and the days given or refused.
     */
    @Transactional(readOnly = true)
    public Page<ConsentRecord> page(Actor actor, ListFilter filter, PageRequest request) {
        String status = filter.status(Arrays.stream(ConsentStatus.values()).map(Enum::name).toList());
        return store.page(actor.organisationId(), access.visibleCondition(actor, "c.subject_id"), subjects.personFilter(actor, filter),
                status == null ? null : ConsentStatus.valueOf(status), filter, UkCalendar.today(clock), request);
    }

    @Transactional(readOnly = true)
    public List<ConsentEvent> history(Actor actor, UUID id) {
        ConsentRecord record = consent(actor, id);
        return store.history(id, record.subjectId());
    }

    @Transactional(readOnly = true)
    public List<WithdrawalNotice> notices(Actor actor, UUID id) {
        consent(actor, id);
        return store.noticesFor(id);
    }

    /**
     * A decision shared on the strength of this consent: remembered so that a withdrawal tells the recipient.
     * Joins the caller's transaction, so the reliance commits with the decision.
     */
    @Transactional
    public void recordReliance(Actor actor, UUID consentId, UUID decisionId, UUID recipientOrganisationId, UUID recipientTeamId) {
        ConsentRecord record = consent(actor, consentId);
        store.relied(record.id(), decisionId, recipientOrganisationId, recipientTeamId, clock.instant());
        ledger.record(ConsentEvents.reliedOn(actor, record, decisionId, recipientOrganisationId));
    }

    public LocalDate today() {
        return UkCalendar.today(clock);
    }

    private static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time == null ? LocalTime.MIDNIGHT : time).atZone(UkCalendar.ZONE).toInstant();
    }
}
