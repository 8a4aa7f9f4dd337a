package org.infoshare.decision.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.infoshare.legal.BuiltInProvisions;
import org.infoshare.legal.LegalProvision;

import static org.infoshare.decision.rules.ConditionTest.link;
import static org.infoshare.decision.rules.Ruling.step;
import static org.infoshare.legal.BuiltInProvisions.ART6_A_CONSENT;
import static org.infoshare.legal.BuiltInProvisions.ART6_C_LEGAL_OBLIGATION;
import static org.infoshare.legal.BuiltInProvisions.ART6_D_VITAL_INTERESTS;
import static org.infoshare.legal.BuiltInProvisions.ART6_E_PUBLIC_TASK;
import static org.infoshare.legal.BuiltInProvisions.ART6_F_LEGITIMATE_INTERESTS;
import static org.infoshare.legal.BuiltInProvisions.COMMON_LAW_CONFIDENCE;
import static org.infoshare.legal.BuiltInProvisions.HRA1998_A8;

/**
 * Layer 13: the lawful basis, in layers (002 §2.3; 004 §2). An Article 6 basis always; for special category data
 * an Article 9 condition with its DPA 2018 Schedule 1 condition; for criminal offence data Article 10 with a
 * Schedule 1 condition; for a competent authority's law enforcement processing, Part 3 (s35 and Schedule 8). Each
 * condition is tested on its own requirements ({@link LawfulCondition}); the first met is cited, and where none
 * is met the items of that category are withheld with what was missing. Consent is the UK GDPR basis only for an
 * organisation that relies on it (002 §2.4); otherwise it meets the duty of confidence. People who have died are
 * outside data protection law but inside the duty of confidence (002 §4.2).
 */
final class LawfulBasisPolicy {

    private static final List<LawfulCondition> UK_GDPR = List.of(ExplicitConsentCondition.INSTANCE, SafeguardingCondition.INSTANCE,
            StatutoryPurposesCondition.INSTANCE, UnlawfulActsCondition.INSTANCE, VitalInterestsCondition.INSTANCE, HealthOrSocialCareCondition.INSTANCE);
    private static final List<LawfulCondition> PART_3 = List.of(ExplicitConsentCondition.INSTANCE, SafeguardingCondition.INSTANCE,
            VitalInterestsCondition.INSTANCE, StatutoryPurposesCondition.INSTANCE, JusticeCondition.INSTANCE);

    /**
     * What layer 13 establishes.
     *
     * @param specialWithheld  why special category (or, under Part 3, sensitive) items cannot go, or null
     * @param criminalWithheld why criminal offence items cannot go, or null
     * @param summary          the basis in a few words, for the decision's summary
     */
    record LawfulBasis(List<DecisionResult.ChainLink> chain, String specialWithheld, String criminalWithheld, String summary,
                       boolean consentIsBasis) {
    }

    /** What the items need: special category, criminal offence data. */
    record Needs(boolean special, boolean criminal) {
    }

    private LawfulBasisPolicy() {
    }

    static Ruling<LawfulBasis> decide(DecisionFacts f, Confidentiality confidentiality, ConditionFacts conditions, boolean overridden, Needs needs) {
        List<DecisionResult.ChainLink> chain = new ArrayList<>(8);
        List<DecisionResult.PathStep> steps = new ArrayList<>(2);
        Reasons reasons = conditions.reasons();
        if (confidentiality == Confidentiality.NOT_PERSONAL) {
            add(chain, link(COMMON_LAW_CONFIDENCE, "The information identifies no one: it is not personal data and no duty of confidence attaches to it."));
            return Ruling.proceed(new LawfulBasis(chain, null, null, "the information identifies no one", false));
        }
        if (f.person().deceased()) {
            confidence(chain, confidentiality, conditions, overridden);
            add(chain, link(HRA1998_A8, "Sharing about someone who has died must still respect the private and family life of those close to them."));
            gateways(chain, reasons, f.request());
            return Ruling.proceed(new LawfulBasis(chain, null, null, "the duty of confidence, because the person has died", false),
                    step("What is the lawful basis?", "Outside data protection law: the person has died",
                            "The common law duty of confidence and the Human Rights Act still apply.", "002 §4.2"));
        }
        String specialWithheld = null;
        String criminalWithheld = null;
        String summary;
        if (f.holder().competentAuthority() && f.purpose().lawEnforcement()) {
            add(chain, link(BuiltInProvisions.S35_2_LAW_ENFORCEMENT, "A competent authority sharing for a law enforcement purpose (DPA 2018 s30-31)."));
            summary = "law enforcement processing by a competent authority";
            if (needs.special()) {
                specialWithheld = firstMet(chain, PART_3, c -> c.sensitiveLawEnforcement(conditions),
                        "Sensitive processing by a competent authority needs consent, or strict necessity and a Schedule 8 condition, and none applies (DPA 2018 s35; 002 §2.3).");
            }
        } else {
            summary = articleSix(chain, f, conditions);
            if (needs.special()) {
                specialWithheld = firstMet(chain, UK_GDPR, c -> c.special(conditions),
                        "No Article 9 condition with a DPA 2018 Schedule 1 condition applies, so special category information cannot be shared (004 §2; 002 §2.3).");
            }
            if (needs.criminal()) {
                criminalWithheld = firstMet(chain, UK_GDPR, c -> c.criminal(conditions),
                        "No DPA 2018 Schedule 1 condition applies to criminal offence data here (UK GDPR Art 10; 002 §2.3).");
            }
        }
        gateways(chain, reasons, f.request());
        confidence(chain, confidentiality, conditions, overridden);
        StringJoiner answer = new StringJoiner(" + ");
        chain.forEach(link -> answer.add(link.citation()));
        steps.add(step("What is the lawful basis for sharing?", answer.toString(),
                "Each layer the information needs has its basis: Article 6 always, with Article 9 and Schedule 1 for special category data and Article 10 for criminal offence data (or Part 3 for law enforcement by a competent authority), and the duty of confidence met or overridden.",
                "002 §2.3; 004 §2"));
        return Ruling.proceed(new LawfulBasis(chain, specialWithheld, criminalWithheld, summary,
                conditions.consentIsBasis() && conditions.consent().covers()), steps);
    }

