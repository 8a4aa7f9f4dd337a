package org.infoshare.rights.rules;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.infoshare.rights.rules.RightKind.ACCESS;
import static org.infoshare.rights.rules.RightKind.AUTOMATED_DECISION;
import static org.infoshare.rights.rules.RightKind.ERASURE;
import static org.infoshare.rights.rules.RightKind.OBJECTION;
import static org.infoshare.rights.rules.RightKind.PORTABILITY;
import static org.infoshare.rights.rules.RightKind.RECTIFICATION;
import static org.infoshare.rights.rules.RightKind.RESTRICTION;

/**
 * The exemptions (DPA 2018 Sch 2–3) and refusal grounds (UK GDPR) a rights decision may rely on, as stable
 * codes. A refusal or a partial grant names at least one that applies to the right asked for; an item withheld
 * from a subject access bundle names the one it is withheld under. The code is what is stored and compared;
 * the words are for people.
 *
 * @param withholdsItems whether it justifies withholding particular items of a bundle (rather than refusing the request)
 */
public enum Exemption {
    CRIME_AND_TAXATION("DPA 2018 Sch 2 para 2", "Prevention or detection of crime, or apprehension or prosecution of offenders",
            true, EnumSet.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, PORTABILITY, OBJECTION)),
    LAW_ENFORCEMENT_RESTRICTION("DPA 2018 s45(4)", "Restriction for a competent authority: avoiding prejudice to an investigation, prevention or detection of crime, public or national security, or the rights of others",
            true, EnumSet.of(ACCESS)),
    LEGAL_PROCEEDINGS("DPA 2018 Sch 2 para 5", "Disclosure required by law or in connection with legal proceedings",
            true, EnumSet.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, PORTABILITY, OBJECTION)),
    PROTECTION_OF_THE_PUBLIC("DPA 2018 Sch 2 para 7", "Functions designed to protect the public",
            true, EnumSet.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, PORTABILITY, OBJECTION)),
    THIRD_PARTY("DPA 2018 Sch 2 para 16", "Information about another person who has not consented and whom it would not be reasonable to identify",
            true, EnumSet.of(ACCESS)),
    LEGAL_PROFESSIONAL_PRIVILEGE("DPA 2018 Sch 2 para 19", "Legal professional privilege",
            true, EnumSet.of(ACCESS)),
    CONFIDENTIAL_REFERENCE("DPA 2018 Sch 2 para 24", "A confidential reference",
            true, EnumSet.of(ACCESS)),
    HEALTH_SERIOUS_HARM("DPA 2018 Sch 3 para 5", "Health information: disclosure would be likely to cause serious harm to the physical or mental health of the person or someone else",
            true, EnumSet.of(ACCESS)),
    SOCIAL_WORK_SERIOUS_HARM("DPA 2018 Sch 3 para 11", "Social work information: disclosure would be likely to cause serious harm to the physical or mental health of the person or someone else",
            true, EnumSet.of(ACCESS)),
    EDUCATION_SERIOUS_HARM("DPA 2018 Sch 3 para 19", "Education information: disclosure would be likely to cause serious harm to the physical or mental health of the person or someone else",
            true, EnumSet.of(ACCESS)),
    CHILD_ABUSE_DATA("DPA 2018 Sch 3 para 21", "Child abuse information asked for by someone with parental responsibility, where disclosure would not be in the child's best interests",
            true, EnumSet.of(ACCESS)),
    MANIFESTLY_UNFOUNDED_OR_EXCESSIVE("UK GDPR Art 12(5)(b)", "The request is manifestly unfounded or excessive",
            false, EnumSet.allOf(RightKind.class)),
    RECORD_ACCURATE("UK GDPR Art 16", "The information is accurate (an opinion is recorded as an opinion)",
            false, EnumSet.of(RECTIFICATION)),
    ERASURE_LEGAL_OBLIGATION_OR_PUBLIC_TASK("UK GDPR Art 17(3)(b)", "Keeping it is needed to comply with a legal obligation or to perform a task in the public interest",
            false, EnumSet.of(ERASURE)),
    ERASURE_LEGAL_CLAIMS("UK GDPR Art 17(3)(e)", "Keeping it is needed to establish, exercise or defend legal claims",
            false, EnumSet.of(ERASURE, RESTRICTION)),
    COMPELLING_LEGITIMATE_GROUNDS("UK GDPR Art 21(1)", "Compelling legitimate grounds for the processing override the person's interests, or it is needed for legal claims",
            false, EnumSet.of(OBJECTION)),
    PORTABILITY_DOES_NOT_APPLY("UK GDPR Art 20(1), 20(3)", "Portability applies only to information processed by automated means on the basis of consent or a contract, not to a public task",
            false, EnumSet.of(PORTABILITY)),
    NO_SOLELY_AUTOMATED_DECISION("UK GDPR Art 22(1)", "No decision about the person is based solely on automated processing: a practitioner decides and records why",
            false, EnumSet.of(AUTOMATED_DECISION));

    private final String citation;
    private final String label;
    private final boolean withholdsItems;
    private final Set<RightKind> appliesTo;

    Exemption(String citation, String label, boolean withholdsItems, Set<RightKind> appliesTo) {
        this.citation = citation;
        this.label = label;
        this.withholdsItems = withholdsItems;
        this.appliesTo = Set.copyOf(appliesTo);
    }

    public String citation() {
        return citation;
    }

    public String label() {
        return label;
    }

    public boolean withholdsItems() {
        return withholdsItems;
    }

    public boolean appliesTo(RightKind right) {
        return appliesTo.contains(right);
    }

    /** The exemptions a decision about this right may rely on. */
    public static List<Exemption> forRight(RightKind right) {
        return Arrays.stream(values()).filter(e -> e.appliesTo(right)).toList();
    }

    /** The exemptions an item of a bundle may be withheld under. */
    public static List<Exemption> forItems() {
        return Arrays.stream(values()).filter(Exemption::withholdsItems).toList();
    }

    public static Optional<Exemption> ofCode(String code) {
        return Arrays.stream(values()).filter(e -> e.name().equals(code)).findFirst();
    }
}
