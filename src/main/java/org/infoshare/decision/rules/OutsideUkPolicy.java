package org.infoshare.decision.rules;

import org.infoshare.shared.Role;

/**
 * Processing outside the UK needs appropriate safeguards (002 §4.6). Without them, information goes abroad
 * only for a specific safeguarding need, decided with legal advice (003 Appendix 1, eighth principle).
 */
final class OutsideUkPolicy implements Layer {

    private static final String QUESTION = "Will the information be processed or stored outside the UK?";

    @Override
    public Verdict apply(Workings w) {
        if (w.anonymous) {
            return null;
        }
        DecisionFacts f = w.facts;
        switch (f.outsideUk()) {
            case NO -> {
                return null;
            }
            case YES_WITH_SAFEGUARDS -> {
                w.step(QUESTION, "Yes, with appropriate safeguards",
                        "Sharing outside the UK is possible with appropriate safeguards and enforceable rights and remedies for the person.", "002 §4.6");
                return null;
            }
            case NOT_SURE -> {
                w.step(QUESTION, "Not sure whether safeguards are in place",
                        "Information goes outside the UK only with appropriate safeguards; ask the Data Protection Officer.", "002 §4.6");
                return w.seekAdvice(Question.OUTSIDE_UK_SAFEGUARDS, Role.DATA_PROTECTION_OFFICER,
                        "It is not clear that the safeguards for processing outside the UK are in place, so the Data Protection Officer should advise.");
            }
            default -> {
            }
        }
        if (!w.safeguarding() && !w.reasons.contains(Workings.Reason.VITAL_INTERESTS)) {
            w.step(QUESTION, "Yes, without appropriate safeguards",
                    "Without appropriate safeguards, information must not go outside the UK.", "002 §4.6");
            return Verdict.doNotShare("The information would be processed outside the UK without appropriate safeguards, so do not share it.");
        }
        switch (f.outsideUkException()) {
            case YES -> {
                w.step(QUESTION, "Yes, without safeguards, for a specific safeguarding need",
                        "Information may go abroad without the usual safeguards only where a specific requirement exists in relation to safeguarding, decided by the originating organisation with legal advice.",
                        "003 Appendix 1, eighth principle; 002 §4.6");
                return null;
            }
            case NO -> {
                w.step(QUESTION, "Yes, without safeguards",
                        "The safeguarding need does not justify sending it abroad without appropriate safeguards.", "002 §4.6");
                return Verdict.doNotShare("The information would be processed outside the UK without appropriate safeguards, and that is not justified, so do not share it.");
            }
            default -> {
                w.step(QUESTION, "Yes, without safeguards, for safeguarding",
                        "Sending it abroad without safeguards is possible only for a specific safeguarding need; legal advice may be necessary.",
                        "003 Appendix 1, eighth principle");
                return w.seekAdvice(Question.OUTSIDE_UK_EXCEPTION, Role.DATA_PROTECTION_OFFICER,
                        "Sharing outside the UK without safeguards needs a specific safeguarding justification and legal advice, so the Data Protection Officer should advise.");
            }
        }
    }
}
