package org.infoshare.agreement.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.infoshare.agreement.AgreementDocument;
import org.infoshare.agreement.AgreementDocument.LawfulBasis;
import org.infoshare.legal.BuiltInProvisions;
import org.infoshare.legal.DataCategory;
import org.infoshare.legal.LegalProvision;
import org.infoshare.legal.ProvisionKind;
import org.infoshare.shared.problem.Violation;

/**
 * Whether an agreement's lawful basis covers every layer its data needs (002 §2.3): a UK GDPR Article 6
 * basis always; for special category items an Article 9 condition with the DPA 2018 Schedule 1 condition
 * that goes with it (s10); for criminal offence items Article 10 with a Schedule 1 condition (s10(5)); where a
 * party is a competent authority, DPA 2018 s35 for sensitive processing, with Schedule 8 when it rests on
 * strict necessity. Every code cited must be a provision in the catalogue, in the layer it is cited in, once.
 * One of the activation rules ({@link ActivationRules}).
 */
public final class LawfulBasisRules {

    /** Rule names, stable for API clients (the activation rules use the same names). */
    public static final String UNKNOWN_PROVISION = "unknown-provision";
    public static final String WRONG_LAYER = "wrong-layer";
    public static final String DUPLICATE = "duplicate";
    public static final String ARTICLE_6_REQUIRED = "article-6-basis";
    public static final String SPECIAL_CATEGORY_CONDITION = "special-category-condition";
    public static final String SCHEDULE_1_CONDITION = "schedule-1-condition";
    public static final String CRIMINAL_OFFENCE_BASIS = "criminal-offence-basis";
    public static final String PART_3_SENSITIVE = "part-3-sensitive-processing";
    public static final String SCHEDULE_8_CONDITION = "schedule-8-condition";

    /** Article 9 conditions that need a DPA 2018 Schedule 1 condition (s10), and which ones fit. */
    private static final Map<String, Set<String>> ARTICLE_9_NEEDS = Map.of(
            BuiltInProvisions.ART9_B_EMPLOYMENT_SOCIAL_PROTECTION.code(), Set.of(BuiltInProvisions.SCH1_1_EMPLOYMENT.code()),
            BuiltInProvisions.ART9_G_SUBSTANTIAL_PUBLIC_INTEREST.code(), Set.of(
                    BuiltInProvisions.SCH1_6_STATUTORY_PURPOSES.code(), BuiltInProvisions.SCH1_7_JUSTICE.code(),
                    BuiltInProvisions.SCH1_8_EQUALITY.code(), BuiltInProvisions.SCH1_10_UNLAWFUL_ACTS.code(),
                    BuiltInProvisions.SCH1_11_PROTECTING_PUBLIC.code(), BuiltInProvisions.SCH1_12_REGULATORY.code(),
                    BuiltInProvisions.SCH1_14_FRAUD.code(), BuiltInProvisions.SCH1_16_DISABILITY_SUPPORT.code(),
                    BuiltInProvisions.SCH1_17_COUNSELLING.code(), BuiltInProvisions.SCH1_18_SAFEGUARDING.code(),
                    BuiltInProvisions.SCH1_19_ECONOMIC_WELLBEING.code()),
            BuiltInProvisions.ART9_H_HEALTH_SOCIAL_CARE.code(), Set.of(BuiltInProvisions.SCH1_2_HEALTH_SOCIAL_CARE.code()),
            BuiltInProvisions.ART9_I_PUBLIC_HEALTH.code(), Set.of(BuiltInProvisions.SCH1_3_PUBLIC_HEALTH.code()),
            BuiltInProvisions.ART9_J_ARCHIVING_RESEARCH.code(), Set.of(BuiltInProvisions.SCH1_4_RESEARCH.code()));
    private static final Set<String> ARTICLE_9_STANDALONE = Set.of(
            BuiltInProvisions.ART9_A_EXPLICIT_CONSENT.code(), BuiltInProvisions.ART9_C_VITAL_INTERESTS.code(),
            BuiltInProvisions.ART9_D_NOT_FOR_PROFIT.code(), BuiltInProvisions.ART9_E_MADE_PUBLIC.code(),
            BuiltInProvisions.ART9_F_LEGAL_CLAIMS.code());
    private static final String S35_CONSENT = BuiltInProvisions.S35_4_CONSENT.code();
    private static final String S35_STRICTLY_NECESSARY = BuiltInProvisions.S35_5_STRICTLY_NECESSARY.code();

