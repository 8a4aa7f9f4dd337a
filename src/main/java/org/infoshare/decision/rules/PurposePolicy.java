package org.infoshare.decision.rules;

import org.infoshare.shared.SharingPurpose;
import org.infoshare.shared.Role;

/** Layer 1: is there a clear and legitimate purpose? (003 'When?'; 000 §4.1; 002 Appendix D) */
final class PurposePolicy implements Layer {

    private static final String QUESTION = "Is there a clear and legitimate purpose for sharing?";

    @Override
    public Verdict apply(Workings w) {
        DecisionFacts f = w.facts;
        if (f.adviceWanted()) {
            w.step("Do you want advice before deciding?", "Yes",
                    "You asked for advice. Take the case to your manager, the Data Protection Officer or the Caldicott Guardian, without disclosing the person's identity where you can.",
                    "003 golden rule 3; 004 golden rule 4");
            return w.seekAdvice(Question.PRACTITIONER_ASKED, Role.MANAGER,
                    "You asked for advice before deciding, so the case goes to an adviser.");
        }
        switch (f.purposeLegitimate()) {
            case NO -> {
                w.step(QUESTION, "No", "Without a clear and legitimate purpose, do not share.", "003 'When?'");
                return Verdict.doNotShare("There is no clear and legitimate purpose for sharing, so the information must not be shared.");
            }
            case NOT_SURE -> {
                w.step(QUESTION, "Not sure", "If you are unsure whether there is a legal power or purpose to share, seek advice from the Data Protection Officer.", "000 §4.1");
                return w.seekAdvice(Question.PURPOSE_LEGITIMATE, Role.DATA_PROTECTION_OFFICER,
                        "It is not clear that there is a legitimate purpose, so the Data Protection Officer should advise.");
            }
            default -> w.step(QUESTION, "Yes: " + f.purpose().label(), "There is a purpose, so the next question is whether the information identifies anyone.", "003 'When?'");
        }
        if (f.purpose() == SharingPurpose.SERVICE_PLANNING && f.identifiable()) {
            w.step("Could the objective be achieved without sharing personal data, or by anonymising it?", "Yes",
                    "Planning services, statistics and reporting can be done with anonymised information; identifiable personal data must not be used for it.",
                    "000 §4.1; 002 §4");
            return Verdict.doNotShare("Service planning does not need identifiable information: share anonymised or aggregated figures instead.");
        }
        return null;
    }
}
