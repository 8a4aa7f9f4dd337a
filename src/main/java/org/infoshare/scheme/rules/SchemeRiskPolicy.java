package org.infoshare.scheme.rules;

/**
 * Is there something to disclose? Under the DVDS a disclosure is made where the subject has convictions for violent
 * offences, or information about their behaviour reasonably leads the police and other agencies to believe they
 * pose a risk of harm to their partner (004 §8.3). Under the CSODS the police disclose if they think it is in the
 * child's interests (004 §8.6). Both ask whether the disclosure is necessary to protect the person at risk.
 */
public final class SchemeRiskPolicy {

    public static final String RISK_OF_HARM = "risk-of-harm";
    public static final String NO_RISK = "no-risk-identified";
    public static final String NOT_NECESSARY = "not-necessary-to-protect";

    private SchemeRiskPolicy() {
    }

    /**
     * @param riskIndicated convictions, or information about the subject's behaviour, that reasonably indicate a risk
     *                      of harm to the person at risk
     * @param necessary     disclosure is necessary to protect them (for a child, in the child's interests)
     */
    public static Verdict decide(Scheme scheme, boolean riskIndicated, boolean necessary) {
        if (!riskIndicated) {
            return Verdict.no(NO_RISK, "riskIndicated", "Nothing the police hold indicates that the subject poses a risk of harm", scheme.source());
        }
        if (!necessary) {
            String why = scheme.domesticViolence() ? "necessary to protect the person at risk" : "in the child's interests";
            return Verdict.no(NOT_NECESSARY, "necessary", "Disclosure is not " + why, scheme.source());
        }
        return Verdict.yes(RISK_OF_HARM, scheme.domesticViolence()
                ? "The subject's convictions or behaviour indicate a risk of harm to their partner"
                : "Disclosure is in the child's interests: the subject may pose a risk to them", scheme.source());
    }
}
