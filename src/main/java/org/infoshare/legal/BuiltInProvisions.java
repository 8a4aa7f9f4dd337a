package org.infoshare.legal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.infoshare.directory.OrganisationType;

import static org.infoshare.legal.ProvisionKind.ARTICLE_10;
import static org.infoshare.legal.ProvisionKind.ARTICLE_6;
import static org.infoshare.legal.ProvisionKind.ARTICLE_9;
import static org.infoshare.legal.ProvisionKind.COMMON_LAW;
import static org.infoshare.legal.ProvisionKind.CONSIDERATION;
import static org.infoshare.legal.ProvisionKind.PART_3_SENSITIVE;
import static org.infoshare.legal.ProvisionKind.SCHEDULE_1;
import static org.infoshare.legal.ProvisionKind.SCHEDULE_8;
import static org.infoshare.legal.ProvisionKind.STATUTORY_GATEWAY;
import static org.infoshare.directory.OrganisationType.EDUCATION;
import static org.infoshare.directory.OrganisationType.HEALTH;
import static org.infoshare.directory.OrganisationType.LOCAL_AUTHORITY;
import static org.infoshare.directory.OrganisationType.POLICE;
import static org.infoshare.directory.OrganisationType.PROBATION;

/**
 * The catalogue that ships with infoshare (version {@value #VERSION}): every provision the source documents
 * rely on (000, 002 §2.3 and Appendix C, 003 "Legal Framework", 004 §2 and §8). Codes are stable: agreements
 * and decisions store them, so a code is never reused for a different provision.
 */
public final class BuiltInProvisions {

    /**
     * Release 2 names the bodies each gateway empowers and makes HRA Art 8 and MCA 2005 considerations (ADR 0021);
     * release 3 adds the public disclosure schemes the police run (004 §8.3, §8.6; ADR 0094).
     */
    public static final int VERSION = 3;

    // UK GDPR Article 6(1)
    public static final LegalProvision ART6_A_CONSENT = p("UKGDPR-A6-1A", ARTICLE_6, "UK GDPR Art 6(1)(a)", "Consent",
            "The data subject has given consent to the processing for one or more specific purposes.");
    public static final LegalProvision ART6_B_CONTRACT = p("UKGDPR-A6-1B", ARTICLE_6, "UK GDPR Art 6(1)(b)", "Contract",
            "Processing is necessary for a contract with the data subject.");
    public static final LegalProvision ART6_C_LEGAL_OBLIGATION = p("UKGDPR-A6-1C", ARTICLE_6, "UK GDPR Art 6(1)(c)", "Legal obligation",
            "Processing is necessary to comply with a legal obligation of the controller.");
    public static final LegalProvision ART6_D_VITAL_INTERESTS = p("UKGDPR-A6-1D", ARTICLE_6, "UK GDPR Art 6(1)(d)", "Vital interests",
            "Processing is necessary to protect the vital interests of the data subject or another person.");
    public static final LegalProvision ART6_E_PUBLIC_TASK = p("UKGDPR-A6-1E", ARTICLE_6, "UK GDPR Art 6(1)(e)", "Public task",
            "Processing is necessary for a task in the public interest or in the exercise of official authority (with DPA 2018 s8).");
    public static final LegalProvision ART6_F_LEGITIMATE_INTERESTS = p("UKGDPR-A6-1F", ARTICLE_6, "UK GDPR Art 6(1)(f)", "Legitimate interests",
            "Processing is necessary for legitimate interests, not overridden by the data subject's rights; not for public authorities' tasks.");

