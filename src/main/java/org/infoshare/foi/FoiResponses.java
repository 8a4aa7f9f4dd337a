package org.infoshare.foi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.clock.rules.Deadline;
import org.infoshare.clock.rules.Nation;
import org.infoshare.foi.rules.Ask;
import org.infoshare.foi.rules.Exemption;
import org.infoshare.foi.rules.FinalDecision;
import org.infoshare.foi.rules.Regime;
import org.infoshare.foi.rules.Stage;

/** FOI assistance as the API answers it: its own shapes, independent of how the records are stored. */
public final class FoiResponses {

    private FoiResponses() {
    }

    public record RequestSummary(UUID id, String reference, Regime regime, String holderReference, LocalDate receivedOn, Set<Ask> asks,
                          FoiRequest.Status status, FinalDecision decision) {
        static RequestSummary of(FoiRequest r) {
            return new RequestSummary(r.id(), r.reference(), r.regime(), r.holderReference(), r.receivedOn(), r.asks(), r.status(), r.decision());
        }
    }

    public record Request(UUID id, String reference, UUID organisationId, Regime regime, String holderReference, LocalDate receivedOn,
                   String request, Set<Ask> asks, FoiRequest.Status status, FinalDecision decision, Set<Exemption> exemptions,
                   Instant decidedAt, String decisionNotes, List<ConsultationAnswer> consultations) {
        static Request of(FoiRequest r, List<ConsultationView> consultations) {
            return new Request(r.id(), r.reference(), r.organisationId(), r.regime(), r.holderReference(), r.receivedOn(), r.request(),
                    r.asks(), r.status(), r.decision(), r.exemptions(), r.decidedAt(), r.decisionNotes(),
                    consultations.stream().map(c -> ConsultationAnswer.of(c, true)).toList());
        }
    }

    /** @param request the holder's wording, when the answer carries it */
    public record ConsultationAnswer(UUID id, UUID requestId, String requestReference, UUID holderOrganisationId, UUID partnerOrganisationId,
                              Regime regime, Set<Ask> asks, String request, LocalDate receivedOn, Nation nation, LocalDate responseDueOn,
                              Deadline.Standing responseStanding, LocalDate exchangeDueOn, Deadline.Standing exchangeStanding, Stage owed,
                              Consultation.Status status, Instant respondedAt, String views, Boolean concerns, Set<Exemption> exemptions,
                              Instant completedAt, String data, Stage remindedStage, Stage escalatedStage) {
        static ConsultationAnswer of(ConsultationView v, boolean full) {
            Consultation c = v.consultation();
            FoiRequest r = v.request();
            return new ConsultationAnswer(c.id(), r.id(), r.reference(), r.organisationId(), c.organisationId(), r.regime(), r.asks(),
                    full ? r.request() : null, c.receivedOn(), c.nation(), v.responseDueOn(), v.responseStanding(), v.exchangeDueOn(),
                    v.exchangeStanding(), v.owed(), c.status(), c.respondedAt(), full ? c.views() : null, c.concerns(), c.exemptions(),
                    c.completedAt(), full ? c.data() : null, c.remindedStage(), c.escalatedStage());
        }
    }
}