    private static String articleSix(List<DecisionResult.ChainLink> chain, DecisionFacts f, ConditionFacts c) {
        Reasons reasons = c.reasons();
        if (c.consentIsBasis() && c.consent().covers()) {
            add(chain, link(ART6_A_CONSENT, "They consented to sharing for this purpose with this recipient, and your organisation relies on consent as its lawful basis."));
            return "their consent";
        }
        if (reasons.legalDuty()) {
            add(chain, link(ART6_C_LEGAL_OBLIGATION, "The law requires the information to be provided (a section 14B request for the partnership's functions)."));
            return "a legal obligation to comply with the partnership's request";
        }
        if (f.holder().publicAuthority()) {
            add(chain, link(ART6_E_PUBLIC_TASK, "Sharing is necessary for a task in the public interest or in the exercise of the organisation's official functions (DPA 2018 s8)."));
            return "a public task";
        }
        if (reasons.vitalInterests() && !reasons.safeguarding() && reasons.gateways().isEmpty() && reasons.publicInterest().isEmpty()) {
            add(chain, link(ART6_D_VITAL_INTERESTS, "Sharing is necessary to protect someone's life."));
            return "someone's vital interests";
        }
        add(chain, link(ART6_F_LEGITIMATE_INTERESTS, "As an organisation that is not a public authority, sharing is in the legitimate interest of protecting people, and that is not overridden by the person's rights here."));
        return "legitimate interests";
    }

    /** Cites the first condition met; otherwise returns why the category must be withheld, with what each relevant condition lacked. */
    private static String firstMet(List<DecisionResult.ChainLink> chain, List<LawfulCondition> conditions,
                                   java.util.function.Function<LawfulCondition, ConditionTest> test, String none) {
        StringJoiner missing = new StringJoiner(" ");
        for (LawfulCondition condition : conditions) {
            ConditionTest result = test.apply(condition);
            if (result.met()) {
                result.links().forEach(link -> add(chain, link));
                return null;
            }
            if (result.relevant()) {
                missing.add(result.reason());
            }
        }
        return missing.length() == 0 ? none : none + " " + missing;
    }

    private static void gateways(List<DecisionResult.ChainLink> chain, Reasons reasons, DecisionFacts.RequestBasis request) {
        for (LegalProvision gateway : reasons.gateways()) {
            add(chain, link(gateway, "The statutory gateway for this sharing."));
        }
        if (reasons.legalDuty() && request != null && request.gateway() != null) {
            add(chain, link(request.gateway(), "The partnership required the information for its functions."));
        }
    }

    private static void confidence(List<DecisionResult.ChainLink> chain, Confidentiality confidentiality, ConditionFacts c, boolean overridden) {
        Reasons reasons = c.reasons();
        if (confidentiality == Confidentiality.NOT_CONFIDENTIAL) {
            add(chain, link(COMMON_LAW_CONFIDENCE, "Not confidential: no duty of confidence stands in the way (004 §6)."));
            return;
        }
        if (c.consent().covers()) {
            add(chain, link(COMMON_LAW_CONFIDENCE, "Met: there is no breach of confidence where the person consented to the sharing (004 §6)."));
            return;
        }
        if (reasons.legalDuty()) {
            add(chain, link(COMMON_LAW_CONFIDENCE, "Overridden: the law requires the disclosure."));
            return;
        }
        StringJoiner why = new StringJoiner(", ");
        if (reasons.childAtRisk()) {
            why.add("protecting a child from significant harm");
        }
        if (reasons.adultAtRisk()) {
            why.add("protecting an adult at risk");
        }
        if (reasons.vitalInterests()) {
            why.add("protecting someone's life");
        }
        if (!reasons.gateways().isEmpty()) {
            why.add("a public function under statute");
        }
        if (!reasons.publicInterest().isEmpty()) {
            why.add("the public interest criteria met");
        }
        add(chain, link(COMMON_LAW_CONFIDENCE, "Overridden in the public interest (" + why + (overridden ? ", with the refusal's override justified" : "")
                + "): the duty of confidence is not an absolute bar, and the disclosure is proportionate (003 'Duty of Confidence')."));
        add(chain, link(HRA1998_A8, "Considered: the interference with private and family life is in accordance with the law and necessary to protect others or prevent crime."));
    }

    private static void add(List<DecisionResult.ChainLink> chain, DecisionResult.ChainLink link) {
        for (DecisionResult.ChainLink existing : chain) {
            if (existing.code().equals(link.code())) {
                return;
            }
        }
        chain.add(link);
    }
}