    // UK GDPR Article 9(2)
    public static final LegalProvision ART9_A_EXPLICIT_CONSENT = p("UKGDPR-A9-2A", ARTICLE_9, "UK GDPR Art 9(2)(a)", "Explicit consent",
            "The data subject has given explicit consent for one or more specified purposes.");
    public static final LegalProvision ART9_B_EMPLOYMENT_SOCIAL_PROTECTION = p("UKGDPR-A9-2B", ARTICLE_9, "UK GDPR Art 9(2)(b)", "Employment, social security and social protection",
            "Necessary for obligations or rights in employment, social security and social protection law (with DPA Sch 1 Part 1).");
    public static final LegalProvision ART9_C_VITAL_INTERESTS = p("UKGDPR-A9-2C", ARTICLE_9, "UK GDPR Art 9(2)(c)", "Vital interests",
            "Necessary to protect vital interests where the data subject is physically or legally incapable of giving consent.");
    public static final LegalProvision ART9_D_NOT_FOR_PROFIT = p("UKGDPR-A9-2D", ARTICLE_9, "UK GDPR Art 9(2)(d)", "Not-for-profit bodies",
            "Processing by a not-for-profit body about its members or regular contacts, not disclosed outside without consent.");
    public static final LegalProvision ART9_E_MADE_PUBLIC = p("UKGDPR-A9-2E", ARTICLE_9, "UK GDPR Art 9(2)(e)", "Made public by the data subject",
            "The data subject has manifestly made the data public.");
    public static final LegalProvision ART9_F_LEGAL_CLAIMS = p("UKGDPR-A9-2F", ARTICLE_9, "UK GDPR Art 9(2)(f)", "Legal claims and judicial acts",
            "Necessary for legal claims or whenever courts act in their judicial capacity.");
    public static final LegalProvision ART9_G_SUBSTANTIAL_PUBLIC_INTEREST = p("UKGDPR-A9-2G", ARTICLE_9, "UK GDPR Art 9(2)(g)", "Substantial public interest",
            "Necessary for reasons of substantial public interest; needs a DPA 2018 Schedule 1 Part 2 condition (s10(3)).");
    public static final LegalProvision ART9_H_HEALTH_SOCIAL_CARE = p("UKGDPR-A9-2H", ARTICLE_9, "UK GDPR Art 9(2)(h)", "Health or social care",
            "Necessary for medicine, diagnosis, health or social care or their management; needs DPA Sch 1 Part 1 para 2.");
    public static final LegalProvision ART9_I_PUBLIC_HEALTH = p("UKGDPR-A9-2I", ARTICLE_9, "UK GDPR Art 9(2)(i)", "Public health",
            "Necessary for reasons of public interest in public health; needs DPA Sch 1 Part 1 para 3.");
    public static final LegalProvision ART9_J_ARCHIVING_RESEARCH = p("UKGDPR-A9-2J", ARTICLE_9, "UK GDPR Art 9(2)(j)", "Archiving, research and statistics",
            "Necessary for archiving in the public interest, research or statistics; needs DPA Sch 1 Part 1 para 4.");

