package org.infoshare.scheme.rules;

/**
 * Who may be told. Under the DVDS anybody may ask, but information is only given to someone at risk or a person in
 * a position to safeguard the victim (004 §8.3). Under the CSODS the police tell the person most able to protect
 * the child, usually a parent, carer or guardian (004 §8.6): not the child.
 */
public final class SchemeRecipientPolicy {

    public static final String ENTITLED = "recipient-entitled";
    public static final String NOT_ENTITLED = "recipient-not-entitled";

    private SchemeRecipientPolicy() {
    }

    public static Verdict decide(Scheme scheme, Recipient recipient) {
        boolean entitled = scheme.domesticViolence()
                ? recipient == Recipient.PERSON_AT_RISK || recipient == Recipient.ABLE_TO_SAFEGUARD
                : recipient == Recipient.ABLE_TO_SAFEGUARD;
        if (entitled) {
            return Verdict.yes(ENTITLED, recipient.label() + " may be told under the " + scheme.label(), scheme.source());
        }
        String who = scheme.domesticViolence() ? "the person at risk or someone in a position to safeguard them"
                : "the person most able to protect the child, usually a parent, carer or guardian";
        return Verdict.no(NOT_ENTITLED, "recipient", "Under the " + scheme.label() + " information is only given to " + who, scheme.source());
    }
}
