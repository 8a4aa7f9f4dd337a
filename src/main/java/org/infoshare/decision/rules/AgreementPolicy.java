package org.infoshare.decision.rules;

/**
 * Which agreement, if any, applies: in force, between these two organisations, allowing this mode of
 * sharing and covering this purpose. Routine sharing needs one; a case-by-case decision never does (001 Q13).
 */
final class AgreementPolicy implements Layer {

    private static final String QUESTION = "Does an information sharing agreement apply?";

    @Override
    public Verdict apply(Workings w) {
        DecisionFacts f = w.facts;
        ApplicableAgreement notInForce = null;
        for (ApplicableAgreement candidate : w.agreements) {
            if (!candidate.covers(f.holder().organisationId(), f.recipientOrganisationId())) {
                continue;
            }
            if (!candidate.inForce()) {
                notInForce = notInForce == null ? candidate : notInForce;
                continue;
            }
            if (candidate.allows(f.mode()) && candidate.purposes().contains(f.purpose())) {
                w.agreement = candidate;
                break;
            }
        }
        if (w.agreement != null) {
            w.step(QUESTION, "Yes: " + w.agreement.name(),
                    "It is in force between both organisations and covers this purpose, so only the data items it allows for this recipient can be shared, by the methods it sets.",
                    "000 §4.2; 002 §1.6, §4.1");
            return null;
        }
        if (f.mode() == DecisionMode.SYSTEMATIC) {
            String why = notInForce != null
                    ? "Agreement " + notInForce.name() + " is " + notInForce.statusLabel().toLowerCase(java.util.Locale.ROOT)
                      + ": a terminated or unsigned agreement cannot be the basis for routine sharing."
                    : "No agreement in force covers routine sharing of this kind between these organisations.";
            w.step(QUESTION, "No", why + " Routine, systematic sharing of the same data between the same organisations runs under a signed agreement.",
                    "000 §3, §4.2; 001 Q12");
            return Verdict.doNotShare("Routine sharing needs an agreement in force that covers it, and there is none; decide each case on its own facts instead.");
        }
        String note = notInForce != null
                ? "Agreement " + notInForce.name() + " cannot be relied on (" + notInForce.statusLabel().toLowerCase(java.util.Locale.ROOT)
                  + "). That is not by itself a reason not to share: decide this case on its facts."
                : "No agreement covers this. That is not by itself a reason not to share: decide this case on its facts.";
        w.step(QUESTION, "No", note, "001 Q13");
        return null;
    }
}
