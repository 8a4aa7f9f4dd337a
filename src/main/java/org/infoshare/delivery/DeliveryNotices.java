package org.infoshare.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.infoshare.consent.ConsentWithdrawalNotices;
import org.infoshare.consent.WithdrawalNotice;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
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

    /** Notices addressed to you, your teams, or (when no team was named) your organisation's DPO and managers. */
    @Transactional(readOnly = true)
    public List<DeliveryNotice> received(Actor actor) {
        return noticeStore.noticesFor(actor.organisationId(), Disclosures.LIST_LIMIT).stream().filter(n -> addressedTo(actor, n)).toList();
    }

    /** Notices your organisation has delivered. */
    @Transactional(readOnly = true)
    public List<DeliveryNotice> delivered(Actor actor) {
        return noticeStore.noticesSentBy(actor.organisationId(), Disclosures.LIST_LIMIT);
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
