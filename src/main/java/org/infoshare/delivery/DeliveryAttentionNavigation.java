package org.infoshare.delivery;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.web.Attention;
import org.infoshare.web.AttentionSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What waits in someone's inbox: disclosures not yet opened (urgent first) and notices to confirm. */
@Component
class DeliveryAttentionNavigation implements AttentionSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(UkCalendar.ZONE);
    private static final int SHOWN = 3;

    private final Inbox inbox;
    private final DeliveryNotices notices;
    private final Clock clock;

    DeliveryAttentionNavigation(Inbox inbox, DeliveryNotices notices, Clock clock) {
        this.inbox = inbox;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Attention> waitingFor(Actor actor) {
        if (!actor.hasAnyRole(Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN)) {
            return List.of();
        }
        var today = UkCalendar.today(clock);
        org.infoshare.shared.Page<Inbox.Entry> unopened = inbox.waiting(actor, today, SHOWN);
        List<Attention.Line> first = unopened.items().stream().limit(SHOWN).map(e -> new Attention.Line(
                (e.urgent() ? e.urgencyLabel() + ": " : "") + "information about " + e.about(),
                "Received " + DAY.format(e.disclosure().sentAt()), "/disclosures/" + e.disclosure().id(), e.urgent())).toList();
        List<Attention> waiting = new ArrayList<>();
        waiting.add(new Attention(20, "Disclosures waiting to be opened", unopened.total(), "/inbox", first));
        long toConfirm = notices.toConfirm(actor);
        waiting.add(new Attention(50, "Notices to confirm", toConfirm, "/inbox", List.of()));
        return waiting;
    }
}
