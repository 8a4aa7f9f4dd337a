package org.infoshare.decision.rules;

import java.util.StringJoiner;

import org.infoshare.legal.BuiltInProvisions;
import org.infoshare.legal.DataCategory;

import static org.infoshare.decision.rules.Workings.Reason.CHILD_AT_RISK;
import static org.infoshare.decision.rules.Workings.Reason.LEGAL_DUTY;
import static org.infoshare.decision.rules.Workings.Reason.PUBLIC_FUNCTION;
import static org.infoshare.decision.rules.Workings.Reason.PUBLIC_INTEREST;
import static org.infoshare.decision.rules.Workings.Reason.VITAL_INTERESTS;
import static org.infoshare.legal.BuiltInProvisions.ART10_CRIMINAL_OFFENCE;
import static org.infoshare.legal.BuiltInProvisions.ART6_A_CONSENT;
import static org.infoshare.legal.BuiltInProvisions.ART6_C_LEGAL_OBLIGATION;
import static org.infoshare.legal.BuiltInProvisions.ART6_D_VITAL_INTERESTS;
import static org.infoshare.legal.BuiltInProvisions.ART6_E_PUBLIC_TASK;
import static org.infoshare.legal.BuiltInProvisions.ART6_F_LEGITIMATE_INTERESTS;
import static org.infoshare.legal.BuiltInProvisions.ART9_A_EXPLICIT_CONSENT;
import static org.infoshare.legal.BuiltInProvisions.ART9_C_VITAL_INTERESTS;
import static org.infoshare.legal.BuiltInProvisions.ART9_G_SUBSTANTIAL_PUBLIC_INTEREST;
import static org.infoshare.legal.BuiltInProvisions.ART9_H_HEALTH_SOCIAL_CARE;
import static org.infoshare.legal.BuiltInProvisions.COMMON_LAW_CONFIDENCE;
import static org.infoshare.legal.BuiltInProvisions.HRA1998_A8;

/**
 * Layer 5: the lawful basis, in layers (002 §2.3; 004 §2). An Article 6 basis always; for special category
 * data an Article 9 condition with a DPA 2018 Schedule 1 condition; for criminal offence data Article 10 with
 * a Schedule 1 condition; for a competent authority's law enforcement processing, Part 3 (s35 and Schedule 8).
 * People who have died are outside data protection law but inside the duty of confidence (002 §4.2). Items
 * whose category has no condition are withheld at minimisation.
 */
final class LawfulBasisPolicy implements Layer {

    @Override
    public Verdict apply(Workings w) {
        DecisionFacts f = w.facts;
        if (w.anonymous) {
            w.link(COMMON_LAW_CONFIDENCE, "The information identifies no one: it is not personal data and no duty of confidence attaches to it.");
            w.basisSummary = "the information identifies no one";
            return null;
        }
        boolean special = needs(f, DataCategory.SPECIAL_CATEGORY);
        boolean criminal = needs(f, DataCategory.CRIMINAL_OFFENCE);
        if (f.person().deceased()) {
            confidence(w);
            w.link(HRA1998_A8, "Sharing about someone who has died must still respect the private and family life of those close to them.");
            gateways(w);
            w.basisSummary = "the duty of confidence, because the person has died";
            w.step("What is the lawful basis?", "Outside data protection law: the person has died",
                    "The common law duty of confidence and the Human Rights Act still apply.", "002 §4.2");
            return null;
        }
        if (f.holder().competentAuthority() && f.purpose().lawEnforcement()) {
            partThree(w, special);
        } else {
            articleSix(w);
            if (special) {
                articleNine(w);
            }
            if (criminal) {
                articleTen(w);
            }
        }
        gateways(w);
        confidence(w);
        StringJoiner answer = new StringJoiner(" + ");
        for (DecisionResult.ChainLink link : w.chain) {
            answer.add(link.citation());
        }
        w.step("What is the lawful basis for sharing?", answer.toString(),
                "Each layer the information needs has its basis: Article 6 always, with Article 9 and Schedule 1 for special category data and Article 10 for criminal offence data (or Part 3 for law enforcement by a competent authority), and the duty of confidence met or overridden.",
                "002 §2.3; 004 §2");
        return null;
    }

    private static boolean needs(DecisionFacts f, DataCategory category) {
        for (DecisionFacts.RequestedItem item : f.items()) {
            if (item.category() == category && item.necessary()) {
                return true;
            }
        }
        return false;
    }

