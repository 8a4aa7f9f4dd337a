package org.infoshare.rights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.infoshare.clock.StatutoryClock;
import org.infoshare.delivery.Notifications;
import org.infoshare.delivery.Waiting;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.Ledger;
import org.infoshare.rights.rules.NoticeKind;
import org.infoshare.rights.rules.PropagationTargets;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.springframework.stereotype.Component;

/**
 * Sends one notice to one addressee, in the caller's transaction: stored with its items, due
 * {@value #WORKING_DAYS} working days later in the recipient's nation, ledgered, and announced to the addressee
 * (the named person or the team's members) and the recipient organisation's Data Protection Officers by a
 * notification that says only that a notice is waiting.
 */
@Component
class NoticeDelivery {

    /** How long a recipient has to confirm a notice. */
    static final int WORKING_DAYS = 10;

    private final NoticeStore notices;
    private final Notifications notifications;
    private final DirectoryLookup directory;
    private final StatutoryClock statutoryClock;
    private final Ledger ledger;
    private final Clock clock;

    NoticeDelivery(NoticeStore notices, Notifications notifications, DirectoryLookup directory, StatutoryClock statutoryClock, Ledger ledger,
                   Clock clock) {
        this.notices = notices;
        this.notifications = notifications;
        this.directory = directory;
        this.statutoryClock = statutoryClock;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A notice from the caller's organisation. */
    RightsNotice send(Actor actor, NoticeKind kind, UUID requestId, UUID reportId, PropagationTargets.Target target, String note) {
        return send(actor, actor.organisationId(), kind, requestId, reportId, target, note);
    }

    /** A notice from {@code senderOrganisation}: the controller that shared the items, whoever reported the problem. */
    RightsNotice send(Actor actor, UUID senderOrganisation, NoticeKind kind, UUID requestId, UUID reportId, PropagationTargets.Target target,
                      String note) {
        UUID id = UUID.randomUUID();
        PropagationTargets.Addressee to = target.to();
        RightsNotice notice = new RightsNotice(id, kind, requestId, reportId, senderOrganisation, to.organisationId(), to.teamId(),
                to.userId(), kind.asked(), note == null || note.isBlank() ? null : note.strip(), clock.instant(), actor.userId(),
                dueFor(to.organisationId()), false, null, null, null, null, null, null, null,
                target.items().stream().map(a -> new RightsNotice.Item(a.disclosureId(), a.itemCode(), a.uploadId())).toList());
        notices.insert(notice);
        ledger.record(RightsEvents.notice("sent", actor, id, senderOrganisation).detail("kind", kind)
                .detail("request", requestId).detail("report", reportId).detail("recipient", to.organisationId())
                .detail("team", to.teamId()).detail("person", to.userId()).detail("items", notice.items().size())
                .detail("dueOn", notice.dueOn()).build());
        for (UUID person : people(notice)) {
            notifications.somethingWaiting(person, to.organisationId(), Waiting.NOTICE, "/rights/notices/" + id);
        }
        return notice;
    }

    /** The addressee (a named person, or the team's active members) and the recipient organisation's DPOs. */
    Set<UUID> people(RightsNotice notice) {
        Set<UUID> people = new LinkedHashSet<>();
        if (notice.recipientUserId() != null) {
            people.add(notice.recipientUserId());
        } else if (notice.recipientTeamId() != null) {
            directory.members(notice.recipientTeamId()).stream().filter(DirectoryLookup.Person::active).map(DirectoryLookup.Person::id)
                    .forEach(people::add);
        }
        people.addAll(dataProtectionOfficers(notice.recipientOrganisationId()));
        return people;
    }

    Set<UUID> dataProtectionOfficers(UUID organisation) {
        Set<UUID> people = new LinkedHashSet<>();
        directory.people(organisation).stream().filter(DirectoryLookup.Person::active)
                .filter(p -> p.roles().contains(Role.DATA_PROTECTION_OFFICER)).map(DirectoryLookup.Person::id).forEach(people::add);
        return people;
    }

    LocalDate dueFor(UUID recipientOrganisation) {
        return statutoryClock.workingDaysAfter(UkCalendar.today(clock), WORKING_DAYS, statutoryClock.nationOf(recipientOrganisation)).dueOn();
    }
}
