package org.infoshare.rights;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.infoshare.clock.StatutoryClock;
import org.infoshare.clock.rules.Deadline;
import org.infoshare.database.SqlCondition;
import org.infoshare.delivery.Notifications;
import org.infoshare.delivery.Waiting;
import org.infoshare.ledger.Ledger;
import org.infoshare.rights.rules.EscalationPolicy;
import org.infoshare.rights.rules.NoticeKind;
import org.infoshare.rights.rules.Verdict;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListCodes;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.Role;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices as their senders track them and their recipients answer them. The sending organisation's Data
 * Protection Officer, Caldicott Guardian and auditors follow every notice it sent; in the recipient organisation,
 * the addressee (the named person, or a member of the named team, partner systems included) and the DPO answer it,
 * and managers see it. Anyone else: not found. An unanswered notice is reminded once when it falls due and
 * escalated once, to both organisations' DPOs, when it is overdue.
 */
@Service
public class Notices {

    /** A notice's status and kind, as the lists narrow by them. */
    public static final Map<String, String> STATUSES = ListCodes.labels("OPEN", "Awaiting an answer", "CONFIRMED", "Answered");
    public static final Map<String, String> KINDS = ListCodes.of(NoticeKind::label, NoticeKind.values());

    private final NoticeStore store;
    private final NoticeDelivery delivery;
    private final Notifications notifications;
    private final StatutoryClock statutoryClock;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    Notices(NoticeStore store, NoticeDelivery delivery, Notifications notifications, StatutoryClock statutoryClock,
            CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.delivery = delivery;
        this.notifications = notifications;
        this.statutoryClock = statutoryClock;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A notice with where it stands against its due date. */
    public record Tracked(RightsNotice notice, Deadline.Standing standing) {
    }

    /**
     * One page of the notices the organisation sent (the propagation tracker), newest first, narrowed by status,
     * kind, the organisation told and the days sent (ADR 0017).
     */
    @Transactional(readOnly = true)
    public Page<Tracked> sent(Actor actor, String kind, ListFilter filter, PageRequest request) {
        if (!oversees(actor)) {
            throw new NotFoundException("Notice");
        }
        return store.sentBy(actor.organisationId(), filter.status(STATUSES.keySet()), ListCodes.checked(kind, KINDS, "kind", "Kind"), filter, request)
                .map(this::tracked);
    }

    /**
     * One page of the notices to the organisation that the caller may see ({@link #receives} as SQL), open ones
     * first, narrowed by status, kind, the sending organisation and the days sent.
     */
    @Transactional(readOnly = true)
    public Page<Tracked> received(Actor actor, String kind, ListFilter filter, PageRequest request) {
        return store.receivedBy(actor.organisationId(), receiving(actor), filter.status(STATUSES.keySet()),
                ListCodes.checked(kind, KINDS, "kind", "Kind"), filter, request).map(this::tracked);
    }

    /** {@link #receives} as a condition on the notices addressed to the reader's organisation: the same verdict, in SQL. */
    static SqlCondition receiving(Actor actor) {
        if (actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.MANAGER)) {
            return SqlCondition.always();
        }
        return new SqlCondition("n.recipient_user = :notice_user or n.recipient_team = any(:notice_teams)",
                Map.of("notice_user", actor.userId(), "notice_teams", actor.teamIds().toArray(UUID[]::new)));
    }

    @Transactional(readOnly = true)
    public Tracked notice(Actor actor, UUID id) {
        RightsNotice notice = store.find(id).filter(n -> receives(actor, n) || sentByOrganisationOf(actor, n))
                .orElseThrow(() -> new NotFoundException("Notice"));
        return tracked(notice);
    }