    private LawfulBasisRules() {
    }

    /**
     * Every violation of the layers of lawful basis, in the order of the layers.
     *
     * @param catalogue the legal catalogue in force, by code
     */
    public static List<Violation> check(AgreementDocument d, Map<String, LegalProvision> catalogue) {
        List<Violation> v = new ArrayList<>();
        LawfulBasis basis = d.lawfulBasis();
        layer(v, "lawfulBasis.article6", basis.article6(), ProvisionKind.ARTICLE_6, catalogue);
        layer(v, "lawfulBasis.article9", basis.article9(), ProvisionKind.ARTICLE_9, catalogue);
        layer(v, "lawfulBasis.specialCategoryConditions", basis.specialCategoryConditions(), ProvisionKind.SCHEDULE_1, catalogue);
        layer(v, "lawfulBasis.article10", basis.article10(), ProvisionKind.ARTICLE_10, catalogue);
        layer(v, "lawfulBasis.criminalOffenceConditions", basis.criminalOffenceConditions(), ProvisionKind.SCHEDULE_1, catalogue);
        layer(v, "lawfulBasis.section35", basis.section35(), ProvisionKind.PART_3_SENSITIVE, catalogue);
        layer(v, "lawfulBasis.schedule8", basis.schedule8(), ProvisionKind.SCHEDULE_8, catalogue);
        layer(v, "lawfulBasis.statutoryGateways", basis.statutoryGateways(), ProvisionKind.STATUTORY_GATEWAY, catalogue);
        layer(v, "lawfulBasis.commonLaw", basis.commonLaw(), ProvisionKind.COMMON_LAW, catalogue);

        if (basis.article6().stream().noneMatch(code -> inLayer(code, ProvisionKind.ARTICLE_6, catalogue))) {
            v.add(new Violation("lawfulBasis.article6", ARTICLE_6_REQUIRED,
                    "Choose at least one UK GDPR Article 6 lawful basis: every sharing needs one (002 §2.3)"));
        }
        boolean special = d.hasCategory(DataCategory.SPECIAL_CATEGORY);
        if (special && basis.article9().stream().noneMatch(code -> inLayer(code, ProvisionKind.ARTICLE_9, catalogue))) {
            v.add(new Violation("lawfulBasis.article9", SPECIAL_CATEGORY_CONDITION,
                    "The agreement covers special category items (" + itemCodes(d, DataCategory.SPECIAL_CATEGORY)
                            + "): choose a UK GDPR Article 9 condition"));
        }
        if (special) {
            for (String article9 : basis.article9()) {
                if (!inLayer(article9, ProvisionKind.ARTICLE_9, catalogue) || ARTICLE_9_STANDALONE.contains(article9)) {
                    continue;
                }
                Set<String> fits = ARTICLE_9_NEEDS.get(article9);
                boolean met = basis.specialCategoryConditions().stream()
                        .filter(code -> inLayer(code, ProvisionKind.SCHEDULE_1, catalogue))
                        .anyMatch(code -> fits == null || fits.contains(code) || BuiltInProvisions.byCode(code).isEmpty());
                if (!met) {
                    v.add(new Violation("lawfulBasis.specialCategoryConditions", SCHEDULE_1_CONDITION,
                            citation(article9, catalogue) + " needs a DPA 2018 Schedule 1 condition that goes with it (DPA 2018 s10)"
                                    + (fits == null ? "" : ": one of " + citations(fits, catalogue))));
                }
            }
        }
        if (d.hasCategory(DataCategory.CRIMINAL_OFFENCE)) {
            if (basis.article10().stream().noneMatch(code -> inLayer(code, ProvisionKind.ARTICLE_10, catalogue))) {
                v.add(new Violation("lawfulBasis.article10", CRIMINAL_OFFENCE_BASIS,
                        "The agreement covers criminal offence items (" + itemCodes(d, DataCategory.CRIMINAL_OFFENCE)
                                + "): cite UK GDPR Article 10"));
            }
            if (basis.criminalOffenceConditions().stream().noneMatch(code -> inLayer(code, ProvisionKind.SCHEDULE_1, catalogue))) {
                v.add(new Violation("lawfulBasis.criminalOffenceConditions", SCHEDULE_1_CONDITION,
                        "Criminal offence items need a DPA 2018 Schedule 1 condition (DPA 2018 s10(5))"));
            }
        }
        List<String> competent = d.parties().stream()
                .filter(p -> p != null && p.competentAuthority())
                .map(p -> String.valueOf(d.parties().indexOf(p) + 1)).toList();
        if (special && !competent.isEmpty()) {
            boolean consent = basis.section35().contains(S35_CONSENT);
            boolean strictlyNecessary = basis.section35().contains(S35_STRICTLY_NECESSARY);
            boolean otherSensitive = basis.section35().stream()
                    .anyMatch(code -> inLayer(code, ProvisionKind.PART_3_SENSITIVE, catalogue) && BuiltInProvisions.byCode(code).isEmpty());
            if (!consent && !strictlyNecessary && !otherSensitive) {
                v.add(new Violation("lawfulBasis.section35", PART_3_SENSITIVE,
                        "Party " + String.join(", ", competent) + " is a competent authority and the agreement covers sensitive items:"
                                + " cite DPA 2018 s35(4) (consent) or s35(5) (strictly necessary) for law enforcement sensitive processing"));
            }
            if (strictlyNecessary && basis.schedule8().stream().noneMatch(code -> inLayer(code, ProvisionKind.SCHEDULE_8, catalogue))) {
                v.add(new Violation("lawfulBasis.schedule8", SCHEDULE_8_CONDITION,
                        "DPA 2018 s35(5) needs a Schedule 8 condition (for example para 4, safeguarding of children and individuals at risk)"));
            }
        }
        return v;
    }

