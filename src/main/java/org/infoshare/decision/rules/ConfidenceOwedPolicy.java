package org.infoshare.decision.rules;

import java.util.UUID;

import org.infoshare.shared.Role;

import static org.infoshare.decision.rules.Ruling.step;

/**
 * Layer 11: was the information received in confidence from another organisation? Before overriding that
 * confidence without consent, the holder seeks that organisation's view and takes it into account; the
 * originating organisation is the final arbiter, and legal advice may be needed (003 'Duty of Confidence'; 002
 * §2.7). The record says whether it was consulted. An objection, or no consultation when there was time for one,
 * goes to an adviser.
 */
final class ConfidenceOwedPolicy {

    private static final String QUESTION = "Was the organisation that gave you this in confidence consulted before it is shared without consent?";

    private ConfidenceOwedPolicy() {
    }

    /**
     * @param overriding the share sets aside a duty of confidence without consent
     * @return the consultation, when confidence is owed to another organisation and is being overridden
     */
    static Ruling<Consultation> decide(DecisionFacts.ConfidenceOwed owed, boolean overriding, UUID recipient, Urgency urgency) {
        if (owed == null || !overriding || owed.organisationId().equals(recipient)) {
            return Ruling.proceed(null);
        }
        Answer adviser = owed.overrideJustified();
        String source = "003 'Duty of Confidence'; 002 §2.7";
        return switch (owed.consultation()) {
            case AGREED -> Ruling.proceed(Consultation.AGREED, step(QUESTION, "Yes: they agree",
                    "Their view is taken into account and recorded with the decision.", source));
            case OBJECTED -> switch (adviser) {
                case YES -> Ruling.proceed(Consultation.OBJECTED, step(QUESTION, "Yes: they object, and an adviser judged the need to share outweighs it",
                        "The originating organisation's objection was weighed and is recorded with the decision, with the adviser's judgement.", source));
                case NO -> Ruling.doNotShare("The organisation that gave you the information in confidence objects, and overriding that was judged not to be justified, so do not share.",
                        step(QUESTION, "Yes: they object, and an adviser judged that decisive", "The originating organisation is the final arbiter of its confidence.", source));
                case NOT_SURE -> Ruling.seekAdvice(Question.ORIGINATOR_CONSULTATION, Role.DATA_PROTECTION_OFFICER,
                        "The organisation that gave you the information in confidence objects to it being shared, so the Data Protection Officer should advise (legal advice may be needed).",
                        step(QUESTION, "Yes: they object",
                                "The originating organisation is the final arbiter of its confidence; seek advice, and legal advice if time permits, before overriding it.", source));
            };
            case NOT_CONSULTED -> {
                if (adviser == Answer.YES) {
                    yield Ruling.proceed(Consultation.NOT_CONSULTED, step(QUESTION, "No: an adviser judged sharing justified without consulting them",
                            "The record shows they were not consulted and why the share went ahead.", source));
                }
                if (adviser == Answer.NO) {
                    yield Ruling.doNotShare("Consult the organisation that gave you the information in confidence before sharing it, then decide again.",
                            step(QUESTION, "No: an adviser judged they must be consulted first", "Seek their views and take them into account.", source));
                }
                if (urgency.pressing()) {
                    yield Ruling.proceed(Consultation.NOT_CONSULTED, step(QUESTION, "No: it is too urgent to wait",
                            "The record shows they were not consulted. Tell them what was shared, and why, as soon as you can.", source));
                }
                yield Ruling.seekAdvice(Question.ORIGINATOR_CONSULTATION, Role.MANAGER,
                        "The information was given to you in confidence by another organisation, which has not been consulted, so your manager should advise.",
                        step(QUESTION, "No", "Before overriding a duty of confidence owed to another organisation, seek its views and take them into account.", source));
            }
        };
    }
}
