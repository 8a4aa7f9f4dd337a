package org.infoshare.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.infoshare.database.SqlCondition;
import org.infoshare.decision.AuthorisedShare;
import org.infoshare.decision.SharingDecisions;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListCodes;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.UkCalendar;
import org.infoshare.subject.Subjects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox, the sent list and the share decisions ready to disclose a page at a time, narrowed on the server (ADR 0017).
 * Scoping is the lists' own: the inbox holds what is addressed to the reader or their teams in their organisation, the
 * sent list what they sent, the share decisions those the decisions list shows the reader.
 */
@Service
public class DisclosureLists {

    /** The states a list of disclosures narrows to, in the words the pages use. */
    public static final Map<String, String> STATES = ListCodes.labels(
            "WAITING", "Not opened yet", "OPENED", "Opened", "WITHDRAWN", "Withdrawn", "ENDED", "Access ended");
    /** The urgencies the sender's decision gave, and disclosures sent before urgency was recorded. */
    public static final Map<String, String> URGENCIES = ListCodes.labels(
            "IMMEDIATE", "Immediate", "URGENT", "Urgent", "ROUTINE", "Routine", DisclosureStore.NOT_STATED, "Not stated");

    /**
     * Where a share decision stands: no disclosure made under it still stands (none was made, or each was withdrawn), or
     * one does. The queue of decisions ready to disclose is those {@code WAITING}.
     */
    public static final Map<String, String> SHARE_STATES = ListCodes.labels("WAITING", "Not yet disclosed", "DISCLOSED", "Disclosed");

    /** The share decisions ready to disclose: those still to be carried out. */
    public static final ListFilter STILL_TO_DISCLOSE = new ListFilter(null, "WAITING", null, null, null, null);

    private static final String DISCLOSED = "exists (select 1 from disclosure x where x.decision_id = d.id and x.withdrawn_at is null)";

    private final DisclosureStore store;
    private final SharingDecisions decisions;
    private final Subjects subjects;
    private final Clock clock;

    DisclosureLists(DisclosureStore store, SharingDecisions decisions, Subjects subjects, Clock clock) {
        this.store = store;
        this.decisions = decisions;
        this.subjects = subjects;
        this.clock = clock;
    }

    /**
     * Completed share decisions the caller may see, newest first, a page at a time: those still to be carried out by a
     * disclosure ({@code WAITING}), those carried out ({@code DISCLOSED}), or, with no status, both. Read in SQL, so a
     * decision older than any number of later ones is still listed (ADR 0017).
     */
    @Transactional(readOnly = true)
    public Page<AuthorisedShare> shareDecisions(Actor actor, ListFilter filter, PageRequest request) {
        String state = filter.status(SHARE_STATES.keySet());
        SqlCondition also = state == null ? null : new SqlCondition(state.equals("WAITING") ? "not " + DISCLOSED : DISCLOSED, Map.of());
        return decisions.authorisedShares(actor, filter, also, request);
    }

    /**
     * Disclosures addressed to the caller or one of their teams: those waiting to be opened first, urgent first, then
     * the newest, or (for callers who keep their own order) only newest first. The person filter does not apply: a
     * disclosure is about the sender's record of the person, not the recipient's.
     */
    @Transactional(readOnly = true)
    public Page<Disclosure> inbox(Actor actor, ListFilter filter, boolean waitingFirst, PageRequest request) {
        return store.addressedTo(actor.organisationId(), actor.userId(), actor.teamIds(), today(), filter.status(STATES.keySet()),
                filter.urgency(URGENCIES.keySet()), filter, waitingFirst, request);
    }

    /** Disclosures the caller sent, newest first, narrowed by the person (the caller's organisation's reference). */
    @Transactional(readOnly = true)
    public Page<Disclosure> sent(Actor actor, ListFilter filter, PageRequest request) {
        String state = filter.status(STATES.keySet());
        String urgency = filter.urgency(URGENCIES.keySet());
        return store.sentBy(actor.userId(), subjects.personFilter(actor, filter), today(), state, urgency, filter, request);
    }

    LocalDate today() {
        return UkCalendar.today(clock);
    }
}