    private static void layer(List<Violation> v, String path, List<String> codes, ProvisionKind kind, Map<String, LegalProvision> catalogue) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String at = path + "[" + i + "]";
            LegalProvision provision = code == null ? null : catalogue.get(code);
            if (provision == null) {
                v.add(new Violation(at, UNKNOWN_PROVISION, "'" + code + "' is not a provision in the legal catalogue"));
            } else if (provision.kind() != kind && !(kind == ProvisionKind.COMMON_LAW && provision.kind() == ProvisionKind.CONSIDERATION)) {
                v.add(new Violation(at, WRONG_LAYER, provision.citation() + " is " + article(provision.kind().label())
                        + ", not " + article(kind.label())));
            } else if (!seen.add(code)) {
                v.add(new Violation(at, DUPLICATE, provision.citation() + " is cited twice"));
            }
        }
    }

    private static boolean inLayer(String code, ProvisionKind kind, Map<String, LegalProvision> catalogue) {
        LegalProvision provision = code == null ? null : catalogue.get(code);
        return provision != null && provision.kind() == kind;
    }

    private static String citation(String code, Map<String, LegalProvision> catalogue) {
        LegalProvision provision = catalogue.get(code);
        return provision == null ? code : provision.citation();
    }

    private static String citations(Set<String> codes, Map<String, LegalProvision> catalogue) {
        return codes.stream().sorted(LawfulBasisRules::byParagraph).map(code -> citation(code, catalogue)).reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static int byParagraph(String a, String b) {
        return Integer.compare(paragraph(a), paragraph(b));
    }

    private static int paragraph(String code) {
        try {
            return Integer.parseInt(code.substring(code.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static String itemCodes(AgreementDocument d, DataCategory category) {
        return String.join(", ", d.dataItems().stream().filter(i -> i != null && i.category() == category)
                .map(i -> (i.code() == null || i.code().isBlank()) ? String.valueOf(i.name()) : i.code()).toList());
    }

    private static String article(String label) {
        return "a " + label;
    }
}