    private static void articleSix(Workings w) {
        DecisionFacts f = w.facts;
        if (w.reliesOnConsent) {
            w.link(ART6_A_CONSENT, "They consented to sharing for this purpose with this recipient.");
            w.basisSummary = "their consent";
        } else if (w.reasons.contains(LEGAL_DUTY)) {
            w.link(ART6_C_LEGAL_OBLIGATION, "The law requires the information to be provided (a section 14B request for the partnership's functions).");
            w.basisSummary = "a legal obligation to comply with the partnership's request";
        } else if (f.holder().publicAuthority()) {
            w.link(ART6_E_PUBLIC_TASK, "Sharing is necessary for a task in the public interest or in the exercise of the organisation's official functions (DPA 2018 s8).");
            w.basisSummary = "a public task";
        } else if (w.reasons.contains(VITAL_INTERESTS) && w.reasons.size() == 1) {
            w.link(ART6_D_VITAL_INTERESTS, "Sharing is necessary to protect someone's life.");
            w.basisSummary = "someone's vital interests";
        } else {
            w.link(ART6_F_LEGITIMATE_INTERESTS, "As an organisation that is not a public authority, sharing is in the legitimate interest of protecting people, and that is not overridden by the person's rights here.");
            w.basisSummary = "legitimate interests";
        }
    }

    private static void articleNine(Workings w) {
        DecisionFacts f = w.facts;
        if (w.reliesOnConsent && w.explicitConsent) {
            w.link(ART9_A_EXPLICIT_CONSENT, "They gave explicit consent, which sensitive information needs.");
        } else if (w.safeguarding()) {
            w.link(ART9_G_SUBSTANTIAL_PUBLIC_INTEREST, "Safeguarding is a reason of substantial public interest.");
            w.link(BuiltInProvisions.SCH1_18_SAFEGUARDING, w.reasons.contains(CHILD_AT_RISK)
                    ? "Necessary to protect a child from neglect or harm, without consent for a reason in para 18(2)."
                    : "Necessary to protect an adult at risk (all three tests in para 18(3) hold), without consent for a reason in para 18(2).");
        } else if (w.statutory()) {
            w.link(ART9_G_SUBSTANTIAL_PUBLIC_INTEREST, "Exercising a statutory function is a reason of substantial public interest.");
            w.link(BuiltInProvisions.SCH1_6_STATUTORY_PURPOSES, "Necessary for a function conferred by an enactment.");
        } else if (w.reasons.contains(PUBLIC_INTEREST) && w.crimeInterest()) {
            w.link(ART9_G_SUBSTANTIAL_PUBLIC_INTEREST, "Preventing or detecting crime is a reason of substantial public interest.");
            w.link(BuiltInProvisions.SCH1_10_UNLAWFUL_ACTS, "Necessary to prevent or detect an unlawful act, where asking for consent would prejudice that.");
        } else if (w.reasons.contains(VITAL_INTERESTS) && w.consent != Workings.ConsentStanding.REFUSED
                && w.consent != Workings.ConsentStanding.WITHDRAWN) {
            w.link(ART9_C_VITAL_INTERESTS, "Necessary to protect someone's life where consent cannot be given.");
        } else if (f.purpose().care() && f.holder().healthOrSocialCare() && !w.reliesOnConsent) {
            w.link(ART9_H_HEALTH_SOCIAL_CARE, "Necessary for the provision of health or social care.");
            w.link(BuiltInProvisions.SCH1_2_HEALTH_SOCIAL_CARE, "Health or social care purposes.");
        } else {
            w.specialWithheld = w.reliesOnConsent
                    ? "Their consent is implied, not explicit; sensitive information needs explicit consent or another Article 9 condition (003 'Consent to share information')."
                    : "No Article 9 condition with a DPA 2018 Schedule 1 condition applies, so special category information cannot be shared (004 §2; 002 §2.3).";
        }
    }

    private static void articleTen(Workings w) {
        if (w.reliesOnConsent) {
            w.link(ART10_CRIMINAL_OFFENCE, "Criminal offence data needs an Article 6 basis and a Schedule 1 condition.");
            w.link(BuiltInProvisions.SCH1_29_CONSENT, "They consented to the sharing.");
        } else if (w.safeguarding()) {
            w.link(ART10_CRIMINAL_OFFENCE, "Criminal offence data needs an Article 6 basis and a Schedule 1 condition.");
            w.link(BuiltInProvisions.SCH1_18_SAFEGUARDING, "Safeguarding a child or an adult at risk.");
            w.link(BuiltInProvisions.SCH1_36_EXTENSION, "The Part 2 safeguarding condition applies to criminal offence data without its substantial public interest test.");
        } else if (w.statutory()) {
            w.link(ART10_CRIMINAL_OFFENCE, "Criminal offence data needs an Article 6 basis and a Schedule 1 condition.");
            w.link(BuiltInProvisions.SCH1_6_STATUTORY_PURPOSES, "Necessary for a function conferred by an enactment.");
            w.link(BuiltInProvisions.SCH1_36_EXTENSION, "The Part 2 condition applies to criminal offence data.");
        } else if (w.reasons.contains(PUBLIC_INTEREST) && w.crimeInterest()) {
            w.link(ART10_CRIMINAL_OFFENCE, "Criminal offence data needs an Article 6 basis and a Schedule 1 condition.");
            w.link(BuiltInProvisions.SCH1_10_UNLAWFUL_ACTS, "Necessary to prevent or detect an unlawful act.");
            w.link(BuiltInProvisions.SCH1_36_EXTENSION, "The Part 2 condition applies to criminal offence data.");
        } else if (w.reasons.contains(VITAL_INTERESTS)) {
            w.link(ART10_CRIMINAL_OFFENCE, "Criminal offence data needs an Article 6 basis and a Schedule 1 condition.");
            w.link(BuiltInProvisions.SCH1_30_VITAL_INTERESTS, "Necessary to protect someone's life where consent cannot be given.");
        } else {
            w.criminalWithheld = "No DPA 2018 Schedule 1 condition applies to criminal offence data here (UK GDPR Art 10; 002 §2.3).";
        }
    }

