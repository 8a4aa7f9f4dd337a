package org.infoshare.oversight;

/**
 * What the compliance dashboard counts (000 §5.1), each a list that can be opened. Some are counted only for one
 * organisation's own information governance, because their deadlines are worked out by the module that holds them.
 */
public enum Measure {
    AGREEMENT_REVIEWS_DUE("agreement-reviews-due", "Agreements due for review within 30 days", false, true),
    AGREEMENT_REVIEWS_OVERDUE("agreement-reviews-overdue", "Agreements overdue for review", true, true),
    DECISIONS_AWAITING_ADVICE("decisions-awaiting-advice", "Decisions awaiting advice or judgement", false, false),
    OVERRIDES_AWAITING_REVIEW("overrides-awaiting-review", "Decisions awaiting a manager's review", false, false),
    RIGHTS_REQUESTS_DUE("rights-requests-due", "Rights requests due within 7 days", false, true),
    RIGHTS_REQUESTS_OVERDUE("rights-requests-overdue", "Rights requests overdue", true, true),
    FOI_DUE("foi-due", "FOI consultations to answer, not yet overdue", false, false),
    FOI_OVERDUE("foi-overdue", "FOI consultations overdue", true, false),
    OPEN_INCIDENTS("open-incidents", "Open incidents", false, false),
    INCIDENTS_PAST_72_HOURS("incidents-past-72-hours", "Open incidents past 72 hours without an ICO decision", true, false),
    LAPSED_TRAINING("lapsed-training", "Staff whose training has lapsed", true, false),
    DISCLOSURES_NEVER_OPENED("disclosures-never-opened", "Disclosures not opened after 7 days", true, false),
    NOTICES_AWAITING_CONFIRMATION("notices-awaiting-confirmation", "Notices your organisation has not confirmed", false, false);

    private final String slug;
    private final String label;
    private final boolean warning;
    private final boolean ownOrganisationOnly;

    Measure(String slug, String label, boolean warning, boolean ownOrganisationOnly) {
        this.slug = slug;
        this.label = label;
        this.warning = warning;
        this.ownOrganisationOnly = ownOrganisationOnly;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    /** A non-zero count of this is a deadline missed or a duty lapsed. */
    public boolean warning() {
        return warning;
    }

    /** Counted from the organisation's own deadlines: on the DPO's dashboard, not the partnership's. */
    public boolean ownOrganisationOnly() {
        return ownOrganisationOnly;
    }

    public static java.util.Optional<Measure> bySlug(String slug) {
        return java.util.Arrays.stream(values()).filter(m -> m.slug.equals(slug)).findFirst();
    }
}
