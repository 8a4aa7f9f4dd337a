package org.infoshare.decision.rules;

import org.infoshare.shared.Role;

import static org.infoshare.decision.rules.Ruling.step;

/**
 * Layer 10: without consent that covers the share, is there a reason strong enough to share? Information that is
 * not confidential needs none beyond the lawful basis (004 §6). Otherwise: a reason from layers 4 and 6-9, or do
 * not share (003 'When?'). A refusal or withdrawal is overridden only with a reason and a recorded justification,
 * and the override goes to a manager for review (003 'Sharing information when consent has been refused').
 *
 * @see Reasons
 */
final class ReasonToSharePolicy {

    private ReasonToSharePolicy() {
    }

    /** @return whether a refusal or withdrawal of consent is overridden */
    static Ruling<Boolean> decide(Confidentiality confidentiality, ConsentStanding consent, Reasons reasons,
                                  DecisionFacts.ConsentFacts stated, boolean holderHealthOrCare) {
        if (consent.covers() || consent.state() == ConsentStanding.State.REQUIRED_BY_LAW) {
            return Ruling.proceed(false);
        }
        boolean against = consent.against();
        if (confidentiality == Confidentiality.NOT_CONFIDENTIAL && !against) {
            return consent.state() == ConsentStanding.State.NOT_ENGAGED ? Ruling.proceed(false)
                    : Ruling.proceed(false, step("Is a reason needed to set aside confidentiality?", "No: it is not confidential",
                    "Information which is not confidential may generally be shared where that is necessary for a legitimate purpose.", "004 §6"));
        }
        if (!reasons.any()) {
            if (against) {
                return Ruling.doNotShare("They did not consent and there is no other reason strong enough to override their wishes, so do not share.",
                        step("Is there another reason to share, such as safety being at risk?", "No",
                                "Respect the wishes of those who do not consent unless there is good reason to share.", "003 golden rule 4"));
            }
            return Ruling.doNotShare("There is no consent and no other lawful reason to share, so do not share.",
                    step("Is there another reason to share, such as a public function or someone's vital interests?", "No",
                            "Without consent or another reason, do not share.", "003 'When?'"));
        }
        if (!against) {
            return Ruling.proceed(false);
        }
        String question = "Is overriding their " + (consent.state() == ConsentStanding.State.REFUSED ? "refusal" : "withdrawal of consent")
                + " justified and proportionate?";
        if (stated.overrideDeclined()) {
            return Ruling.doNotShare("Overriding their refusal was judged not to be justified, so their wishes are respected and nothing is shared.",
                    step(question, "No: the adviser judged it is not",
                            "Overriding a refusal must be proportionate to the harm that may be caused by proceeding without consent.",
                            "003 'Sharing information when consent has been refused'"));
        }
        if (!stated.hasOverrideJustification()) {
            Role who = holderHealthOrCare && confidentiality == Confidentiality.CONFIDENTIAL ? Role.CALDICOTT_GUARDIAN : Role.MANAGER;
            return Ruling.seekAdvice(Question.OVERRIDE_JUSTIFICATION, who,
                    "There are reasons to share despite their refusal, but no justification for overriding it is recorded, so an adviser should decide.",
                    step(question, "No justification recorded",
                            "You can override a refusal in the interests of a child's welfare, but the decision must be proportionate and recorded with its justification.",
                            "003 'Sharing information when consent has been refused'"));
        }
        return Ruling.proceed(true, step(question, "Yes: justification recorded",
                reasons.safeguarding()
                        ? "Where a child or adult is at risk, information can and MUST be shared despite the refusal. The override is recorded with your justification and goes to a manager for review."
                        : "There is good reason to share without consent. The override is recorded with your justification and goes to a manager for review.",
                "003 'Sharing information when consent has been refused'; 003 golden rule 4"));
    }
}