    private static void partThree(Workings w, boolean sensitive) {
        w.link(BuiltInProvisions.S35_2_LAW_ENFORCEMENT, "A competent authority sharing for a law enforcement purpose (DPA 2018 s30-31).");
        w.basisSummary = "law enforcement processing by a competent authority";
        if (!sensitive) {
            return;
        }
        if (w.reliesOnConsent && w.explicitConsent) {
            w.link(BuiltInProvisions.S35_4_CONSENT, "Sensitive processing with their consent and an appropriate policy document.");
        } else if (w.safeguarding()) {
            w.link(BuiltInProvisions.S35_5_STRICTLY_NECESSARY, "Strictly necessary for the law enforcement purpose.");
            w.link(BuiltInProvisions.SCH8_4_SAFEGUARDING, "Safeguarding a child or an adult at risk (para 4(3)), without consent for a reason in para 4(2).");
        } else if (w.reasons.contains(VITAL_INTERESTS)) {
            w.link(BuiltInProvisions.S35_5_STRICTLY_NECESSARY, "Strictly necessary for the law enforcement purpose.");
            w.link(BuiltInProvisions.SCH8_3_VITAL_INTERESTS, "Necessary to protect someone's life.");
        } else if (w.statutory()) {
            w.link(BuiltInProvisions.S35_5_STRICTLY_NECESSARY, "Strictly necessary for the law enforcement purpose.");
            w.link(BuiltInProvisions.SCH8_1_STATUTORY, "Necessary for a statutory function, in the substantial public interest.");
        } else if (w.facts.publicInterest().contains(PublicInterest.ADMINISTRATION_OF_JUSTICE)) {
            w.link(BuiltInProvisions.S35_5_STRICTLY_NECESSARY, "Strictly necessary for the law enforcement purpose.");
            w.link(BuiltInProvisions.SCH8_2_JUSTICE, "Necessary for the administration of justice.");
        } else {
            w.specialWithheld = "Sensitive processing by a competent authority needs consent, or strict necessity and a Schedule 8 condition, and none applies (DPA 2018 s35; 002 §2.3).";
        }
    }

    private static void gateways(Workings w) {
        for (String code : w.gateways) {
            BuiltInProvisions.byCode(code).ifPresent(gateway -> w.link(gateway, "The statutory gateway for this sharing."));
        }
        if (w.reasons.contains(LEGAL_DUTY) && w.facts.request() != null) {
            BuiltInProvisions.byCode(w.facts.request().gatewayCode())
                    .ifPresent(gateway -> w.link(gateway, "The partnership required the information for its functions."));
        }
    }

    private static void confidence(Workings w) {
        DecisionFacts f = w.facts;
        if (!f.confidential()) {
            w.link(COMMON_LAW_CONFIDENCE, "Not confidential: no duty of confidence stands in the way (004 §6).");
            return;
        }
        if (w.reliesOnConsent) {
            w.link(COMMON_LAW_CONFIDENCE, "Met: there is no breach of confidence where the person consented to the sharing (004 §6).");
        } else if (w.reasons.contains(LEGAL_DUTY)) {
            w.link(COMMON_LAW_CONFIDENCE, "Overridden: the law requires the disclosure.");
        } else {
            StringJoiner why = new StringJoiner(", ");
            for (Workings.Reason reason : w.reasons) {
                why.add(switch (reason) {
                    case CHILD_AT_RISK -> "protecting a child from significant harm";
                    case ADULT_AT_RISK -> "protecting an adult at risk";
                    case VITAL_INTERESTS -> "protecting someone's life";
                    case PUBLIC_FUNCTION -> "a public function under statute";
                    case PUBLIC_INTEREST -> "the public interest criteria met";
                    case LEGAL_DUTY -> "a legal duty";
                    case NOT_CONFIDENTIAL -> "information not held in confidence";
                });
            }
            w.link(COMMON_LAW_CONFIDENCE, "Overridden in the public interest (" + why + "): the duty of confidence is not an absolute bar, and the disclosure is proportionate (003 'Duty of Confidence').");
            w.link(HRA1998_A8, "The interference with private and family life is in accordance with the law and necessary to protect others or prevent crime.");
        }
    }
}
