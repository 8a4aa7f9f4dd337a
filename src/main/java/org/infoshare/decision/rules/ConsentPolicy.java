package org.infoshare.decision.rules;

import java.time.LocalDate;
import java.util.UUID;

import org.infoshare.shared.Role;
import org.infoshare.shared.SharingPurpose;

import static org.infoshare.decision.rules.ConsentStanding.State.COVERS;
import static org.infoshare.decision.rules.ConsentStanding.State.DECEASED;
import static org.infoshare.decision.rules.ConsentStanding.State.NOT_ENGAGED;
import static org.infoshare.decision.rules.ConsentStanding.State.NOT_FOR_THIS_SHARE;
import static org.infoshare.decision.rules.ConsentStanding.State.NOT_SOUGHT;
import static org.infoshare.decision.rules.ConsentStanding.State.REFUSED;
import static org.infoshare.decision.rules.ConsentStanding.State.REQUIRED_BY_LAW;
import static org.infoshare.decision.rules.ConsentStanding.State.WITHDRAWN;
import static org.infoshare.decision.rules.Ruling.step;

/**
 * Layer 5: consent, as the common law duty of confidence and the person's wishes see it. Given for this purpose
 * and this recipient, in date, by someone able to give it → it covers the share. Partial consent covers only the
 * recipients it names. Refused, withdrawn or expired → look for another reason. Not sought → the reason must be
 * recorded (003 'Consent to share information', 'Partial Consent'; 004 §5). Information that is not
 * confidential raises no consent question (004 §6). A missing reason is never turned into a refusal to share:
 * the engine asks for it (004 golden rules 1 and 3).
 */
final class ConsentPolicy {

    private static final String QUESTION = "Do you have consent to share this, for this purpose, with this recipient?";

    private ConsentPolicy() {
    }

    static Ruling<ConsentStanding> decide(Confidentiality confidentiality, boolean legalDuty, DecisionFacts.Person person,
                                          DecisionFacts.ConsentFacts consent, SharingPurpose purpose, UUID recipient, LocalDate today) {
        if (legalDuty) {
            return Ruling.proceed(ConsentStanding.of(REQUIRED_BY_LAW));
        }
        if (person.deceased()) {
            return Ruling.proceed(ConsentStanding.of(DECEASED), step(QUESTION, "No: they have died",
                    "A person who has died cannot consent; the duty of confidence continues, so a strong enough public interest or a legal duty is needed to share confidential information.",
                    "002 §4.2; 003 'Duty of Confidence'"));
        }
        DecisionFacts.ConsentEvidence record = consent.record();
        NotSoughtReason reason = consent.notSoughtReason();
        if (record != null) {
            return switch (record.state()) {
                case REFUSED -> against(record, REFUSED, "They refused consent", purpose, recipient, reason);
                case WITHDRAWN -> against(record, WITHDRAWN, "They withdrew their consent", purpose, recipient, reason);
                case GIVEN -> given(record, purpose, recipient, today, reason);
            };
        }
        if (confidentiality == Confidentiality.NOT_CONFIDENTIAL) {
            return Ruling.proceed(new ConsentStanding(NOT_ENGAGED, null, false, reason, reason == NotSoughtReason.CANNOT_BE_GIVEN),
                    step("Is consent needed to set aside a duty of confidence?", "No: the information is not confidential",
                            "The duty of confidence is not engaged, so there is no consent question to answer: the share rests on the lawful basis alone, and must still be necessary and proportionate.",
                            "004 §6; 003 'When?'"));
        }
        if (reason == null) {
            return Ruling.seekAdvice(Question.CONSENT_NOT_SOUGHT_REASON, Role.MANAGER,
                    "Consent has not been sought and the reason is not recorded. Record why (for example that seeking it would put the child at risk); the child's safety is not put aside for want of it.",
                    step(QUESTION, "Not sought, and the reason is not recorded",
                            "Where consent has not been obtained the reasons must be documented; without that answer the decision cannot be made, and a child's safety is never outweighed by a missing answer.",
                            "003 'Consent to share information'; 004 golden rules 1 and 3"));
        }
        return Ruling.proceed(new ConsentStanding(NOT_SOUGHT, null, false, reason, reason == NotSoughtReason.CANNOT_BE_GIVEN),
                step(QUESTION, "Not sought: " + reason.label(),
                        reason == NotSoughtReason.NOT_THE_BASIS
                                ? "Consent is not the basis for this share. Working with the person's agreement is still good practice; sharing needs another reason, judged for proportionality."
                                : "That is a recorded reason not to seek consent. Sharing then needs another reason, judged for proportionality.",
                        reason.citation()));
    }

