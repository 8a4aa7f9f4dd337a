package org.infoshare.incident.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The structured risk assessment of a personal data breach (002 §4.8; UK GDPR Art 33-34, recitals 75, 85-86;
 * DPA 2018 s67-68). Two facts make harm unlikely whatever else is true: the information was unintelligible to
 * whoever got it (encrypted, key safe: Art 34(3)(a)), or it was recovered with confirmation that no one read it.
 * Otherwise the likelihood of harm (1-4) times its severity (1-4) gives the score, after the aggravating facts:
 * sensitive information makes harm one step more severe, and information that could lead someone to a person at
 * risk makes it severe; 100 or more people, or an incident not yet contained, make harm one step more likely.
 * A score of 1-2 is unlikely to result in a risk; 3-7 is a risk (tell the ICO); 8-16 a high risk (tell the ICO
 * and the people affected).
 */
public final class BreachRiskPolicy {

    /** From here on, a risk. */
    static final int RISK_FROM = 3;
    /** From here on, a high risk. */
    static final int HIGH_FROM = 8;
    static final int MANY_PEOPLE = 100;

    private BreachRiskPolicy() {
    }

    public static RiskVerdict assess(RiskInputs inputs) {
        String ico = inputs.lawEnforcement() ? "DPA 2018 s67" : "UK GDPR Art 33";
        String people = inputs.lawEnforcement() ? "DPA 2018 s68" : "UK GDPR Art 34";
        if (inputs.encryption() == Encryption.ENCRYPTED_KEY_SAFE) {
            return new RiskVerdict(RiskLevel.UNLIKELY, 0, List.of(RiskReason.UNINTELLIGIBLE), false, false, ico, people);
        }
        if (inputs.containment() == Containment.RECOVERED_UNREAD) {
            return new RiskVerdict(RiskLevel.UNLIKELY, 0, List.of(RiskReason.RECOVERED_UNREAD), false, false, ico, people);
        }
        List<RiskReason> reasons = new ArrayList<>();
        reasons.add(RiskReason.LIKELIHOOD_AND_SEVERITY);
        int severity = inputs.severity().score();
        if (inputs.dataAffected().stream().anyMatch(DataAffected::aggravating)) {
            severity = Math.min(4, severity + 1);
            reasons.add(RiskReason.SENSITIVE_INFORMATION);
        }
        if (inputs.dataAffected().contains(DataAffected.WHEREABOUTS_OF_PERSON_AT_RISK)) {
            severity = 4;
            reasons.add(RiskReason.WHEREABOUTS_EXPOSED);
        }
        int likelihood = inputs.likelihood().score();
        if (inputs.peopleAffected() != null && inputs.peopleAffected() >= MANY_PEOPLE) {
            likelihood = Math.min(4, likelihood + 1);
            reasons.add(RiskReason.MANY_PEOPLE);
        }
        if (inputs.containment() == Containment.NOT_CONTAINED) {
            likelihood = Math.min(4, likelihood + 1);
            reasons.add(RiskReason.NOT_CONTAINED);
        }
        int score = likelihood * severity;
        RiskLevel level = score >= HIGH_FROM ? RiskLevel.HIGH : score >= RISK_FROM ? RiskLevel.RISK : RiskLevel.UNLIKELY;
        return new RiskVerdict(level, score, reasons, level != RiskLevel.UNLIKELY, level == RiskLevel.HIGH, ico, people);
    }
}