    // DPA 2018 Schedule 1
    public static final LegalProvision SCH1_1_EMPLOYMENT = p("DPA18-S1-1", SCHEDULE_1, "DPA 2018 Sch 1 Part 1 para 1", "Employment, social security and social protection",
            "Condition for Art 9(2)(b) processing.");
    public static final LegalProvision SCH1_2_HEALTH_SOCIAL_CARE = p("DPA18-S1-2", SCHEDULE_1, "DPA 2018 Sch 1 Part 1 para 2", "Health or social care purposes",
            "Necessary for health or social care purposes, including the provision of social care (para 2(2)(e)).");
    public static final LegalProvision SCH1_3_PUBLIC_HEALTH = p("DPA18-S1-3", SCHEDULE_1, "DPA 2018 Sch 1 Part 1 para 3", "Public health",
            "Necessary for reasons of public interest in public health, by or under a health professional.");
    public static final LegalProvision SCH1_4_RESEARCH = p("DPA18-S1-4", SCHEDULE_1, "DPA 2018 Sch 1 Part 1 para 4", "Research etc",
            "Necessary for archiving, research or statistics in the public interest.");
    public static final LegalProvision SCH1_6_STATUTORY_PURPOSES = p("DPA18-S1-6", SCHEDULE_1, "DPA 2018 Sch 1 Part 2 para 6", "Statutory and government purposes",
            "Necessary for a function conferred by an enactment or rule of law, and for reasons of substantial public interest.");
    public static final LegalProvision SCH1_7_JUSTICE = p("DPA18-S1-7", SCHEDULE_1, "DPA 2018 Sch 1 Part 2 para 7", "Administration of justice and parliamentary purposes",
            "Necessary for the administration of justice or a function of either House of Parliament.");
    public static final LegalProvision SCH1_8_EQUALITY = p("DPA18-S1-8", SCHEDULE_1, "DPA 2018 Sch 1 Part 2 para 8", "Equality of opportunity or treatment",
            "Necessary to identify or keep under review equality of opportunity or treatment.");
    public static final LegalProvision SCH1_10_UNLAWFUL_ACTS = p("DPA18-S1-10", SCHEDULE_1, "DPA 2018 Sch 1 Part 2 para 10", "Preventing or detecting unlawful acts",
            "Necessary to prevent or detect an unlawful act, where asking for consent would prejudice that purpose.");
    public static final LegalProvision SCH1_11_PROTECTING_PUBLIC = p("DPA18-S1-11", SCHEDULE_1, "DPA 2018 Sch 1 Part 2 para 11", "Protecting the public",
            "Necessary to protect the public against dishonesty, malpractice or other seriously improper conduct.");
    public static final LegalProvision SCH1_12_REGULATORY = p("DPA18-S1-12", SCHEDULE_1, "DPA 2018 Sch 1 Part 2 para 12", "Regulatory requirements",
            "Necessary to comply with a regulatory requirement about unlawful acts or dishonesty.");
    public static final LegalProvision SCH1_14_FRAUD = p("DPA18-S1-14", SCHEDULE_1, "DPA 2018 Sch 1 Part 2 para 14", "Preventing fraud",
            "Disclosure through an anti-fraud organisation, necessary to prevent fraud.");
    public static final LegalProvision SCH1_16_DISABILITY_SUPPORT = p("DPA18-S1-16", SCHEDULE_1, "DPA 2018 Sch 1 Part 2 para 16", "Support for individuals with a disability or medical condition",
            "Processing by a not-for-profit body providing support to individuals with a disability or medical condition.");
    public static final LegalProvision SCH1_17_COUNSELLING = p("DPA18-S1-17", SCHEDULE_1, "DPA 2018 Sch 1 Part 2 para 17", "Counselling",
            "Necessary to provide confidential counselling, advice or support, where consent cannot or should not be sought.");
    public static final LegalProvision SCH1_18_SAFEGUARDING = p("DPA18-S1-18", SCHEDULE_1, "DPA 2018 Sch 1 Part 2 para 18", "Safeguarding of children and of individuals at risk",
            "Necessary to protect a child, or an adult at risk (para 18(3)), from neglect or harm, without consent for a reason in para 18(2), in the substantial public interest.");
    public static final LegalProvision SCH1_19_ECONOMIC_WELLBEING = p("DPA18-S1-19", SCHEDULE_1, "DPA 2018 Sch 1 Part 2 para 19", "Safeguarding of economic well-being",
            "Necessary to protect the economic well-being of an individual aged 18 or over at economic risk.");
    public static final LegalProvision SCH1_29_CONSENT = p("DPA18-S1-29", SCHEDULE_1, "DPA 2018 Sch 1 Part 3 para 29", "Consent (criminal offence data)",
            "The data subject has consented to the processing of criminal offence data.");
    public static final LegalProvision SCH1_30_VITAL_INTERESTS = p("DPA18-S1-30", SCHEDULE_1, "DPA 2018 Sch 1 Part 3 para 30", "Vital interests (criminal offence data)",
            "Necessary to protect vital interests where the data subject cannot give consent.");
    public static final LegalProvision SCH1_32_PUBLIC_DOMAIN = p("DPA18-S1-32", SCHEDULE_1, "DPA 2018 Sch 1 Part 3 para 32", "Data in the public domain",
            "The data has manifestly been made public by the data subject.");
    public static final LegalProvision SCH1_33_LEGAL_CLAIMS = p("DPA18-S1-33", SCHEDULE_1, "DPA 2018 Sch 1 Part 3 para 33", "Legal claims",
            "Necessary for legal proceedings, legal advice or establishing, exercising or defending legal rights.");
    public static final LegalProvision SCH1_36_EXTENSION = p("DPA18-S1-36", SCHEDULE_1, "DPA 2018 Sch 1 Part 3 para 36", "Extension of Part 2 conditions",
            "Criminal offence data may be processed under a Part 2 condition without its substantial-public-interest test.");

