package org.infoshare.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.consent.ConsentWithdrawalNotices;
import org.infoshare.consent.WithdrawalNotice;
import org.infoshare.database.SqlCondition;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListCodes;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.Role;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out the consent register's withdrawal notices (what must be told to whom): each recipient of a
 * disclosure made under the decision that relied on the withdrawn consent gets a notice in their inbox, and
 * the register's notice is marked done, in one transaction. The notice says that consent was withdrawn and
 * which disclosure it concerns; never what was disclosed or about whom.
 */
@Service
public class DeliveryNotices {

    private final DisclosureStore store;
    private final DeliveryNoticeStore noticeStore;
    private final ConsentWithdrawalNotices withdrawals;
    private final Notifications notifications;
    private final DirectoryLookup directory;
    private final Ledger ledger;
    private final Clock clock;

    DeliveryNotices(DisclosureStore store, DeliveryNoticeStore noticeStore, ConsentWithdrawalNotices withdrawals, Notifications notifications, DirectoryLookup directory,
                    Ledger ledger, Clock clock) {
        this.store = store;
        this.noticeStore = noticeStore;
        this.withdrawals = withdrawals;
        this.notifications = notifications;
        this.directory = directory;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Your organisation's open withdrawal notices: what must still be told to recipients. */
    @Transactional(readOnly = true)
    public List<WithdrawalNotice> toDeliver(Actor actor) {
        return withdrawals.open(actor);
    }

    /** Delivers one withdrawal notice to everyone who received a disclosure under its decision. */
    @Transactional
    public List<DeliveryNotice> deliver(Actor actor, UUID withdrawalNoticeId) {
        WithdrawalNotice notice = withdrawals.notice(actor, withdrawalNoticeId);
        if (notice.status() != WithdrawalNotice.Status.OPEN) {
            throw new ConflictException("", "already-done", "This notice has already been delivered");
        }
        List<Disclosure> disclosures = store.ofDecision(notice.decisionId()).stream()
                .filter(d -> d.recipientOrganisationId().equals(notice.recipientOrganisationId())).toList();
        List<DeliveryNotice> delivered = new ArrayList<>();
        if (disclosures.isEmpty()) {
            // Shared some other way (a meeting, a call): tell the team the decision named, or the organisation's DPO and managers.
            delivered.add(new DeliveryNotice(UUID.randomUUID(), notice.id(), notice.decisionId(), null, notice.holderOrganisationId(),
                    notice.recipientOrganisationId(), notice.recipientTeamId(), null, clock.instant(), actor.userId(), null, null));
        }
        for (Disclosure d : disclosures) {
            delivered.add(new DeliveryNotice(UUID.randomUUID(), notice.id(), notice.decisionId(), d.id(), d.senderOrganisationId(),
                    d.recipientOrganisationId(), d.recipientTeamId(), d.recipientUserId(), clock.instant(), actor.userId(), null, null));
        }
        for (DeliveryNotice n : delivered) {
            noticeStore.insertNotice(n);
            ledger.recordUnchanged(DeliveryEvents.noticeDelivered(actor, n, notice));
            for (UUID person : addressees(n)) {
                notifications.somethingWaiting(person, n.recipientOrganisationId(), Waiting.NOTICE, "/inbox/notices/" + n.id());
            }
        }
        withdrawals.markDone(actor, notice.id());
        return delivered;
    }

    /** Delivers every open notice; returns how many recipients were told. */
    @Transactional
    public int deliverAll(Actor actor) {
        int told = 0;
        for (WithdrawalNotice notice : withdrawals.open(actor)) {
            told += deliver(actor, notice.id()).size();
        }
        return told;
    }

    /** The notices' statuses as their lists narrow by them, with the words the pages use. */
    public static final Map<String, String> STATUSES = ListCodes.labels("UNCONFIRMED", "Not yet confirmed", "CONFIRMED", "Confirmed");

    /**
     * One page of the notices addressed to you, your teams, or (when no team was named) your organisation's DPO and
     * managers, newest first; narrowed by status, the sending organisation and the days sent (ADR 0017).
     */
    @Transactional(readOnly = true)
    public Page<DeliveryNotice> received(Actor actor, ListFilter filter, PageRequest request) {
        return noticeStore.noticesFor(actor.organisationId(), addressedTo(actor), ListCodes.checked(filter.status(), STATUSES, "status", "Status"),
                filter, request);
    }

    /** How many notices addressed to you are not yet confirmed. */
    @Transactional(readOnly = true)
    public long toConfirm(Actor actor) {
        return noticeStore.noticesFor(actor.organisationId(), addressedTo(actor), "UNCONFIRMED", ListFilter.NONE, PageRequest.of(1, 1)).total();
    }

    /** One page of the notices your organisation has delivered, newest first; narrowed by status, the recipient and the days sent. */
    @Transactional(readOnly = true)
    public Page<DeliveryNotice> delivered(Actor actor, ListFilter filter, PageRequest request) {
        return noticeStore.noticesSentBy(actor.organisationId(), ListCodes.checked(filter.status(), STATUSES, "status", "Status"), filter, request);
    }

    @Transactional
    public DeliveryNotice read(Actor actor, UUID id) {
        DeliveryNotice notice = noticeStore.notice(id).filter(n -> addressedTo(actor, n) || actor.belongsTo(n.senderOrganisationId()))
                .orElseThrow(() -> new NotFoundException("Notice"));
        if (addressedTo(actor, notice)) {
            ledger.record(DeliveryEvents.noticeOpened(actor, id));
        }
        return notice;
    }

    /** The recipient confirms they have read the notice and will act on it. */
    @Transactional
    public DeliveryNotice acknowledge(Actor actor, UUID id) {
        DeliveryNotice notice = noticeStore.notice(id).filter(n -> addressedTo(actor, n)).orElseThrow(() -> new NotFoundException("Notice"));
        if (!noticeStore.acknowledge(id, actor.userId(), clock.instant())) {
            throw new ConflictException("", "already-acknowledged", "This notice has already been acknowledged");
        }
        ledger.record(DeliveryEvents.noticeAcknowledged(actor, notice));
        return noticeStore.notice(id).orElseThrow();
    }

    static boolean addressedTo(Actor actor, DeliveryNotice n) {
        if (!actor.belongsTo(n.recipientOrganisationId())) {
            return false;
        }
        if (n.recipientUserId() != null) {
            return actor.userId().equals(n.recipientUserId());
        }
        if (n.recipientTeamId() != null) {
            return actor.isMemberOf(n.recipientTeamId());
        }
        return actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.MANAGER);
    }

    /** {@link #addressedTo(Actor, DeliveryNotice)} as a condition on the notices the reader's organisation received: the same verdict, in SQL. */
    static SqlCondition addressedTo(Actor actor) {
        boolean organisationWide = actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.MANAGER);
        return new SqlCondition("n.recipient_user = :notice_user or (n.recipient_user is null and n.recipient_team = any(:notice_teams))"
                + (organisationWide ? " or (n.recipient_user is null and n.recipient_team is null)" : ""),
                Map.of("notice_user", actor.userId(), "notice_teams", actor.teamIds().toArray(UUID[]::new)));
    }

    private List<UUID> addressees(DeliveryNotice n) {
        if (n.recipientUserId() != null) {
            return List.of(n.recipientUserId());
        }
        if (n.recipientTeamId() != null) {
            return directory.members(n.recipientTeamId()).stream().filter(DirectoryLookup.Person::active).map(DirectoryLookup.Person::id).toList();
        }
        return directory.people(n.recipientOrganisationId()).stream()
                .filter(p -> p.active() && (p.roles().contains(Role.DATA_PROTECTION_OFFICER) || p.roles().contains(Role.MANAGER)))
                .map(DirectoryLookup.Person::id).toList();
    }
}
