package org.infoshare.incident.rules;

/**
 * Checks the decision to tell the people affected, or not (UK GDPR Art 34; DPA 2018 s68). People at high risk are
 * told unless one of the law's exceptions applies, and each exception must fit the facts assessed: information
 * that was readable cannot be called unintelligible, and the exception protecting other people's rights exists
 * only for law enforcement processing. Not telling people the assessment says must be told, with no exception,
 * is a departure the Data Protection Officer explains.
 */
public final class TellingPeoplePolicy {

    private TellingPeoplePolicy() {
    }

    /**
     * @param encryption what the assessment found about encryption
     * @param notes      how they will be told, or the public communication made instead
     * @param departure  why the decision goes against the assessment; blank when it does not
     */
    public static DecisionCheck decide(RiskVerdict assessment, Encryption encryption, boolean lawEnforcement, PeopleReason reason,
                                       String notes, String departure) {
        if (assessment == null) {
            return DecisionCheck.refused("reason", "assess-first", "Assess the risk before deciding whether to tell the people affected");
        }
        if (reason.lawEnforcementOnly() && !lawEnforcement) {
            return DecisionCheck.refused("reason", "law-enforcement-only",
                    "This exception applies only to information processed for law enforcement purposes (DPA 2018 Part 3)");
        }
        if (reason == PeopleReason.UNINTELLIGIBLE && encryption != Encryption.ENCRYPTED_KEY_SAFE) {
            return DecisionCheck.refused("reason", "not-unintelligible",
                    "The assessment records that the information was readable: it was not unintelligible to whoever got it");
        }
        if (reason == PeopleReason.PUBLIC_NOTICE && IcoDecisionPolicy.blank(notes)) {
            return DecisionCheck.refused("notes", "public-notice", "Say how the public communication is made");
        }
        boolean departs = !reason.tell() && !reason.exception() && assessment.peopleRequired();
        if (departs && IcoDecisionPolicy.blank(departure)) {
            return DecisionCheck.refused("departure", "departure-reason",
                    "The assessment says the people affected must be told: enter why you have decided otherwise");
        }
        return DecisionCheck.ok(departs);
    }
}