    // UK GDPR Article 10
    public static final LegalProvision ART10_CRIMINAL_OFFENCE = p("UKGDPR-A10", ARTICLE_10, "UK GDPR Art 10 with DPA 2018 s10(5)", "Criminal offence data",
            "Criminal convictions and offences data, under official authority or authorised by law: needs an Art 6 basis and a DPA Sch 1 condition.");

    // DPA 2018 Part 3 (competent authorities, law enforcement purposes)
    public static final LegalProvision S35_2_LAW_ENFORCEMENT = p("DPA18-S35-2", PART_3_SENSITIVE, "DPA 2018 s35(2)", "Law enforcement processing",
            "Lawful law enforcement processing by a competent authority: based on law, and with consent or necessary for a law enforcement task.");
    public static final LegalProvision S35_4_CONSENT = p("DPA18-S35-4", PART_3_SENSITIVE, "DPA 2018 s35(4)", "Sensitive processing with consent",
            "Sensitive processing with the data subject's consent and an appropriate policy document.");
    public static final LegalProvision S35_5_STRICTLY_NECESSARY = p("DPA18-S35-5", PART_3_SENSITIVE, "DPA 2018 s35(5)", "Sensitive processing, strictly necessary",
            "Sensitive processing strictly necessary for the law enforcement purpose, meeting a Schedule 8 condition, with an appropriate policy document.");

    // DPA 2018 Schedule 8
    public static final LegalProvision SCH8_1_STATUTORY = p("DPA18-S8-1", SCHEDULE_8, "DPA 2018 Sch 8 para 1", "Statutory etc purposes",
            "Necessary for a function conferred by an enactment or rule of law, and for reasons of substantial public interest.");
    public static final LegalProvision SCH8_2_JUSTICE = p("DPA18-S8-2", SCHEDULE_8, "DPA 2018 Sch 8 para 2", "Administration of justice",
            "Necessary for the administration of justice.");
    public static final LegalProvision SCH8_3_VITAL_INTERESTS = p("DPA18-S8-3", SCHEDULE_8, "DPA 2018 Sch 8 para 3", "Protecting individual's vital interests",
            "Necessary to protect the vital interests of the data subject or another individual.");
    public static final LegalProvision SCH8_4_SAFEGUARDING = p("DPA18-S8-4", SCHEDULE_8, "DPA 2018 Sch 8 para 4", "Safeguarding of children and of individuals at risk",
            "Necessary to protect a child, or an adult at risk (para 4(3)), without consent for a reason in para 4(2), in the substantial public interest.");
    public static final LegalProvision SCH8_5_PUBLIC_DOMAIN = p("DPA18-S8-5", SCHEDULE_8, "DPA 2018 Sch 8 para 5", "Personal data already in the public domain",
            "The data has manifestly been made public by the data subject.");
    public static final LegalProvision SCH8_6_LEGAL_CLAIMS = p("DPA18-S8-6", SCHEDULE_8, "DPA 2018 Sch 8 para 6", "Legal claims",
            "Necessary for legal proceedings, legal advice or legal rights.");
    public static final LegalProvision SCH8_7_JUDICIAL_ACTS = p("DPA18-S8-7", SCHEDULE_8, "DPA 2018 Sch 8 para 7", "Judicial acts",
            "Necessary when a court or tribunal acts in its judicial capacity.");
    public static final LegalProvision SCH8_8_FRAUD = p("DPA18-S8-8", SCHEDULE_8, "DPA 2018 Sch 8 para 8", "Preventing fraud",
            "Disclosure through an anti-fraud organisation, necessary to prevent fraud.");
    public static final LegalProvision SCH8_9_ARCHIVING = p("DPA18-S8-9", SCHEDULE_8, "DPA 2018 Sch 8 para 9", "Archiving etc",
            "Necessary for archiving in the public interest, research or statistics.");

