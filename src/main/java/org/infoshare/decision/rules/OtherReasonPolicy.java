package org.infoshare.decision.rules;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.StringJoiner;

import org.infoshare.legal.BuiltInProvisions;
import org.infoshare.legal.LegalProvision;
import org.infoshare.legal.ProvisionKind;
import org.infoshare.shared.Role;

import static org.infoshare.decision.rules.Workings.ConsentStanding.REFUSED;
import static org.infoshare.decision.rules.Workings.ConsentStanding.WITHDRAWN;
import static org.infoshare.decision.rules.Workings.Reason.ADULT_AT_RISK;
import static org.infoshare.decision.rules.Workings.Reason.CHILD_AT_RISK;
import static org.infoshare.decision.rules.Workings.Reason.NOT_CONFIDENTIAL;
import static org.infoshare.decision.rules.Workings.Reason.PUBLIC_FUNCTION;
import static org.infoshare.decision.rules.Workings.Reason.PUBLIC_INTEREST;
import static org.infoshare.decision.rules.Workings.Reason.VITAL_INTERESTS;

/**
 * Layer 4: without consent, is there another reason to share? Safeguarding a child at risk of significant
 * harm; an adult at risk (all three tests); vital interests; a public function; the public interest (003
 * 'When?', 'Public Interest'; 004 §2, §6). A refusal is overridden only with a recorded justification.
 */
final class OtherReasonPolicy implements Layer {

    @Override
    public Verdict apply(Workings w) {
        if (w.anonymous || w.reliesOnConsent) {
            return null;
        }
        DecisionFacts f = w.facts;
        boolean against = w.consent == REFUSED || w.consent == WITHDRAWN;
        if (!f.confidential() && !against) {
            w.reasons.add(NOT_CONFIDENTIAL);
        }

        DecisionFacts.Safeguarding s = f.safeguarding();
        String childQuestion = "Is a child suffering, or likely to suffer, significant harm?";
        switch (s.childAtRisk()) {
            case YES -> {
                w.reasons.add(CHILD_AT_RISK);
                w.step(childQuestion, "Yes",
                        "Protecting a child from such harm takes priority over privacy. Data protection law is no barrier to sharing to keep a child safe.",
                        "004 golden rule 1; 004 §6");
            }
            case NOT_SURE -> {
                w.step(childQuestion, "Not sure",
                        "The concern must not be ignored: talk to the lead person on child protection or your manager to decide whether it amounts to reasonable cause to believe.",
                        "004 §6; 004 golden rule 4");
                return w.seekAdvice(Question.CHILD_AT_RISK, Role.MANAGER,
                        "It is not clear whether a child is at risk of significant harm, so your manager should advise.");
            }
            default -> w.step(childQuestion, "No", "There is no child protection reason.", "004 §6");
        }

        if (f.person().adult()) {
            Verdict adult = adultAtRisk(w, s);
            if (adult != null) {
                return adult;
            }
        }

        String vitalQuestion = "Is sharing needed to protect someone's life (their vital interests)?";
        switch (s.vitalInterests()) {
            case YES -> {
                w.reasons.add(VITAL_INTERESTS);
                w.step(vitalQuestion, "Yes", "Protecting someone's vital interests is a reason to share.", "003 'When?'");
            }
            case NOT_SURE -> {
                w.step(vitalQuestion, "Not sure", "Seek advice promptly whenever you are uncertain.", "004 golden rule 4");
                return w.seekAdvice(Question.VITAL_INTERESTS, Role.MANAGER,
                        "It is not clear whether someone's life is at risk, so your manager should advise.");
            }
            default -> {
            }
        }

        Set<String> gateways = new LinkedHashSet<>(f.gatewayCodes());
        if (f.request() != null && f.request().gatewayCode() != null && !w.reasons.contains(Workings.Reason.LEGAL_DUTY)
                && !BuiltInProvisions.CA2004_S14B.code().equals(f.request().gatewayCode())) {
            gateways.add(f.request().gatewayCode());
        }
        gateways.removeIf(code -> BuiltInProvisions.byCode(code).map(p -> p.kind() != ProvisionKind.STATUTORY_GATEWAY).orElse(true));
        w.gateways = gateways;
        if (!gateways.isEmpty()) {
            w.reasons.add(PUBLIC_FUNCTION);
            StringJoiner names = new StringJoiner(", ");
            for (String code : gateways) {
                BuiltInProvisions.byCode(code).map(LegalProvision::citation).ifPresent(names::add);
            }
            w.step("Is there a public function or legal power to share?", "Yes: " + names,
                    "Sharing to fulfil a public function under a statutory gateway is another reason to share.", "003 'When?'; 003 'What is the Legal Framework'");
        }

        if (!f.publicInterest().isEmpty()) {
            w.reasons.add(PUBLIC_INTEREST);
            StringJoiner criteria = new StringJoiner("; ");
            for (PublicInterest interest : f.publicInterest()) {
                criteria.add(interest.label().toLowerCase(java.util.Locale.ROOT));
            }
            w.step("Is sharing in the public interest?", "Yes: " + criteria,
                    "These are public interest criteria; the disclosure must still be proportionate.", "003 'Public Interest'");
        }

        if (w.reasons.contains(NOT_CONFIDENTIAL)) {
            w.step("Is a reason needed to set aside confidentiality?", "No: it is not confidential",
                    "Information which is not confidential may generally be shared where that is necessary for a legitimate purpose.", "004 §6");
        }

        if (w.reasons.isEmpty()) {
            if (against) {
                w.step("Is there another reason to share, such as safety being at risk?", "No",
                        "Respect the wishes of those who do not consent unless there is good reason to share.", "003 golden rule 4");
                return Verdict.doNotShare("They did not consent and there is no other reason strong enough to override their wishes, so do not share.");
            }
            w.step("Is there another reason to share, such as a public function or someone's vital interests?", "No",
                    "Without consent or another reason, do not share.", "003 'When?'");
            return Verdict.doNotShare("There is no consent and no other lawful reason to share, so do not share.");
        }

        if (against) {
            DecisionFacts.ConsentFacts consent = f.consent();
            String question = "Is overriding their " + (w.consent == REFUSED ? "refusal" : "withdrawal of consent") + " justified and proportionate?";
            if (consent.overrideDeclined()) {
                w.step(question, "No: the adviser judged it is not",
                        "Overriding a refusal must be proportionate to the harm that may be caused by proceeding without consent.",
                        "003 'Sharing information when consent has been refused'");
                return Verdict.doNotShare("Overriding their refusal was judged not to be justified, so their wishes are respected and nothing is shared.");
            }
            if (!consent.hasOverrideJustification()) {
                w.step(question, "No justification recorded",
                        "You can override a refusal in the interests of a child's welfare, but the decision must be proportionate and recorded with its justification.",
                        "003 'Sharing information when consent has been refused'");
                Role who = f.holder().healthOrSocialCare() && f.confidential() ? Role.CALDICOTT_GUARDIAN : Role.MANAGER;
                return w.seekAdvice(Question.OVERRIDE_JUSTIFICATION, who,
                        "There are reasons to share despite their refusal, but no justification for overriding it is recorded, so an adviser should decide.");
            }
            w.overridden = true;
            w.step(question, "Yes: justification recorded",
                    w.safeguarding()
                            ? "Where a child or adult is at risk, information can and MUST be shared despite the refusal. The override is recorded with your justification and goes to a manager for review."
                            : "There is good reason to share without consent. The override is recorded with your justification and goes to a manager for review.",
                    "003 'Sharing information when consent has been refused'; 003 golden rule 4");
        }
        return null;
    }

