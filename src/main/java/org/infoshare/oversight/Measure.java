package org.infoshare.oversight;

/**
 * What the compliance dashboard counts (000 §5.1), each a list that can be opened, for one organisation and for
 * every organisation of the partnership. Agreement reviews and rights requests are counted on the deadlines the
 * modules that hold them work out; the rest by the oversight module's own queries.
 */
public enum Measure {
    AGREEMENT_REVIEWS_DUE("agreement-reviews-due", "Agreements due for review within 30 days", false),
    AGREEMENT_REVIEWS_OVERDUE("agreement-reviews-overdue", "Agreements overdue for review", true),
    DECISIONS_AWAITING_ADVICE("decisions-awaiting-advice", "Decisions awaiting advice or judgement", false),
    OVERRIDES_AWAITING_REVIEW("overrides-awaiting-review", "Decisions awaiting a manager's review", false),
    RIGHTS_REQUESTS_DUE("rights-requests-due", "Rights requests due within 7 days", false),
    RIGHTS_REQUESTS_OVERDUE("rights-requests-overdue", "Rights requests overdue", true),
    FOI_DUE("foi-due", "FOI consultations to answer, not yet overdue", false),
    FOI_OVERDUE("foi-overdue", "FOI consultations overdue", true),
    OPEN_INCIDENTS("open-incidents", "Open incidents", false),
    INCIDENTS_PAST_72_HOURS("incidents-past-72-hours", "Open incidents past 72 hours without an ICO decision", true),
    LAPSED_TRAINING("lapsed-training", "Staff whose training has lapsed", true),
    DISCLOSURES_NEVER_OPENED("disclosures-never-opened", "Disclosures not opened after 7 days", true),
    NOTICES_AWAITING_CONFIRMATION("notices-awaiting-confirmation", "Notices your organisation has not confirmed", false);

    private final String slug;
    private final String label;
    private final boolean warning;

    Measure(String slug, String label, boolean warning) {
        this.slug = slug;
        this.label = label;
        this.warning = warning;
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

    public static java.util.Optional<Measure> bySlug(String slug) {
        return java.util.Arrays.stream(values()).filter(m -> m.slug.equals(slug)).findFirst();
    }
}
