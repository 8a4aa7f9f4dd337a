package org.infoshare.decision.rules;

import java.util.UUID;

/**
 * Where consent stands for this share (layer 5). Consent that covers the share meets the duty of confidence and
 * respects the person's wishes; whether it is also the UK GDPR lawful basis is a separate question
 * ({@link ConsentBasisPolicy}, 002 §2.4).
 *
 * @param consentId        the record it rests on, for every state that came from a record
 * @param explicit         for COVERS: explicit rather than implied
 * @param notSoughtReason  the recorded reason consent for this share was not sought, when there is one
 * @param unableToConsent  the person cannot give consent (they lacked capacity, or a reason says they cannot)
 */
public record ConsentStanding(State state, UUID consentId, boolean explicit, NotSoughtReason notSoughtReason, boolean unableToConsent) {

    public enum State {
        COVERS, REFUSED, WITHDRAWN, NOT_FOR_THIS_SHARE, NOT_SOUGHT,
        /** No consent question: the information is not confidential (004 §6). */
        NOT_ENGAGED,
        /** The person has died and cannot consent (002 §4.2). */
        DECEASED,
        /** The law requires the disclosure, so consent is not the question (004 §7). */
        REQUIRED_BY_LAW
    }

    static ConsentStanding of(State state) {
        return new ConsentStanding(state, null, false, null, false);
    }

    public boolean covers() {
        return state == State.COVERS;
    }

    /** Refused or withdrawn for this purpose and recipient: overriding it needs a reason and a justification. */
    public boolean against() {
        return state == State.REFUSED || state == State.WITHDRAWN;
    }

    /**
     * The para 18(2) reason this share goes ahead without consent, or null when there is none: a refusal or
     * withdrawal means consent cannot reasonably be obtained; a recorded reason not to seek it maps to its
     * paragraph; 'it would prejudice an investigation' and 'consent is not the basis' are not para 18(2) reasons.
     */
    public WithoutConsent withoutConsent() {
        if (unableToConsent) {
            return WithoutConsent.CANNOT_BE_GIVEN;
        }
        if (against()) {
            return WithoutConsent.NOT_REASONABLY_OBTAINED;
        }
        return notSoughtReason == null ? null : notSoughtReason.withoutConsent();
    }
}
