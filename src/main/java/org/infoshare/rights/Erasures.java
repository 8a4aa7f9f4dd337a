package org.infoshare.rights;

import java.util.UUID;

import org.infoshare.retention.DisposalCertificate;
import org.infoshare.retention.DisposalRuns;
import org.infoshare.rights.rules.RequestOutcome;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.problem.ConflictException;
import org.springframework.stereotype.Service;

/**
 * Carrying out a granted erasure (UK GDPR Art 17): once every recipient has been told (they must be told before the
 * records that say who they are go), everything the organisation holds about the person is disposed of through the
 * disposal path (their key destroyed, their rows deleted), unless a legal hold forbids it. The request itself is
 * kept, on its own retention, as the record that the erasure was done.
 */
@Service
public class Erasures {

    private final RightsRequests requests;
    private final DisposalRuns disposal;

    Erasures(RightsRequests requests, DisposalRuns disposal) {
        this.requests = requests;
        this.disposal = disposal;
    }

    public DisposalCertificate erase(Actor actor, UUID requestId) {
        RightsRequest request = requests.find(actor, requestId);
        RightsRequests.requireDpo(actor);
        if (request.kind() != RightKind.ERASURE || request.decision() == null
                || (request.decision().outcome() != RequestOutcome.GRANTED && request.decision().outcome() != RequestOutcome.PARTLY_GRANTED)) {
            throw new ConflictException("", "not-granted-erasure", "Only a granted erasure request is carried out");
        }
        if (request.erasedAt() != null) {
            throw new ConflictException("", "already-erased", "The erasure has already been carried out");
        }
        if (!request.propagated()) {
            throw new ConflictException("", "not-passed-on", "Tell the recipients first: once the records are erased, nobody can tell who received them");
        }
        DisposalCertificate certificate = disposal.erase(actor, request.subjectId(), request.id());
        requests.recordErasure(actor, request, certificate);
        return certificate;
    }
}
