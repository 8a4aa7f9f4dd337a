package org.infoshare.scheme;

import java.util.UUID;

import org.infoshare.ledger.LedgerEvent;
import org.infoshare.scheme.rules.Recommendation;
import org.infoshare.scheme.rules.Undertaking;
import org.infoshare.shared.Actor;

/** Every ledger entry the public disclosure schemes write, in one place: ids, codes and dates, never what was said. */
final class SchemeEvents {

    private SchemeEvents() {
    }

    static LedgerEvent received(Actor actor, SchemeApplication a) {
        return event("scheme.application-received", actor, a.id()).detail("scheme", a.scheme()).detail("howReceived", a.howReceived())
                .detail("receivedOn", a.receivedOn()).detail("personAtRisk", a.personAtRiskId()).detail("subject", a.subjectId()).build();
    }

    static LedgerEvent checks(Actor actor, UUID id) {
        return event("scheme.checks-recorded", actor, id).build();
    }

    static LedgerEvent meeting(Actor actor, UUID id, java.time.LocalDate metOn) {
        return event("scheme.meeting-recorded", actor, id).detail("metOn", metOn).detail("identityVerified", true).build();
    }

    static LedgerEvent forum(Actor actor, UUID id, Recommendation recommendation) {
        return event("scheme.forum-recorded", actor, id).detail("recommendation", recommendation).build();
    }

    static LedgerEvent decided(Actor actor, UUID id, SchemeApplication.Decision d, String gateway) {
        return event("scheme.decided", actor, id).detail("disclose", d.disclose()).detail("rule", d.rule())
                .detail("recipient", d.recipient()).detail("gateway", gateway).detail("rulesVersion", d.rulesVersion()).build();
    }

    static LedgerEvent disclosed(Actor actor, UUID id, Undertaking undertaking, boolean disclosed, String rule) {
        return event("scheme.disclosure-recorded", actor, id).detail("undertaking", undertaking).detail("disclosed", disclosed)
                .detail("rule", rule).build();
    }

    private static LedgerEvent.Builder event(String action, Actor actor, UUID application) {
        return LedgerEvent.of(action, "scheme-application", application).actor(actor.userId()).organisation(actor.organisationId());
    }
}
