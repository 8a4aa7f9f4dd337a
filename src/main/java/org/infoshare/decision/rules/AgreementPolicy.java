package org.infoshare.decision.rules;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.infoshare.shared.SharingPurpose;

import static org.infoshare.decision.rules.Ruling.step;

/**
 * Layer 2: which agreement, if any, applies: in force, between these two organisations, allowing this mode of
 * sharing and covering this purpose (a purpose code the agreement lists). Routine sharing needs one; a
 * case-by-case decision never does (001 Q13).
 */
final class AgreementPolicy {

    private static final String QUESTION = "Does an information sharing agreement apply?";

    private AgreementPolicy() {
    }

    /** @return the agreement that applies, or null */
    static Ruling<ApplicableAgreement> decide(DecisionMode mode, SharingPurpose purpose, UUID holder, UUID recipient,
                                              List<ApplicableAgreement> agreements) {
        ApplicableAgreement notInForce = null;
        for (ApplicableAgreement candidate : agreements) {
            if (!candidate.covers(holder, recipient)) {
                continue;
            }
            if (!candidate.inForce()) {
                notInForce = notInForce == null ? candidate : notInForce;
                continue;
            }
            if (candidate.allows(mode) && candidate.purposes().contains(purpose)) {
                return Ruling.proceed(candidate, step(QUESTION, "Yes: " + candidate.name(),
                        "It is in force between both organisations and covers this purpose, so only the data items it allows for this recipient can be shared, by the methods it sets.",
                        "000 §4.2; 002 §1.6, §4.1"));
            }
        }
        if (mode == DecisionMode.SYSTEMATIC) {
            String why = notInForce != null
                    ? "Agreement " + notInForce.name() + " is " + notInForce.statusLabel().toLowerCase(Locale.ROOT)
                      + ": a terminated or unsigned agreement cannot be the basis for routine sharing."
                    : "No agreement in force covers routine sharing of this kind between these organisations.";
            return Ruling.doNotShare("Routine sharing needs an agreement in force that covers it, and there is none; decide each case on its own facts instead.",
                    step(QUESTION, "No", why + " Routine, systematic sharing of the same data between the same organisations runs under a signed agreement.",
                            "000 §3, §4.2; 001 Q12"));
        }
        String note = notInForce != null
                ? "Agreement " + notInForce.name() + " cannot be relied on (" + notInForce.statusLabel().toLowerCase(Locale.ROOT)
                  + "). That is not by itself a reason not to share: decide this case on its facts."
                : "No agreement covers this. That is not by itself a reason not to share: decide this case on its facts.";
        return Ruling.proceed(null, step(QUESTION, "No", note, "001 Q13"));
    }
}