    @Transactional
    public RightsNotice confirm(Actor actor, UUID id, NoticeCommands.Confirm command) {
        RightsNotice notice = store.find(id).filter(n -> receives(actor, n)).orElseThrow(() -> new NotFoundException("Notice"));
        if (!answers(actor, notice)) {
            throw new NotFoundException("Notice");
        }
        validator.check(command);
        Verdict verdict = notice.kind().check(command.outcome(), command.exemption());
        if (!verdict.allowed()) {
            throw InvalidRequestException.of(verdict.field(), verdict.rule(), verdict.reason());
        }
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        if (!store.confirm(id, command.outcome(), command.exemption(), note, actor.userId(), clock.instant())) {
            throw new ConflictException("", "already-confirmed", "This notice has already been answered");
        }
        ledger.record(RightsEvents.notice("confirmed", actor, id, notice.senderOrganisationId()).detail("outcome", command.outcome())
                .detail("exemption", command.exemption()).detail("recipient", notice.recipientOrganisationId()).build());
        return store.find(id).orElseThrow();
    }

    /** Reminds and escalates unanswered notices; runs every hour, and each notice is reminded and escalated once. */
    @Transactional
    public int followUp() {
        int acted = 0;
        for (RightsNotice notice : store.open()) {
            Deadline.Standing standing = standing(notice);
            switch (EscalationPolicy.next(standing, notice.confirmed(), notice.remindedAt() != null, notice.escalatedAt() != null)) {
                case REMIND -> {
                    if (store.remind(notice.id(), clock.instant())) {
                        ledger.record(RightsEvents.notice("reminded", null, notice.id(), notice.senderOrganisationId())
                                .detail("recipient", notice.recipientOrganisationId()).build());
                        delivery.people(notice).forEach(p -> notifications.somethingWaiting(p, notice.recipientOrganisationId(),
                                Waiting.NOTICE, "/rights/notices/" + notice.id()));
                        acted++;
                    }
                }
                case ESCALATE -> {
                    if (store.escalate(notice.id(), clock.instant())) {
                        ledger.record(RightsEvents.notice("escalated", null, notice.id(), notice.senderOrganisationId())
                                .detail("recipient", notice.recipientOrganisationId()).build());
                        delivery.dataProtectionOfficers(notice.recipientOrganisationId()).forEach(p -> notifications.somethingWaiting(p,
                                notice.recipientOrganisationId(), Waiting.NOTICE, "/rights/notices/" + notice.id()));
                        delivery.dataProtectionOfficers(notice.senderOrganisationId()).forEach(p -> notifications.somethingWaiting(p,
                                notice.senderOrganisationId(), Waiting.NOTICE, "/rights/notices/" + notice.id()));
                        acted++;
                    }
                }
                case NONE -> {
                }
            }
        }
        return acted;
    }

    Tracked tracked(RightsNotice notice) {
        return new Tracked(notice, notice.confirmed() ? Deadline.Standing.NOT_DUE : standing(notice));
    }

    private Deadline.Standing standing(RightsNotice notice) {
        return statutoryClock.standing(Deadline.endOfDay(Deadline.ClockKind.WORKING_DAYS, notice.dueOn(), notice.dueOn().minusDays(2),
                false, false));
    }

    static boolean oversees(Actor actor) {
        return actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR);
    }

    static boolean sentByOrganisationOf(Actor actor, RightsNotice notice) {
        return actor.belongsTo(notice.senderOrganisationId()) && oversees(actor);
    }

    static boolean receives(Actor actor, RightsNotice notice) {
        return actor.belongsTo(notice.recipientOrganisationId())
                && (actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.MANAGER) || addressed(actor, notice));
    }

    private static boolean answers(Actor actor, RightsNotice notice) {
        return actor.hasRole(Role.DATA_PROTECTION_OFFICER) || addressed(actor, notice);
    }

    private static boolean addressed(Actor actor, RightsNotice notice) {
        return actor.userId().equals(notice.recipientUserId()) || notice.recipientTeamId() != null && actor.isMemberOf(notice.recipientTeamId());
    }
}
