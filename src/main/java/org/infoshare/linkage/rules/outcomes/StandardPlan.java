package org.infoshare.linkage.rules.outcomes;

import java.util.List;
import java.util.Set;

import static org.infoshare.linkage.rules.outcomes.Indicator.*;

/**
 * The plan a partnership starts from: at least one descriptor for each of the ten headline areas, written the
 * way local outcomes plans under the national framework write them, over the indicators partners share.
 * Eligibility at three areas and six months' sustained progress follow the national framework's claims
 * conditions; a partnership changes any of it as a new version.
 */
public final class StandardPlan {

    private StandardPlan() {
    }

    public static OutcomesPlan version1() {
        return new OutcomesPlan("Supporting Families outcomes plan", 1, List.of(
                new Descriptor("EDU-1", HeadlineArea.EDUCATION, "Persistent absence: school attendance below 90% in two of the last three terms",
                        new ValuesInPeriods(SCHOOL_ATTENDANCE, Members.CHILDREN, true, 90, 2, 3, 15)),
                new Descriptor("EDU-2", HeadlineArea.EDUCATION, "Suspended or excluded from school in the last 12 months",
                        new Occurrences(Set.of(SCHOOL_SUSPENSION, PERMANENT_EXCLUSION), Members.CHILDREN, 1, 12)),
                new Descriptor("EY-1", HeadlineArea.EARLY_YEARS, "A development concern, or a missed development review, for a child under 5 in the last 12 months",
                        new Occurrences(Set.of(EARLY_YEARS_CONCERN, DEVELOPMENT_REVIEW_MISSED), Members.UNDER_FIVES, 1, 12)),
                new Descriptor("HLT-1", HeadlineArea.HEALTH, "Referred for a mental health need in the last 12 months",
                        new Occurrences(Set.of(MENTAL_HEALTH_REFERRAL), Members.ANYONE, 1, 12)),
                new Descriptor("SUB-1", HeadlineArea.SUBSTANCE_USE, "In drug or alcohol treatment in the last 12 months",
                        new Occurrences(Set.of(SUBSTANCE_MISUSE_TREATMENT), Members.ANYONE, 1, 12)),
                new Descriptor("FAM-1", HeadlineArea.FAMILY_RELATIONSHIPS, "Parenting support need or family conflict reported in the last 12 months",
                        new Occurrences(Set.of(PARENTING_SUPPORT_NEED, FAMILY_CONFLICT), Members.ANYONE, 1, 12)),
                new Descriptor("SAFE-1", HeadlineArea.SAFE_FROM_ABUSE, "A child in need or on a child protection plan in the last 12 months",
                        new Occurrences(Set.of(CHILD_IN_NEED, CHILD_PROTECTION_PLAN), Members.CHILDREN, 1, 12)),
                new Descriptor("SAFE-2", HeadlineArea.SAFE_FROM_ABUSE, "A child missing from home twice, or at risk of exploitation, in the last 12 months",
                        new Occurrences(Set.of(MISSING_FROM_HOME, EXPLOITATION_CONCERN), Members.CHILDREN, 2, 12)),
                new Descriptor("CRM-1", HeadlineArea.CRIME, "An offence or anti-social behaviour by a family member in the last 12 months",
                        new Occurrences(Set.of(OFFENCE, ANTI_SOCIAL_BEHAVIOUR), Members.ANYONE, 1, 12)),
                new Descriptor("DA-1", HeadlineArea.DOMESTIC_ABUSE, "A domestic abuse incident involving a family member in the last 12 months",
                        new Occurrences(Set.of(DOMESTIC_ABUSE_VICTIM, DOMESTIC_ABUSE_PERPETRATOR), Members.ANYONE, 1, 12)),
                new Descriptor("HOU-1", HeadlineArea.HOUSING, "Homeless, at risk of homelessness, or in rent arrears in the last 12 months",
                        new Occurrences(Set.of(HOMELESSNESS_RISK, RENT_ARREARS), Members.ADULTS, 1, 12)),
                new Descriptor("FIN-1", HeadlineArea.FINANCIAL_STABILITY, "An adult claiming out-of-work benefits, or in problem debt, in the last 6 months",
                        new Occurrences(Set.of(OUT_OF_WORK_BENEFITS, PROBLEM_DEBT), Members.ADULTS, 1, 6))),
                3, 6);
    }
}