    private static Verdict adultAtRisk(Workings w, DecisionFacts.Safeguarding s) {
        int yes = 0;
        boolean no = false;
        boolean unsure = false;
        for (Answer answer : s.adultTests()) {
            yes += answer == Answer.YES ? 1 : 0;
            no |= answer == Answer.NO;
            unsure |= answer == Answer.NOT_SURE;
        }
        String question = "Is an adult at risk: with care and support needs, experiencing or at risk of abuse or neglect, and unable to protect themselves?";
        if (yes == 3) {
            w.reasons.add(ADULT_AT_RISK);
            w.step(question, "Yes: all three tests are met",
                    "An adult is 'at risk' when all three tests hold; safeguarding them is a reason to share.", "DPA 2018 Sch 1 para 18(3), Sch 8 para 4(3) (002 §2.3)");
            return null;
        }
        if (no) {
            if (yes > 0) {
                w.step(question, "No: " + yes + " of the 3 tests are met",
                        "An adult is 'at risk' only if all three tests hold, so the safeguarding condition for adults does not apply.",
                        "DPA 2018 Sch 1 para 18(3), Sch 8 para 4(3) (002 §2.3)");
            }
            return null;
        }
        if (unsure) {
            w.step(question, "Not sure", "Whether the adult is 'at risk' is uncertain: seek advice.", "004 golden rule 4");
            return w.seekAdvice(Question.ADULT_CARE_NEEDS, Role.MANAGER,
                    "It is not clear whether the adult meets all three tests for being at risk, so your manager should advise.");
        }
        return null;
    }
}
