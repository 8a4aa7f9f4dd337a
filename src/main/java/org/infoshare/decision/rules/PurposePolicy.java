package org.infoshare.decision.rules;

import org.infoshare.shared.Role;
import org.infoshare.shared.SharingPurpose;

import static org.infoshare.decision.rules.Ruling.step;

/**
 * Layer 1: does the practitioner want advice first, and is there a clear and legitimate purpose? (003 'When?';
 * 003 golden rule 3; 000 §4.1; 002 Appendix D)
 */
final class PurposePolicy {

    private static final String QUESTION = "Is there a clear and legitimate purpose for sharing?";

    private PurposePolicy() {
    }

    static Ruling<Void> decide(boolean adviceWanted, SharingPurpose purpose, Answer legitimate, boolean identifiable) {
        if (adviceWanted) {
            return Ruling.seekAdvice(Question.PRACTITIONER_ASKED, Role.MANAGER,
                    "You asked for advice before deciding, so the case goes to an adviser.",
                    step("Do you want advice before deciding?", "Yes",
                            "You asked for advice. Take the case to your manager, the Data Protection Officer or the Caldicott Guardian, without disclosing the person's identity where you can.",
                            "003 golden rule 3; 004 golden rule 4"));
        }
        switch (legitimate) {
            case NO -> {
                return Ruling.doNotShare("There is no clear and legitimate purpose for sharing, so the information must not be shared.",
                        step(QUESTION, "No", "Without a clear and legitimate purpose, do not share.", "003 'When?'"));
            }
            case NOT_SURE -> {
                return Ruling.seekAdvice(Question.PURPOSE_LEGITIMATE, Role.DATA_PROTECTION_OFFICER,
                        "It is not clear that there is a legitimate purpose, so the Data Protection Officer should advise.",
                        step(QUESTION, "Not sure", "If you are unsure whether there is a legal power or purpose to share, seek advice from the Data Protection Officer.", "000 §4.1"));
            }
            default -> {
            }
        }
        DecisionResult.PathStep yes = step(QUESTION, "Yes: " + purpose.label(),
                "There is a purpose, so the next question is whether the information identifies anyone.", "003 'When?'");
        if (purpose == SharingPurpose.SERVICE_PLANNING && identifiable) {
            return Ruling.doNotShare("Service planning does not need identifiable information: share anonymised or aggregated figures instead.", yes,
                    step("Could the objective be achieved without sharing personal data, or by anonymising it?", "Yes",
                            "Planning services, statistics and reporting can be done with anonymised information; identifiable personal data must not be used for it.",
                            "000 §4.1; 002 §4"));
        }
        return Ruling.proceed(null, yes);
    }
}
