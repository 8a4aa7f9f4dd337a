package org.infoshare.decision;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.infoshare.decision.rules.Urgency;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.web.Attention;
import org.infoshare.web.AttentionSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for someone in the decision module: requests for information awaiting an answer (immediate and urgent
 * first, with when they are needed), advice asked of them, and overrides of consent for a manager to review.
 */
@Component
class DecisionAttentionNavigation implements AttentionSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(UkCalendar.ZONE);
    private static final int SHOWN = 3;

    private final InformationRequests requests;
    private final DecisionFollowUps followUps;
    private final DirectoryLookup directory;

    DecisionAttentionNavigation(InformationRequests requests, DecisionFollowUps followUps, DirectoryLookup directory) {
        this.requests = requests;
        this.followUps = followUps;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Attention> waitingFor(Actor actor) {
        List<Attention> waiting = new ArrayList<>();
        if (actor.hasAnyRole(Role.PRACTITIONER, Role.MANAGER)) {
            List<InformationRequest> open = requests.inbox(actor).stream()
                    .filter(r -> r.status() == InformationRequest.Status.OPEN)
                    .sorted(Comparator.comparing((InformationRequest r) -> rank(r.urgency())).thenComparing(InformationRequest::sentAt))
                    .toList();
            Map<java.util.UUID, String> names = directory.names(open.stream().limit(SHOWN).map(InformationRequest::requesterOrganisationId).toList());
            List<Attention.Line> first = open.stream().limit(SHOWN).map(r -> new Attention.Line(
                    (r.urgency() == Urgency.ROUTINE ? "" : urgencyWord(r.urgency()) + ": ") + "request from "
                            + names.getOrDefault(r.requesterOrganisationId(), "another organisation")
                            + (r.person() == null || r.person().name() == null ? "" : " about " + r.person().name()),
                    neededBy(r), "/requests/" + r.id(), r.urgency() != Urgency.ROUTINE)).toList();
            waiting.add(new Attention(10, "Requests awaiting an answer", open.size(), "/requests", first));
        }
        if (actor.hasAnyRole(DecisionInputs.ADVISERS.toArray(Role[]::new))) {
            waiting.add(new Attention(30, "Advice asked of you", followUps.adviceQueue(actor).size(), "/advice", List.of()));
        }
        if (actor.hasRole(Role.MANAGER)) {
            waiting.add(new Attention(40, "Overrides of consent to review", followUps.reviewQueue(actor).size(), "/advice", List.of()));
        }
        return waiting;
    }

    private static int rank(Urgency urgency) {
        return urgency == Urgency.IMMEDIATE ? 0 : urgency == Urgency.URGENT ? 1 : 2;
    }

    private static String urgencyWord(Urgency urgency) {
        return urgency == Urgency.IMMEDIATE ? "Immediate" : "Urgent";
    }

    /** An immediate request is needed now, an urgent one the day it was sent (its label says "needed today"). */
    private static String neededBy(InformationRequest r) {
        return switch (r.urgency()) {
            case IMMEDIATE -> "Needed now: sent " + DAY.format(r.sentAt());
            case URGENT -> "Needed by the end of " + DAY.format(r.sentAt());
            default -> "Sent " + DAY.format(r.sentAt());
        };
    }
}