    private static Ruling<ConsentStanding> against(DecisionFacts.ConsentEvidence record, ConsentStanding.State standing, String answer,
                                                   SharingPurpose purpose, UUID recipient, NotSoughtReason reason) {
        boolean forPurpose = record.purposes().isEmpty() || record.purposes().contains(purpose);
        boolean forRecipient = record.recipients().isEmpty() || record.recipients().contains(recipient);
        if (!forPurpose || !forRecipient) {
            return Ruling.proceed(new ConsentStanding(NOT_FOR_THIS_SHARE, record.consentId(), false, reason, false), step(QUESTION, "No consent for this share",
                    "The " + (standing == REFUSED ? "refusal" : "withdrawn consent") + " on record is about other purposes or recipients, so there is no consent for this share either: look for another reason.",
                    "003 'Partial Consent'"));
        }
        return Ruling.proceed(new ConsentStanding(standing, record.consentId(), false, null, false), step(QUESTION, answer,
                "Refusal does not mean that information cannot be shared: it is considered with the other concerns, and where overriding it is justified, information can and must be shared.",
                "003 'Sharing information when consent has been refused'; 003 golden rule 4"));
    }

    private static Ruling<ConsentStanding> given(DecisionFacts.ConsentEvidence record, SharingPurpose purpose, UUID recipient, LocalDate today,
                                                 NotSoughtReason reason) {
        UUID id = record.consentId();
        if (record.validFrom() != null && record.validFrom().isAfter(today)) {
            return notForThisShare(id, reason, false, step(QUESTION, "Not yet: it starts on " + record.validFrom(),
                    "Consent that is not yet in force cannot be relied on: look for another reason.", "004 §5"));
        }
        if (record.validUntil() != null && record.validUntil().isBefore(today)) {
            return notForThisShare(id, reason, false, step(QUESTION, "No: it expired on " + record.validUntil(),
                    "Consent is time-limited; once it has expired it cannot be relied on. Seek it again, or look for another reason.", "004 §5"));
        }
        if (record.lackedCapacity()) {
            return notForThisShare(id, reason, true, step(QUESTION, "No: it was given while they lacked capacity",
                    "Someone who lacks capacity to make the decision cannot give valid consent; decide in their best interests or look for another reason.",
                    "003 'The Mental Capacity Act (MCA) 2005'"));
        }
        if (!record.purposes().contains(purpose)) {
            return notForThisShare(id, reason, false, step(QUESTION, "No: not for this purpose",
                    "Their consent covers other purposes. Consent is specific, so it does not cover this one: look for another reason.",
                    "004 §5; 003 'Consider the following before sharing information'"));
        }
        if (!record.recipients().contains(recipient)) {
            return notForThisShare(id, reason, false, step(QUESTION, "Partial: not for this recipient",
                    "They consented to sharing with some agencies but not this one. Partial consent covers only the agencies it names, so there is no consent to share with this recipient.",
                    "003 'Partial Consent'"));
        }
        return Ruling.proceed(new ConsentStanding(COVERS, id, record.explicit(), null, false),
                step(QUESTION, record.explicit() ? "Yes: explicit consent" : "Yes: implied consent",
                        "They consented to sharing for this purpose with this recipient, so the duty of confidence is met and their wishes are respected. Be mindful that they might not expect everything to be shared: share only what is necessary.",
                        "003 'When?'; 003 golden rule 4"));
    }

    private static Ruling<ConsentStanding> notForThisShare(UUID id, NotSoughtReason reason, boolean unable, DecisionResult.PathStep step) {
        return Ruling.proceed(new ConsentStanding(NOT_FOR_THIS_SHARE, id, false, reason, unable || reason == NotSoughtReason.CANNOT_BE_GIVEN), step);
    }
}
