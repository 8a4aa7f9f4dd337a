package org.infoshare.scheme.rules;

/**
 * A disclosure under a scheme is delivered in person, not in writing, with the warning that the information is only
 * to be used to keep the person at risk safe and that legal proceedings could result if confidentiality is breached;
 * the person told is asked to sign an undertaking of confidentiality, and if they will not, the police must consider
 * whether the disclosure should still take place (004 §8.6; the DVDS is delivered the same way, 004 §8.3).
 */
public final class UndertakingPolicy {

    public static final String DISCLOSED = "disclosed-with-undertaking";
    public static final String DISCLOSED_WITHOUT = "disclosed-without-undertaking";
    public static final String WITHHELD = "withheld-undertaking-refused";
    public static final String IN_PERSON = "in-person";
    public static final String WARNING = "warning-required";
    public static final String WHAT_DISCLOSED = "what-disclosed-required";
    public static final String DECISION_REQUIRED = "decision-required";
    public static final String REASON_REQUIRED = "reason-required";

    private static final String SOURCE = "004 §8.6";

    private UndertakingPolicy() {
    }

    /**
     * @param discloseNonetheless when the undertaking was refused: whether the police decided to disclose all the same
     *                            (null when not decided)
     */
    public record Facts(boolean inPerson, boolean warningGiven, Undertaking undertaking, Boolean discloseNonetheless,
                        boolean reasonGiven, boolean whatDisclosedGiven) {
    }

    /** Allowed with the outcome as its rule, or refused naming the field that is missing. */
    public static Verdict decide(Facts f) {
        if (!f.inPerson()) {
            return Verdict.no(IN_PERSON, "inPerson", "A disclosure under the scheme is delivered in person, not in writing", SOURCE);
        }
        if (!f.warningGiven()) {
            return Verdict.no(WARNING, "warningGiven",
                    "Give the warning that the information is only to keep them safe and that legal proceedings could follow a breach", SOURCE);
        }
        boolean disclosed = f.undertaking() == Undertaking.SIGNED || Boolean.TRUE.equals(f.discloseNonetheless());
        if (f.undertaking() == Undertaking.REFUSED) {
            if (f.discloseNonetheless() == null) {
                return Verdict.no(DECISION_REQUIRED, "discloseNonetheless", "Record whether you disclosed although the undertaking was refused", SOURCE);
            }
            if (!f.reasonGiven()) {
                return Verdict.no(REASON_REQUIRED, "refusalReason", "Enter why you did or did not disclose without the undertaking", SOURCE);
            }
        }
        if (disclosed && !f.whatDisclosedGiven()) {
            return Verdict.no(WHAT_DISCLOSED, "whatDisclosed", "Enter what was disclosed, in the words used", SOURCE);
        }
        if (f.undertaking() == Undertaking.SIGNED) {
            return Verdict.yes(DISCLOSED, "Disclosed in person; the undertaking of confidentiality was signed", SOURCE);
        }
        return disclosed ? Verdict.yes(DISCLOSED_WITHOUT, "Disclosed in person although the undertaking was refused", SOURCE)
                : Verdict.yes(WITHHELD, "Not disclosed: the undertaking was refused", SOURCE);
    }
}
