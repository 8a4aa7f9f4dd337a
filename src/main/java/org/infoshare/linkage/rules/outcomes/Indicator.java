package org.infoshare.linkage.rules.outcomes;

/**
 * What partners' datasets record about a person that the outcomes plan's descriptors look at: the vocabulary of
 * the {@code event} column of a linkage dataset. Attendance carries a percentage; every other indicator is an
 * event on a date.
 */
public enum Indicator {
    SCHOOL_ATTENDANCE("School attendance in a term (per cent)", true),
    SCHOOL_SUSPENSION("Suspension from school", false),
    PERMANENT_EXCLUSION("Permanent exclusion from school", false),
    NOT_IN_EDUCATION("Not in education, employment or training", false),
    EARLY_YEARS_CONCERN("Development concern at an early years review", false),
    DEVELOPMENT_REVIEW_MISSED("Early years development review missed", false),
    MENTAL_HEALTH_REFERRAL("Referral for a mental health need", false),
    SUBSTANCE_MISUSE_TREATMENT("Drug or alcohol treatment", false),
    PARENTING_SUPPORT_NEED("Parenting support need identified", false),
    FAMILY_CONFLICT("Family conflict or breakdown reported", false),
    CHILD_IN_NEED("Child in need plan", false),
    CHILD_PROTECTION_PLAN("Child protection plan", false),
    MISSING_FROM_HOME("Missing from home or care", false),
    EXPLOITATION_CONCERN("Concern of exploitation", false),
    OFFENCE("Offence or involvement in crime (as perpetrator)", false),
    ANTI_SOCIAL_BEHAVIOUR("Anti-social behaviour", false),
    DOMESTIC_ABUSE_VICTIM("Domestic abuse incident (victim)", false),
    DOMESTIC_ABUSE_PERPETRATOR("Domestic abuse incident (perpetrator)", false),
    HOMELESSNESS_RISK("Homeless or at risk of homelessness", false),
    RENT_ARREARS("Rent arrears putting a tenancy at risk", false),
    OUT_OF_WORK_BENEFITS("Claiming out-of-work benefits", false),
    PROBLEM_DEBT("Problem debt", false);

    private final String label;
    private final boolean valued;

    Indicator(String label, boolean valued) {
        this.label = label;
        this.valued = valued;
    }

    public String label() {
        return label;
    }

    /** Whether the indicator carries a number (attendance) rather than being an event. */
    public boolean valued() {
        return valued;
    }
}
