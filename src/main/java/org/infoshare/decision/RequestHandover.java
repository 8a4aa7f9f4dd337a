package org.infoshare.decision;

import java.util.Optional;
import java.util.UUID;

import org.infoshare.directory.LeaverHandover;
import org.infoshare.ledger.Ledger;
import org.springframework.stereotype.Component;

/**
 * Requests for information a leaver sent that are still awaiting their answer: the answer comes back to whoever sent
 * the request, so the colleague who takes over becomes its requester. Answered requests stay as they were sent.
 * Requests received are addressed to a team or the organisation, never to one person, so nothing of theirs is here.
 */
@Component
class RequestHandover implements LeaverHandover {

    private final RequestStore store;
    private final Ledger ledger;

    RequestHandover(RequestStore store, Ledger ledger) {
        this.store = store;
        this.ledger = ledger;
    }

    @Override
    public Optional<LeftBehind> leftBehind(UUID organisationId, UUID leaverId) {
        int waiting = store.awaitingAnswerFor(organisationId, leaverId);
        return waiting == 0 ? Optional.empty() : Optional.of(new LeftBehind(Kind.REQUESTS_AWAITING_ANSWER, waiting,
                waiting + (waiting == 1 ? " request for information they sent that is" : " requests for information they sent that are")
                        + " still waiting for an answer"));
    }

    @Override
    public void handOver(UUID organisationId, UUID byUserId, UUID leaverId, UUID colleagueId) {
        for (UUID request : store.readdressAwaitingAnswer(organisationId, leaverId, colleagueId)) {
            ledger.record(DecisionEvents.requestReaddressed(organisationId, byUserId, request, leaverId, colleagueId));
        }
    }
}
