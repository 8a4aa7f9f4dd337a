package org.infoshare.decision.rules;

import org.infoshare.shared.Role;

import static org.infoshare.decision.rules.Ruling.step;

/**
 * Layer 14: processing outside the UK needs appropriate safeguards (002 §4.6). Without them, information goes
 * abroad only for a specific safeguarding need, decided with legal advice (003 Appendix 1, eighth principle).
 */
final class OutsideUkPolicy {

    private static final String QUESTION = "Will the information be processed or stored outside the UK?";

    private OutsideUkPolicy() {
    }

    /** @param protecting a child or adult at risk, or someone's life, stands behind the share */
    static Ruling<Void> decide(OutsideUk where, Answer exception, boolean protecting) {
        switch (where) {
            case NO -> {
                return Ruling.proceed(null);
            }
            case YES_WITH_SAFEGUARDS -> {
                return Ruling.proceed(null, step(QUESTION, "Yes, with appropriate safeguards",
                        "Sharing outside the UK is possible with appropriate safeguards and enforceable rights and remedies for the person.", "002 §4.6"));
            }
            case NOT_SURE -> {
                return Ruling.seekAdvice(Question.OUTSIDE_UK_SAFEGUARDS, Role.DATA_PROTECTION_OFFICER,
                        "It is not clear that the safeguards for processing outside the UK are in place, so the Data Protection Officer should advise.",
                        step(QUESTION, "Not sure whether safeguards are in place",
                                "Information goes outside the UK only with appropriate safeguards; ask the Data Protection Officer.", "002 §4.6"));
            }
            default -> {
            }
        }
        if (!protecting) {
            return Ruling.doNotShare("The information would be processed outside the UK without appropriate safeguards, so do not share it.",
                    step(QUESTION, "Yes, without appropriate safeguards", "Without appropriate safeguards, information must not go outside the UK.", "002 §4.6"));
        }
        return switch (exception) {
            case YES -> Ruling.proceed(null, step(QUESTION, "Yes, without safeguards, for a specific safeguarding need",
                    "Information may go abroad without the usual safeguards only where a specific requirement exists in relation to safeguarding, decided by the originating organisation with legal advice.",
                    "003 Appendix 1, eighth principle; 002 §4.6"));
            case NO -> Ruling.doNotShare("The information would be processed outside the UK without appropriate safeguards, and that is not justified, so do not share it.",
                    step(QUESTION, "Yes, without safeguards", "The safeguarding need does not justify sending it abroad without appropriate safeguards.", "002 §4.6"));
            case NOT_SURE -> Ruling.seekAdvice(Question.OUTSIDE_UK_EXCEPTION, Role.DATA_PROTECTION_OFFICER,
                    "Sharing outside the UK without safeguards needs a specific safeguarding justification and legal advice, so the Data Protection Officer should advise.",
                    step(QUESTION, "Yes, without safeguards, for safeguarding",
                            "Sending it abroad without safeguards is possible only for a specific safeguarding need; legal advice may be necessary.",
                            "003 Appendix 1, eighth principle"));
        };
    }
}