    // Statutory gateways (003 "Legal Framework", 004 §6-8, 002 Appendix C), each with the kinds of body it empowers
    public static final LegalProvision CA1989_S17 = g("CA1989-S17", "Children Act 1989 s17", "Children in need",
            "A local authority's duty to safeguard and promote the welfare of children in need in its area; other authorities help it when asked (s27).",
            LOCAL_AUTHORITY, HEALTH, EDUCATION);
    public static final LegalProvision CA1989_S47 = g("CA1989-S47", "Children Act 1989 s47", "Child protection enquiries",
            "A local authority's duty to make enquiries where a child is suffering, or likely to suffer, significant harm; named bodies must assist (s47(9)-(11)).",
            LOCAL_AUTHORITY, HEALTH, EDUCATION);
    public static final LegalProvision CA2004_S10 = g("CA2004-S10", "Children Act 2004 s10", "Co-operation to improve well-being",
            "Relevant partners must co-operate to improve the well-being of children: a permissive gateway for sharing, for named public bodies only (not charities or private providers).",
            LOCAL_AUTHORITY, POLICE, HEALTH, EDUCATION, PROBATION);
    public static final LegalProvision CA2004_S11 = g("CA2004-S11", "Children Act 2004 s11", "Arrangements to safeguard and promote welfare",
            "Specified agencies must discharge their functions having regard to the need to safeguard and promote children's welfare (not charities or private providers).",
            LOCAL_AUTHORITY, POLICE, HEALTH, PROBATION);
    public static final LegalProvision CA2004_S14B = g("CA2004-S14B", "Children Act 2004 s14B", "Safeguarding partnership requests for information",
            "The safeguarding partnership may require any person or body to provide information for its functions; a request for those functions must be complied with.",
            OrganisationType.values());
    public static final LegalProvision CDA1998_S115 = g("CDA1998-S115", "Crime and Disorder Act 1998 s115", "Disclosure for crime and disorder purposes",
            "Any person may disclose to police, local authorities, probation or health bodies where necessary or expedient for the Act's purposes.",
            OrganisationType.values());
    public static final LegalProvision DEA2017_P5 = g("DEA2017-P5", "Digital Economy Act 2017 Part 5", "Public service delivery",
            "Sharing between specified public authorities for specified objectives, including the Supporting Families programme, under its codes of practice.",
            LOCAL_AUTHORITY, POLICE, HEALTH, EDUCATION, PROBATION);
    public static final LegalProvision CARE2014_S42 = g("CARE2014-S42", "Care Act 2014 s42", "Adult safeguarding enquiries",
            "A local authority's duty to make enquiries where an adult with care and support needs is at risk of abuse or neglect, with its relevant partners (s6-7).",
            LOCAL_AUTHORITY, POLICE, HEALTH, PROBATION);
    public static final LegalProvision CARE2014_S45 = g("CARE2014-S45", "Care Act 2014 s45", "Safeguarding Adults Board requests",
            "A Safeguarding Adults Board may require any person or body to supply information to enable or assist it to perform its functions.",
            OrganisationType.values());
    public static final LegalProvision CSWA2017 = g("CSWA2017", "Children and Social Work Act 2017", "Children and social work",
            "Corporate parenting principles and local safeguarding arrangements between the safeguarding partners (local authority, police, health).",
            LOCAL_AUTHORITY, POLICE, HEALTH);
    public static final LegalProvision CTSA2015_S26 = g("CTSA2015-S26", "Counter-Terrorism and Security Act 2015 s26", "Prevent duty",
            "Specified authorities (councils, schools, police, probation, NHS trusts) must have due regard to the need to prevent people from being drawn into terrorism.",
            LOCAL_AUTHORITY, EDUCATION, POLICE, PROBATION, HEALTH);
    public static final LegalProvision PCSCA2022_S16 = g("PCSCA2022-S16", "Police, Crime, Sentencing and Courts Act 2022 s16", "Serious violence duty: disclosure",
            "Specified authorities, local policing bodies and educational authorities may disclose to each other for the serious violence duty; health and social care authorities are excepted.",
            POLICE, PROBATION, LOCAL_AUTHORITY, EDUCATION);
    public static final LegalProvision PCSCA2022_S17 = g("PCSCA2022-S17", "Police, Crime, Sentencing and Courts Act 2022 s17", "Serious violence duty: requests",
            "Local policing bodies may request information from specified and educational authorities for the serious violence duty (with restrictions on patient information).",
            POLICE, PROBATION, LOCAL_AUTHORITY, EDUCATION);
    public static final LegalProvision HSCA2012_S251B = g("HSCA2012-S251B", "Health and Social Care Act 2012 s251B (as amended 2015)", "Duty to share information",
            "Health and adult social care commissioners and providers must share information to facilitate care in a person's best interests, unless they object.",
            HEALTH, LOCAL_AUTHORITY);
    public static final LegalProvision CJA2003 = g("CJA2003", "Criminal Justice Act 2003", "MAPPA co-operation",
            "The responsible authority (police, probation, prisons) and the bodies with a duty to co-operate in multi-agency public protection arrangements.",
            POLICE, PROBATION, LOCAL_AUTHORITY, HEALTH, EDUCATION);
    public static final LegalProvision PACE1984 = g("PACE1984", "Police and Criminal Evidence Act 1984", "Police powers and codes of practice",
            "The basis for many police actions relating to safeguarding.", POLICE);
    public static final LegalProvision PCA2009 = g("PCA2009", "Policing and Crime Act 2009", "Safeguarding vulnerable groups",
            "Provisions around safeguarding vulnerable groups, among other measures.", POLICE, LOCAL_AUTHORITY);

