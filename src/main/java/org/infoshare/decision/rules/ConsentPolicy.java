package org.infoshare.decision.rules;

import org.infoshare.legal.BuiltInProvisions;
import org.infoshare.shared.Role;

import static org.infoshare.decision.rules.Workings.ConsentStanding.COVERS;
import static org.infoshare.decision.rules.Workings.ConsentStanding.EXPIRED;
import static org.infoshare.decision.rules.Workings.ConsentStanding.NOT_FOR_THIS_SHARE;
import static org.infoshare.decision.rules.Workings.ConsentStanding.NOT_NEEDED;
import static org.infoshare.decision.rules.Workings.ConsentStanding.NOT_SOUGHT;
import static org.infoshare.decision.rules.Workings.ConsentStanding.REFUSED;
import static org.infoshare.decision.rules.Workings.ConsentStanding.WITHDRAWN;

/**
 * Layer 3: consent. Given for this purpose and this recipient → may share on it. Partial consent covers only
 * the recipients it names. Refused, withdrawn or expired → look for another reason. Not sought → the reason
 * must be recorded (003 'Consent to share information', 'Partial Consent'; 004 §5).
 */
final class ConsentPolicy implements Layer {

    private static final String QUESTION = "Do you have consent to share this, for this purpose, with this recipient?";

    @Override
    public Verdict apply(Workings w) {
        if (w.anonymous) {
            return null;
        }
        DecisionFacts f = w.facts;
        DecisionFacts.RequestBasis request = f.request();
        if (request != null && BuiltInProvisions.CA2004_S14B.code().equals(request.gatewayCode())) {
            String question = "Is this a request from the safeguarding partnership for the purpose of its functions?";
            switch (request.forPartnershipFunctions()) {
                case YES -> {
                    w.consent = NOT_NEEDED;
                    w.reasons.add(Workings.Reason.LEGAL_DUTY);
                    w.step(question, "Yes",
                            "Under section 14B of the Children Act 2004 the partnership can require the information for its functions, and the request must be complied with. Consent is not the basis; share what is necessary and proportionate to the request.",
                            "004 §7");
                    return null;
                }
                case NOT_SURE -> {
                    w.step(question, "Not sure", "Section 14B compels disclosure only for the partnership's functions. Ask the Data Protection Officer.", "004 §7");
                    return w.seekAdvice(Question.PARTNERSHIP_FUNCTIONS, Role.DATA_PROTECTION_OFFICER,
                            "It is not clear whether the partnership's request is for its functions, so the Data Protection Officer should advise.");
                }
                default -> w.step(question, "No",
                        "Section 14B does not compel disclosure for anything other than the partnership's functions, so decide it as any other request.", "004 §7");
            }
        }
        if (f.person().deceased()) {
            w.consent = NOT_SOUGHT;
            w.step(QUESTION, "No: they have died",
                    "A person who has died cannot consent; the duty of confidence continues, so a strong enough public interest or a legal duty is needed to share confidential information.",
                    "002 §4.2; 003 'Duty of Confidence'");
            return null;
        }
        DecisionFacts.ConsentEvidence record = f.consent().record();
        if (record == null) {
            NotSoughtReason reason = f.consent().notSoughtReason();
            if (reason == null) {
                w.step(QUESTION, "Not sought, and no reason recorded",
                        "Always seek consent unless it is unsafe or inappropriate to do so; where consent has not been obtained, the reasons must be documented.",
                        "003 golden rule 2; 003 'Consent to share information'");
                return Verdict.doNotShare("Consent has not been sought and no reason is recorded: seek their consent, or record why seeking it would be unsafe or inappropriate, and decide again.");
            }
            w.consent = NOT_SOUGHT;
            w.step(QUESTION, "Not sought: " + reason.label(),
                    "That is a recorded reason not to seek consent. Sharing then needs another reason, judged for proportionality.", reason.citation());
            return null;
        }
        return switch (record.state()) {
            case REFUSED -> against(w, record, REFUSED, "They refused consent");
            case WITHDRAWN -> against(w, record, WITHDRAWN, "They withdrew their consent");
            case GIVEN -> given(w, record);
        };
    }

    private static Verdict against(Workings w, DecisionFacts.ConsentEvidence record, Workings.ConsentStanding standing, String answer) {
        DecisionFacts f = w.facts;
        boolean purpose = record.purposes().isEmpty() || record.purposes().contains(f.purpose());
        boolean recipient = record.recipients().isEmpty() || record.recipients().contains(f.recipientOrganisationId());
        if (!purpose || !recipient) {
            w.consent = NOT_FOR_THIS_SHARE;
            w.step(QUESTION, "No consent for this share",
                    "The " + (standing == REFUSED ? "refusal" : "withdrawn consent") + " on record is about other purposes or recipients, so there is no consent for this share either: look for another reason.",
                    "003 'Partial Consent'");
            return null;
        }
        w.consent = standing;
        w.step(QUESTION, answer,
                "Refusal does not mean that information cannot be shared: it is considered with the other concerns, and where overriding it is justified, information can and must be shared.",
                "003 'Sharing information when consent has been refused'; 003 golden rule 4");
        return null;
    }

    private static Verdict given(Workings w, DecisionFacts.ConsentEvidence record) {
        DecisionFacts f = w.facts;
        if (record.validFrom() != null && record.validFrom().isAfter(f.today())) {
            w.consent = NOT_FOR_THIS_SHARE;
            w.step(QUESTION, "Not yet: it starts on " + record.validFrom(), "Consent that is not yet in force cannot be relied on: look for another reason.", "004 §5");
            return null;
        }
        if (record.validUntil() != null && record.validUntil().isBefore(f.today())) {
            w.consent = EXPIRED;
            w.step(QUESTION, "No: it expired on " + record.validUntil(),
                    "Consent is time-limited; once it has expired it cannot be relied on. Seek it again, or look for another reason.", "004 §5");
            return null;
        }
        if (record.lackedCapacity()) {
            w.consent = NOT_FOR_THIS_SHARE;
            w.step(QUESTION, "No: it was given while they lacked capacity",
                    "Someone who lacks capacity to make the decision cannot give valid consent; decide in their best interests or look for another reason.",
                    "003 'The Mental Capacity Act (MCA) 2005'");
            return null;
        }
        if (!record.purposes().contains(f.purpose())) {
            w.consent = NOT_FOR_THIS_SHARE;
            w.step(QUESTION, "No: not for this purpose",
                    "Their consent covers other purposes. Consent is specific, so it does not cover this one: look for another reason.",
                    "004 §5; 003 'Consider the following before sharing information'");
            return null;
        }
        if (!record.recipients().contains(f.recipientOrganisationId())) {
            w.consent = NOT_FOR_THIS_SHARE;
            w.step(QUESTION, "Partial: not for this recipient",
                    "They consented to sharing with some agencies but not this one. Partial consent covers only the agencies it names, so there is no consent to share with this recipient.",
                    "003 'Partial Consent'");
            return null;
        }
        w.consent = COVERS;
        w.reliesOnConsent = true;
        w.explicitConsent = record.explicit();
        w.step(QUESTION, record.explicit() ? "Yes: explicit consent" : "Yes: implied consent",
                "They consented to sharing for this purpose with this recipient, so you can share, but be mindful that they might not expect everything to be shared. Share only what is necessary.",
                "003 'When?'; 003 golden rule 4");
        return null;
    }
}
