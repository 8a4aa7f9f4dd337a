package org.infoshare.decision.rules;

/**
 * Whether the holder may rely on consent as its UK GDPR lawful basis (Art 6(1)(a), Art 9(2)(a)). Working with
 * people's agreement is not the same as using consent as the lawful basis: public bodies generally do not,
 * voluntary groups may, and each party says in the agreement whether it does (002 §2.4). Without a declaration in
 * an agreement that applies, the organisation's type decides.
 */
final class ConsentBasisPolicy {

    private ConsentBasisPolicy() {
    }

    static boolean mayRelyOnConsent(DecisionFacts.Holder holder, ApplicableAgreement agreement) {
        if (agreement != null) {
            Boolean declared = agreement.consentBasis().get(holder.organisationId());
            if (declared != null) {
                return declared;
            }
        }
        return !holder.publicAuthority();
    }

    static DecisionResult.PathStep step(boolean relies, ApplicableAgreement agreement) {
        String from = agreement != null && !agreement.consentBasis().isEmpty() ? "Agreement " + agreement.name() + " records that your organisation "
                : "As " + (relies ? "an organisation that is not a public body" : "a public body") + ", your organisation ";
        return Ruling.step("Is their consent the lawful basis for sharing?", relies ? "Yes" : "No: it meets the duty of confidence",
                relies ? from + "relies on consent as its lawful basis, so consent is the basis under UK GDPR too."
                        : from + "shares under its public functions, not on consent; their consent meets the duty of confidence and respects their wishes, and the lawful basis is found separately.",
                "002 §2.4");
    }
}