    public static final LegalProvision DVDS = g("DVDS", "Domestic Violence Disclosure Scheme", "Right to ask and right to know",
            "The police may disclose to someone at risk, or a person in a position to safeguard them, a partner's convictions for violence or behaviour that indicates a risk of harm.",
            POLICE);
    public static final LegalProvision CSODS = g("CSODS", "Child Sex Offender Disclosure Scheme", "Disclosure to protect a child",
            "The police may disclose, in confidence and in person, to the person most able to protect a child, a record of child sexual offences or a risk to the child.",
            POLICE);

    // Considerations: law every share must respect that gives no power to share (003, 004 §8.4)
    public static final LegalProvision HRA1998_A8 = p("HRA1998-A8", CONSIDERATION, "Human Rights Act 1998, Article 8", "Right to respect for private and family life",
            "Interference only as is in accordance with the law and necessary, for example to protect others or to prevent crime.");
    public static final LegalProvision MCA2005 = p("MCA2005", CONSIDERATION, "Mental Capacity Act 2005", "Best interests",
            "Decisions for a person who lacks capacity, including sharing without consent, must be made in their best interests.");

    // Common law
    public static final LegalProvision COMMON_LAW_CONFIDENCE = p("CL-CONFIDENCE", COMMON_LAW, "Common law duty of confidence", "Duty of confidence",
            "Confidential information may be shared with consent, where required by law, or where the public interest outweighs the duty.");
    public static final LegalProvision COMMON_LAW_POLICING = p("CL-POLICING", COMMON_LAW, "Common law policing powers", "Police common law powers",
            "The police's common law power to disclose information for the prevention, detection and reduction of crime.");

    private static final Map<String, LegalProvision> BY_CODE = new LinkedHashMap<>();

    static {
        for (java.lang.reflect.Field field : BuiltInProvisions.class.getDeclaredFields()) {
            if (field.getType() == LegalProvision.class) {
                try {
                    LegalProvision provision = (LegalProvision) field.get(null);
                    if (BY_CODE.put(provision.code(), provision) != null) {
                        throw new ExceptionInInitializerError("Duplicate provision code " + provision.code());
                    }
                } catch (IllegalAccessException e) {
                    throw new ExceptionInInitializerError(e);
                }
            }
        }
    }

    private BuiltInProvisions() {
    }

    public static List<LegalProvision> all() {
        return List.copyOf(BY_CODE.values());
    }

    public static Optional<LegalProvision> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    public static List<LegalProvision> ofKind(ProvisionKind kind) {
        return BY_CODE.values().stream().filter(p -> p.kind() == kind).toList();
    }

    private static LegalProvision p(String code, ProvisionKind kind, String citation, String title, String summary) {
        return new LegalProvision(code, kind, citation, title, summary);
    }

    private static LegalProvision g(String code, String citation, String title, String summary, OrganisationType... holders) {
        return new LegalProvision(code, STATUTORY_GATEWAY, citation, title, summary, Set.of(holders));
    }
}
